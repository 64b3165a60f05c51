# Guards see the captures, which stay bound when the guard is false.
def g(x):
    match x:
        case [a, b] if a > b:
            return f"descending {a} {b}"
        case [a, b] if a == b:
            return f"equal {a}"
        case [a, b]:
            return f"ascending {a} {b}"
        case n if n:
            return f"truthy {n!r}"
        case _:
            return "falsy"
for v in [[2, 1], [1, 1], [1, 2], 5, 0, ""]:
    print(g(v))

match [10, 20]:
    case [p, q] if p > q:
        print("wrong")
    case _:
        pass
print("left bound by the failed guard:", p, q)

# The guard is evaluated only when the pattern matched.
def noisy(v):
    print("guard called with", v)
    return False
match 1:
    case 2 if noisy(2):
        pass
    case 1 if noisy(1):
        pass
    case 1:
        print("third case")

# A guard raising propagates.
try:
    match 0:
        case n if 1 / n:
            pass
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# A guarded capture may come before other cases.
match 7:
    case x if x > 100:
        print("big")
    case 7:
        print("seven")
