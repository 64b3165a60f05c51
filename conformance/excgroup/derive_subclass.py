# User subclasses of ExceptionGroup, with __new__ and derive overridden as
# the Python documentation shows.


class MyGroup(ExceptionGroup):
    def __new__(cls, message, excs, errcode):
        obj = super().__new__(cls, message, excs)
        obj.errcode = errcode
        return obj

    def derive(self, excs):
        return MyGroup(self.message, excs, self.errcode)


eg = MyGroup("eg", [TypeError(1), ValueError(2)], 42)
print(type(eg).__name__, eg.message, eg.errcode, repr(eg.args))
match, rest = eg.split(ValueError)
print(type(match).__name__, repr(match.exceptions), match.errcode, repr(match.args))
print(type(rest).__name__, repr(rest.exceptions), rest.errcode)
print(isinstance(match, ExceptionGroup))


class Plain(ExceptionGroup):
    pass


p = Plain("p", [TypeError(1), ValueError(2)])
m, r = p.split(ValueError)
print(type(p).__name__, type(m).__name__, type(r).__name__)
print(repr(p.derive([KeyError(0)])))
print(repr(p.derive([KeyboardInterrupt()])))


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")


try:
    BadDerive("b", [TypeError(1), ValueError(2)]).split(ValueError)
except TypeError as e:
    print("TypeError:", e)


class WithInit(ExceptionGroup):
    def __init__(self, message, excs):
        super().__init__(message, excs)
        self.extra = message + "!"


w = WithInit("low", [ValueError()])
print(w.extra, repr(w), w.message)
try:
    raise MyGroup("raised", [ValueError(7)], 3)
except* ValueError as caught:
    print(type(caught).__name__, caught.errcode, repr(caught.exceptions))
