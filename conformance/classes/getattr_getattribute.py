# __getattribute__ runs for every attribute; __getattr__ only when normal
# lookup raises AttributeError, including one raised by a property or by
# __getattribute__ itself; object.__getattribute__ reaches the default.
class Trace:
    cls_attr = "class"
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        print("getattr", name)
        return "default-" + name

t = Trace()
print(t.x)
print(t.cls_attr)
print(t.missing)

class Prop:
    @property
    def broken(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "fallback " + name
print(Prop().broken)

class Deny:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "hidden"
d = Deny()
d.secret_key = 1
d.public = 2
print(d.secret_key, d.public)
print(getattr(d, "secret_x", "dflt"), hasattr(d, "secret_x"))

class NoFallback:
    pass
try:
    NoFallback().nope
except AttributeError as e:
    print("AttributeError:", e)

class Raises:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    Raises().k
except KeyError as e:
    print("KeyError:", e)
print(hasattr(Trace(), "anything"))
try:
    hasattr(Raises(), "k")
except KeyError as e:
    print("KeyError from hasattr:", e)

class Dyn:
    def __getattr__(self, name):
        if name == "answer":
            return 42
        raise AttributeError("%r object has no attribute %r" % (type(self).__name__, name))
print(Dyn().answer, getattr(Dyn(), "other", None))
