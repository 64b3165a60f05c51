# Run by TestFrameObjects, with getframe(depth) standing for sys._getframe.
def callee():
    me = getframe(0)
    print(me.f_code.co_name, me.f_lineno)
    print(me.f_back is getframe(1), me.f_back.f_code.co_name, me.f_back.f_lineno)
    names = []
    f = me
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    print(names)
    x = 7
    print(sorted(k for k in me.f_locals if k not in ("me", "f", "names")), me.f_locals["x"])
    return me


def caller():
    return callee()


done = caller()
print(done.f_back.f_code.co_name, done.f_code.co_name)
print(getframe(0).f_back)


def gen():
    yield getframe(0)
    yield 2


g = gen()
print(g.gi_frame.f_lineno - gen.__code__.co_firstlineno)
fr = next(g)
print(fr is g.gi_frame, fr.f_back, fr.f_lineno - gen.__code__.co_firstlineno)


def deep():
    try:
        getframe(100)
    except ValueError as e:
        print(type(e).__name__, e)


deep()
