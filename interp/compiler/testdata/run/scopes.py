def f():
    x = "f.x"
    class C:
        x = "C.x"
        def m(self):
            return x
    class D:
        y = x
    return D.y, C.x, C().m()
print(f())

class P:
    __secret = 5
    def get(self):
        return self.__secret
print(P().get(), P._P__secret)

g = 1
def setg():
    global g
    g = 2
setg()
print(g)

def deleter():
    a = 1
    del a
    try:
        a
    except NameError:
        return "deleted"
print(deleter())

def nested_nonlocal():
    v = 0
    def a():
        def b():
            nonlocal v
            v += 10
        b()
    a()
    return v
print(nested_nonlocal())

def exc_name_cleared():
    try:
        raise KeyError("k")
    except KeyError as e:
        pass
    try:
        e
    except NameError:
        return "cleared"
    return "kept"
print(exc_name_cleared())

class Ctx:
    def __init__(self, log):
        self.log = log
    def __enter__(self):
        self.log.append("enter")
        return self
    def __exit__(self, t, v, tb):
        self.log.append("exit")
        return True
log = []
with Ctx(log) as c1, Ctx(log):
    log.append("body")
    raise ValueError
print(log)

def star(*a, **k):
    return len(a), sorted(k)
args = (1, 2)
kw = {"z": 1}
print(star(*args), star(0, *args, **kw), star(y=2, **kw))
def lines(a,
          b):
    return (a +
            b)
print(lines(1,
            2))
assert True, "never"
try:
    assert 1 == 2, "msg"
except AssertionError as e:
    print("assert", e.args[0])
