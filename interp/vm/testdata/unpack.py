# PEP 448 opcodes: LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE,
# LIST_TO_TUPLE, BUILD_MAP_ITEMS and CALL_FUNCTION_EX.
def f(*a, **k):
    return a, k
class M:
    def keys(self):
        return ['b', 'a']
    def __getitem__(self, k):
        return k * 2
def gen():
    yield 1
    raise TypeError('from the generator')
print([*[1], *(2,)], (*'ab', *[]), {*[1], *[1, 2]} == {1, 2})
print({**M(), 'c': 0}, f(**M(), c=1), f(*[1], *[2], 3, **{'z': 1}, **M()))
tests = [
    ("[*1]", lambda: [*1]), ("f(*1)", lambda: f(*1)), ("f(1, *1)", lambda: f(1, *1)),
    ("{**1}", lambda: {**1}), ("f(**{}, **1)", lambda: f(**{}, **1)),
    ("f(**{'a': 1}, **{'a': 2})", lambda: f(**{'a': 1}, **{'a': 2})),
    ("[*gen()]", lambda: [*gen()]), ("f(*gen())", lambda: f(*gen())),
    ("f(*[], **{1: 2})", lambda: f(*[], **{1: 2})), ("{**M(), []: 1}", lambda: {**M(), []: 1}),
]
for src, fn in tests:
    try:
        fn()
    except Exception as e:
        print(src, type(e).__name__, e)
