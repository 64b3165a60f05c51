# Annotated assignments at module level: __annotations__ in source order,
# values assigned, names without values left unbound.
x: int = 1
y: str
z: "list[int]" = [1, 2]
(w): float = 2.5
print(x, z, w)
print(__annotations__)
print(list(__annotations__))
try:
    y
except NameError as e:
    print("NameError:", e)
counter = 0


def ann():
    global counter
    counter += 1
    return counter


a: ann() = "first"
b: ann()
print(__annotations__["a"], __annotations__["b"], counter)
print("w" in __annotations__)
