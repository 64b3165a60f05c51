# f-strings see locals, closure variables and globals.
g = "global"

def outer():
    enclosed = "enclosed"
    def inner(param):
        local = "local"
        return f"{g}/{enclosed}/{param}/{local}"
    return inner

print(outer()("param"))

def gen():
    for i in range(3):
        yield f"item {i}"

print(list(gen()))
print([f"{c}{c}" for c in "ab"])
