# yield from works on any iterable; its result is None for non-generators.
def g():
    a = yield from [1, 2]
    print("list result", a)
    b = yield from "xy"
    print("str result", b)
    c = yield from range(2)
    print("range result", c)
    d = yield from iter((9,))
    print("tuple iterator result", d)


print(list(g()))
