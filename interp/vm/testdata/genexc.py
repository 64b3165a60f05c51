import sys

def show(e):
    print(name_of(e), *e.args)

def keeps_exc():
    try:
        raise KeyError("kept")
    except KeyError:
        yield 1
        print("exc_info after yield", name_of(sys.exc_info()[0]))
        yield 2
        raise

g = keeps_exc()
print(next(g))
print("outside", sys.exc_info()[0])
try:
    raise ValueError("caller")
except ValueError:
    print(next(g))
    print("caller still", name_of(sys.exc_info()[0]))
try:
    next(g)
except KeyError as e:
    show(e)

def sees_caller():
    yield name_of(sys.exc_info()[0])

try:
    raise TypeError("t")
except TypeError:
    print("gen sees", next(sees_caller()))

def catcher():
    while True:
        try:
            x = yield
            print("received", x)
        except ValueError as e:
            print("caught in gen", *e.args)
            yield "after catch"

g = catcher()
next(g)
g.send(1)
print(g.throw(ValueError("thrown")))
next(g)
g.send(2)

def closer():
    try:
        yield 1
        yield 2
    finally:
        print("closer finally")

g = closer()
next(g)
g.close()
print("closed")

def sub():
    try:
        yield "s1"
        yield "s2"
    except KeyError as e:
        print("sub caught", *e.args)
        yield "s-recovered"
        return "sub result"
    finally:
        print("sub finally")

def deleg():
    try:
        r = yield from sub()
        print("deleg got", r)
        yield "d-after"
    except ValueError as e:
        print("deleg caught", *e.args)
        yield "d-recovered"

g = deleg()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
g2 = deleg()
print(next(g2))
print(g2.throw(ValueError("v")))
g3 = deleg()
next(g3)
g3.close()
print("g3 closed")

class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise RuntimeError("iterator failed")
        return self.n

try:
    for v in It():
        print("loop", v)
except RuntimeError as e:
    show(e)

def raising_gen():
    yield 1
    raise IndexError("from gen")

try:
    for v in raising_gen():
        print("gen loop", v)
except IndexError as e:
    show(e)

def stop_inside():
    yield 1
    raise StopIteration("leak")

try:
    for v in stop_inside():
        pass
except RuntimeError as e:
    show(e)
    show(cause_of(e))

def ctx_gen():
    try:
        yield
    except ZeroDivisionError:
        raise ValueError("chained in gen")

g = ctx_gen()
next(g)
try:
    g.throw(ZeroDivisionError("zde"))
except ValueError as e:
    show(context_of(e))

def thrower():
    yield 1

g = thrower()
next(g)
try:
    g.throw(KeyError("into plain"))
except KeyError as e:
    print(tb_lines(e))

def resume_in_handler():
    try:
        raise KeyError("outer")
    except KeyError:
        x = yield
        try:
            raise ValueError("inner")
        except ValueError as e:
            show(context_of(e))
        raise

g = resume_in_handler()
next(g)
try:
    g.send(None)
except KeyError as e:
    show(e)
