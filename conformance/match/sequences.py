# Sequence patterns match list, tuple, range and Sequence classes, never
# str, bytes or bytearray, nor dicts, sets or iterators.
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a!r}"
        case (a, b):
            return f"two: {a!r} {b!r}"
        case [a, b, c]:
            return f"three: {a!r} {b!r} {c!r}"
        case _:
            return "not a short sequence"

for v in [[], (), [1], (1,), [1, 2], (1, 2), range(3), range(0), "ab", "a", b"ab",
          {1: 2}, {1, 2}, iter([1, 2]), [1, 2, 3, 4], 5]:
    print(type(v).__name__, seq(v))

class MyList(list):
    pass
class MyTuple(tuple):
    pass
print(seq(MyList([7, 8])), seq(MyTuple((9,))))

# Parenthesized and open sequence patterns.
match 1, 2:
    case x, y:
        print("open", x, y)
match (1,):
    case (x,):
        print("one-tuple", x)
match [1, [2, [3]]]:
    case [a, [b, [c]]]:
        print("deep", a, b, c)
match [1, 2]:
    case (1, 2):
        print("tuple pattern matches list")
match (1, 2):
    case [1, 2]:
        print("list pattern matches tuple")
