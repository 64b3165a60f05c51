# Keyword arguments of a class call reach **kwargs of __init__ and
# __new__ in call order, as for any function call.
class C:
    def __init__(self, **kw):
        self.kw = kw

print(list(C(b=1, a=2, c=3).kw))
print(C(zeta=1, alpha=2, **{"mid": 3, "beta": 4}).kw)

class N:
    def __new__(cls, *args, **kw):
        print("new", list(kw))
        return super().__new__(cls)

    def __init__(self, *args, **kw):
        print("init", list(kw))

N(1, y=1, x=2, w=3)

class Sub(C):
    pass

print(list(Sub(q=1, p=2).kw))
