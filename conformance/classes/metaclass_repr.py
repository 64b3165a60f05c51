# A metaclass __repr__ shows its classes.
class M(type):
    def __repr__(cls):
        return "<M " + cls.__name__ + ">"

class Color(metaclass=M):
    pass

print(Color)
print(repr(Color), str(Color), [Color])
