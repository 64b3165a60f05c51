# Enum-like values, deque, str subclasses, class bodies, deep nesting and
# yield inside a subject and a guard.
import collections
class Color:
    RED = 1
    GREEN = 2
for c in [Color.RED, Color.GREEN, 1]:
    match c:
        case Color.RED:
            print("red")
        case Color.GREEN:
            print("green")
        case _:
            print("other")
match collections.deque([1, 2]):
    case [a, b]:
        print("deque", a, b)
class S(str): pass
match S("ab"):
    case [*_]:
        print("wrong")
    case str(s):
        print("str sub", s)
match {}:
    case {**rest}:
        print("rest", rest)
class K:
    match [1, 2]:
        case [a, b]:
            c = a + b
print(K.c, K.a)
def big(v):
    match v:
        case [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, {"k": [b0, ([b1, _] | b1), *b2]} as d, C(e0, e1, k=[*e2])]:
            return (a0, a9, b0, b1, b2, d, e0, e1, e2)
        case [[[[[[[[[x]]]]]]]]] | [[[[[[[[[[x]]]]]]]]]]:
            return x
class C:
    __match_args__ = ("p", "q")
    def __init__(s): s.p, s.q, s.k = 1, 2, (3, 4)
print(big(list(range(10)) + [{"k": [5, [6, 7], 8, 9]}, C()]))
print(big([[[[[[[[[["deep"]]]]]]]]]]))
def g():
    match (yield "first"):
        case x if (yield x):
            yield "guard true"
        case _:
            yield "guard false"
it = g()
print(next(it), it.send(5), it.send(0))
match -0.0:
    case 0:
        print("neg zero")
match 1.0:
    case 1:
        print("1.0 == 1")
match (1, 2):
    case (1, *_, 2):
        print("star middle empty")
match [1, 2, 3]:
    case [1, *x, 3] if x == [2]:
        print("x", x)
