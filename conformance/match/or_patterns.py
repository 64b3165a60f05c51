# Or-patterns: alternatives tried left to right, all binding the same names.
def f(x):
    match x:
        case 1 | 2 | 3:
            return "small"
        case [a, 0] | [0, a]:
            return f"one zero and {a}"
        case {"a": v} | {"b": v}:
            return f"a or b: {v}"
        case (str() | bytes()) as s:
            return f"text {s!r}"
        case [1 | 2 as d, *_] | (d, 9):
            return f"digit {d}"
    return "none"

for v in [1, 3, 4, [5, 0], [0, 6], [0, 0], {"b": 1}, {"a": 2, "b": 3}, "x", b"y",
          [2, 5, 6], (7, 9), (7, 8)]:
    print(repr(v), f(v))

# An alternative that fails part way leaves no binding behind.
match [1, 2]:
    case [q, 3] | [1, q]:
        print("q", q)

def g():
    match 5:
        case 1 | 2:
            return "wrong"
    return "no case"
print(g())

# The last alternative may be irrefutable.
match 10:
    case 1 | _:
        print("irrefutable last alternative")
