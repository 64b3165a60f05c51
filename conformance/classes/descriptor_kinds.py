# Data descriptors (with __set__ or __delete__) take precedence over the
# instance dictionary; non-data descriptors (only __get__) are shadowed by
# it. Descriptors read through the class get instance None.
class NonData:
    def __get__(self, obj, owner):
        return "nondata(%s, %s)" % (obj is None, owner.__name__)

class Data:
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get("_data", "unset")
    def __set__(self, obj, value):
        print("Data.__set__", value)
        obj.__dict__["_data"] = value * 2

class DelOnly:
    def __get__(self, obj, owner):
        return "delonly"
    def __delete__(self, obj):
        print("DelOnly.__delete__")

class C:
    nd = NonData()
    d = Data()
    do = DelOnly()

c = C()
print(c.nd, C.nd)
c.__dict__["nd"] = "instance wins"
print(c.nd)
c.d = 5
print(c.d, sorted(c.__dict__.items()))
c.__dict__["d"] = "ignored"
print(c.d)
print(type(C.d).__name__)
c.__dict__["do"] = "shadow?"
print(c.do)
del c.do
try:
    c.do = 1
except AttributeError as e:
    print("AttributeError:", e)

class Method:
    def f(self):
        return "method"
m = Method()
m.f = lambda: "instance attr"
print(m.f())
del m.f
print(m.f())
print(Method.f(m), Method.__dict__["f"].__get__(m, Method)())

class Counter:
    def __init__(self):
        self.calls = 0
    def __get__(self, obj, owner):
        self.calls += 1
        return self.calls
class K:
    n = Counter()
k = K()
print(k.n, k.n, K.n)
