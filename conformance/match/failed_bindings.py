# Captures of a pattern that does not match as a whole are not bound.
match [1, 2, 3]:
    case [a, b, 4]:
        pass
    case _:
        pass
for name in ["a", "b"]:
    print(name, name in globals())

def f():
    match (1, 2):
        case (x, 3):
            pass
    try:
        return x
    except UnboundLocalError as e:
        return "UnboundLocalError"
print(f())

# A previous value is kept when the pattern fails.
c = "before"
match {"k": 1}:
    case {"k": c, "missing": _}:
        pass
print(c)

# Or-pattern alternatives.
d = "before"
match [5]:
    case [d, 1] | [d, 2]:
        pass
print(d)
