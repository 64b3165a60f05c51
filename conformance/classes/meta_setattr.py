# A metaclass's __setattr__ runs for assignments to its classes'
# attributes (statement and setattr()); super().__setattr__ and
# type.__setattr__ store the attribute.
class Meta(type):
    def __setattr__(cls, name, value):
        print("Meta.__setattr__", cls.__name__, name)
        if name == "frozen":
            raise AttributeError("cannot reassign %r" % name)
        super().__setattr__(name, value)

class C(metaclass=Meta):
    frozen = 1
    other = 2

try:
    C.frozen = 5
except AttributeError as e:
    print("AttributeError:", e)
C.other = 3
setattr(C, "third", 4)
print(C.frozen, C.other, C.third)
class D(C):
    pass
D.sub = 5
print(D.sub, hasattr(C, "sub"))
class Plain:
    pass
Plain.x = 1
type.__setattr__(Plain, "y", 2)
print(Plain.x, Plain.y)
