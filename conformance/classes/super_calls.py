# super() in its zero-argument and two-argument forms, through a diamond.
class Base:
    def __init__(self):
        self.log = ["Base"]
    def who(self):
        return "Base"

class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")
    def who(self):
        return "Left>" + super().who()

class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")
    def who(self):
        return "Right>" + super().who()

class Diamond(Left, Right):
    def __init__(self):
        super(Diamond, self).__init__()
        self.log.append("Diamond")
    def who(self):
        return "Diamond>" + super().who()

d = Diamond()
print(d.log)
print(d.who())
print(super(Left, d).who())
print([c.__name__ for c in Diamond.__mro__])

class K:
    @classmethod
    def make(cls):
        return cls.__name__
class K2(K):
    @classmethod
    def make(cls):
        return "K2:" + super().make()
print(K2.make(), K2().make())
