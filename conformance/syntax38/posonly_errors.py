# Call errors and SyntaxErrors of positional-only parameters.
def g(a, b, /, c):
    return a, b, c


calls = [
    lambda: g(a=1, b=2, c=3),
    lambda: g(1, b=2, c=3),
    lambda: g(1, 2, 3, a=3),
    lambda: g(1, 2),
    lambda: g(1, 2, 3, 4),
    lambda: g(1, 2, d=1),
    lambda: g(1, 2, c=1, **{"a": 9}),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)


def h(x, /):
    return x


try:
    h(x=1)
except TypeError as e:
    print("TypeError:", e)
cases = [
    "def f(/, a): pass",
    "def f(*, a, /): pass",
    "def f(a, /, b, /): pass",
    "def f(a=1, /, b): pass",
    "def f(a, /, b, a): pass",
    "def f(**k, /): pass",
    "def f(*a, /): pass",
    "lambda /: 0",
    "lambda a, /, b=1, c: 0",
    "def f(a, /,): pass",
    "lambda a, /: a",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("ok:", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset)
