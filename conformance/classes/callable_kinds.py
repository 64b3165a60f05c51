# callable() for classes, instances with and without __call__, functions,
# methods, builtins, and objects whose class gains __call__ later.
class Plain: pass
class Call:
    def __call__(self, *a):
        return "called with %r" % (a,)
def f(): pass
print(callable(Plain), callable(Plain()), callable(Call()), callable(f), callable(len), callable(Call().__call__))
print(callable(1), callable("s"), callable(None), callable(str.upper), callable(lambda: 0), callable(type))
p = Plain()
p.__call__ = lambda: "instance attribute does not count"
print(callable(p))
try:
    p()
except TypeError as e:
    print("TypeError:", e)
Plain.__call__ = lambda self: "added later"
print(callable(p), p())
class Sub(Call): pass
print(callable(Sub()), Sub()(1, 2))
for bad in [1, "x", None, [1]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
class NotCallable:
    __call__ = None
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
