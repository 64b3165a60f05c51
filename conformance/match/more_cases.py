# Or-alternatives binding in different orders, type subjects, __getattr__,
# big ints, closures over captures, metaclasses and __instancecheck__.
match [1, 2]:
    case [a, b] | [b, a] if a > b:
        print("wrong")
    case [b, a] | [a, b]:
        print("a", a, "b", b)
match int:
    case type(__name__=n):
        print("type", n)
class GA:
    def __getattr__(self, name):
        return name.upper()
match GA():
    case GA(foo="FOO", bar=b):
        print("getattr", b)
match 100000000000000000000:
    case 100000000000000000000:
        print("big")
match -100000000000000000000:
    case -100000000000000000000:
        print("neg big")
match 0x10:
    case 16:
        print("hex")
match "é":
    case "é":
        print("unicode")
def f():
    x = 1
    def g():
        return x
    match 5:
        case x:
            pass
    return g()
print(f())
match {"a": {"b": [1, {"c": 2}]}}:
    case {"a": {"b": [_, {"c": (1 | 2) as z}]}}:
        print("z", z)
match (1, 2, 3, 4, 5):
    case (*_, 4, 5):
        print("tail")
    case _:
        print("wrong")
match ([], {}):
    case ([], {}):
        print("empty")
class M(type):
    pass
class WithMeta(metaclass=M):
    __match_args__ = ("v",)
    v = 3
match WithMeta():
    case WithMeta(3):
        print("meta ok")
class InstCheck(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
class Magic(metaclass=InstCheck):
    pass
match "magic":
    case Magic():
        print("instancecheck")
