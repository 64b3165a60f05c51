# __init_subclass__ receives the class statement's keyword arguments; it
# is an implicit classmethod; object's refuses unknown keywords.
class Plugin:
    plugins = {}
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.plugins[cls.plugin_name] = cls
        print("registered", cls.plugin_name, "from", cls.__mro__[1].__name__)

class Csv(Plugin, name="csv"):
    pass
class Json(Plugin):
    pass
class Pretty(Json, name="pretty"):
    pass
print(sorted(Plugin.plugins), Pretty.plugin_name, Json.plugin_name)
try:
    class Bad(Plugin, name="bad", extra=1):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Plain(unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)

class Strict:
    def __init_subclass__(cls, *, required):
        cls.required = required
class Ok(Strict, required=5):
    pass
print(Ok.required)
try:
    class Missing(Strict):
        pass
except TypeError as e:
    print("TypeError:", e)
class Seen:
    def __init_subclass__(cls):
        print("init_subclass of", cls.__name__, "not for Seen itself")
class Child(Seen):
    pass
