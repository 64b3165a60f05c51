# Capture patterns bind, the wildcard does not.
_ = "untouched"
match 42:
    case _:
        print("wildcard matched", _)

match "value":
    case name:
        print("captured", name)

def f(x):
    match x:
        case y:
            return y * 2
print(f(21))

# A capture inside a function is a local.
z = "global"
def g():
    match 5:
        case z:
            pass
    return z
print(g(), z)

# Capture into a global and a nonlocal.
def h():
    global gz
    match "G":
        case gz:
            pass
h()
print(gz)

def outer():
    n = 0
    def inner():
        nonlocal n
        match 7:
            case n:
                pass
    inner()
    return n
print(outer())

# Closures see captured names.
def make():
    match [1, 2]:
        case [a, b]:
            return lambda: a + b
print(make()())
