# Runtime errors of * and ** unpacking, with CPython 3.11's messages.
def f(*a, **k): return a, k
def g(x, *a, **k): return x, a, k
class NoKeys:
    pass
class BadIter:
    def __iter__(self):
        raise TypeError('inside __iter__')
def badgen():
    yield 1
    raise TypeError('inside generator')
tests = [
    "[*1]", "(*1,)", "{*1}", "[1, *2]", "(1, *None)", "{**1}", "{'a': 1, **1}", "{**{}, **[]}",
    "{**NoKeys()}", "f(*1)", "f(1, *2)", "f(*[], *3)", "f(*[], 1, *3)", "f(**1)", "f(**{}, **1)",
    "f(x=1, **1)", "f(**{1: 2})", "f(**{'x': 1}, x=2)", "f(x=2, **{'x': 1})",
    "f(**{'x': 1}, **{'x': 2})", "g(1, **{'x': 2})", "g(*[1], x=2)", "f(*[1], **{'a': 1}, **{1: 2})",
    "print(*1)", "len(*1)", "f(x=1, *1)", "(lambda: 0)(**1)", "f(**{'a': 1}, a=2)",
    "int(**1)", "f(*None)", "g(**{'x': 1}, **{'x': 2})", "f(*[], **[])", "f(**[1])",
    "[*BadIter()]", "f(*BadIter())", "f(1, *badgen())", "[*badgen()]", "{*badgen()}",
    "{[]: 1}", "{**{1: 2}, []: 3}", "{*[[]]}", "f(**NoKeys())", "f(**{1: 2}, **{1: 3})",
    "[*[1], *2]", "g()", "g(**{})", "f(*'ab', **{'': 1})",
    "f(x=1, **{1: 2, 'x': 3})", "f(1, *[2], x=1, **{1: 2, 'x': 3})", "f(**{'x': 1}, **{1: 2, 'x': 3})",
]
for t in tests:
    try:
        print(t, '->', eval(t))
    except Exception as e:
        print(t, '!!', type(e).__name__, e)
