# Builtin classes whose one positional sub-pattern matches the subject.
def kind(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case list(l):
            return f"list {l}"
        case tuple(t):
            return f"tuple {t}"
        case dict(d):
            return f"dict {d}"
        case frozenset(fs):
            return f"frozenset {sorted(fs)}"
        case set(s):
            return f"set {sorted(s)}"
    return "other"

for v in [True, 3, 2.5, "s", b"b", [1], (1,), {"k": 1}, frozenset([2, 1]), {3, 1}, None]:
    print(kind(v))

class MyInt(int):
    pass
match MyInt(5):
    case MyInt(v):
        print("subclass of int matches self:", v, type(v).__name__)
match 5:
    case int(5):
        print("int(5)")
match 5:
    case str() | bytes():
        print("wrong")
    case int() | float():
        print("number")
