# Every gpython v0.2.0 failure measured in DESIGN.md section 2, one probe each.
import sys


def probe(name, fn):
    try:
        print(name, "->", fn())
    except Exception as e:
        print(name, "-> raised", type(e).__name__, e)


# Generators and the evaluator.
def gen_return():
    yield 1
    return "v"

def get_return():
    g = gen_return()
    next(g)
    try:
        next(g)
    except StopIteration as e:
        return e.value

def delegate():
    r = yield from gen_return()
    yield r

def thrown():
    try:
        yield 1
    except ValueError as e:
        yield "caught %s" % e

def reraise_after_yield():
    try:
        raise KeyError("k")
    except KeyError:
        yield 1
        raise

def closed():
    try:
        yield 1
    finally:
        print("  finally ran")

class BadIter:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("from __next__")

def for_over_bad():
    for _ in BadIter():
        pass

class StopsWithInstance:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration()
        return self.n

def first_line():
    return first_line.__code__.co_firstlineno

def closure_over_param(x):
    return lambda: x

def cell_and_free(a):
    b = a * 2
    def inner():
        c = b
        def innermost():
            return a, b, c
        return innermost
    return inner()()

probe("generator return value", get_return)
probe("yield from result", lambda: list(delegate()))
g = thrown(); next(g)
probe("throw()", lambda: g.throw(ValueError("x")))
g = closed(); next(g)
probe("close()", lambda: g.close())
probe("bare raise after yield", lambda: list(reraise_after_yield()))
probe("for over a failing iterator", for_over_bad)
probe("StopIteration instance ends list()", lambda: list(StopsWithInstance()))
probe("co_firstlineno", first_line)
probe("closure over a parameter", lambda: closure_over_param(7)())
probe("cell and free variables", lambda: cell_and_free(3))

# The object model.
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + o.x)
    def __eq__(self, o):
        return isinstance(o, V) and self.x == o.x
    def __hash__(self):
        return hash(self.x)
    def __lt__(self, o):
        return self.x < o.x
    def __call__(self, y):
        return self.x * y
    def __repr__(self):
        return "V(%r)" % self.x

class W(V):
    @property
    def double(self):
        return self.x * 2
    def __add__(self, o):
        return W(super().__add__(o).x)
    @classmethod
    def make(cls):
        return cls(1)
    @staticmethod
    def helper():
        return "static"

class MyError(Exception):
    pass

def caught_by_own_type():
    try:
        raise MyError("mine")
    except MyError as e:
        return "caught " + repr(e)

def chained():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise KeyError("k") from e
    except KeyError as e:
        return type(e.__cause__).__name__, type(e.__context__).__name__, e.__traceback__ is not None

probe("__add__", lambda: V(1) + V(2))
probe("__eq__ and __hash__", lambda: (V(1) == V(1), len({V(1), V(1)})))
probe("__lt__ via sorted", lambda: sorted([V(3), V(1), V(2)]))
probe("__call__", lambda: V(3)(4))
probe("super, property", lambda: ((W(1) + W(2)).x, W(5).double))
probe("callable, id", lambda: (callable(V(1)), callable(1), id(V) == id(V)))
probe("issubclass, isinstance", lambda: (issubclass(W, V), isinstance(W(1), V)))
probe("classmethod, staticmethod", lambda: (W.make(), W.helper(), W(0).helper()))
probe("user exception by own type", caught_by_own_type)
probe("str(ValueError())", lambda: repr(str(ValueError())))
probe("__cause__, __context__, __traceback__", chained)
probe("dict with non-str keys in order", lambda: {3: "c", (1, 2): "t", 1.5: "f", None: 0, "s": 1})
probe("repr((1,))", lambda: repr((1,)))
def list_methods():
    l = [1, 2, 3]
    l.insert(0, 0)
    l.remove(2)
    return l.pop(), l
probe("list.insert/pop/remove", list_methods)
def dict_methods():
    d = {"a": 1}
    return d.pop("a"), d.setdefault("b", 2), d
probe("dict.pop/setdefault", dict_methods)
def set_methods():
    s = {1, 2, 3}
    s.discard(1)
    s.remove(2)
    return s
probe("set.discard/remove", set_methods)
probe("str.format/join", lambda: ("{}-{x}".format(1, x=2), ",".join(["a", "b"])))
probe("len(bytes)", lambda: len(b"abc"))

# Modules.
def modules():
    import collections, functools, heapq, itertools, types, traceback, weakref
    return (collections.Counter("abca").most_common(1), functools.reduce(lambda a, b: a + b, [1, 2, 3]),
            heapq.nsmallest(2, [5, 1, 4]), list(itertools.islice(itertools.count(), 3)),
            types.SimpleNamespace(a=1),
            callable(traceback.format_exc), weakref.ref(V).__class__.__name__)
probe("modules", modules)
def clocks():
    import time
    a, b = time.monotonic(), time.perf_counter()
    return type(a).__name__, type(b).__name__, time.monotonic() >= a
probe("time.monotonic/perf_counter", clocks)
def exc_info():
    try:
        raise ValueError("v")
    except ValueError:
        t, v, tb = sys.exc_info()
        return t.__name__, str(v), tb is not None
probe("sys.exc_info", exc_info)
