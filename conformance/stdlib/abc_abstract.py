# abc: abstract methods block instantiation, register, ABC helper.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def name(self):
        pass

    def describe(self):
        return '%s with area %s' % (self.name(), self.area())


try:
    Shape()
except TypeError as e:
    print('TypeError:', e)


class Half(Shape):
    def area(self):
        return 1


try:
    Half()
except TypeError as e:
    print('TypeError:', e)


class Square(Half):
    def name(self):
        return 'square'


print(Square().describe(), isinstance(Square(), Shape), issubclass(Square, Shape))
print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__))


class Proto(metaclass=ABCMeta):
    pass


class Impl:
    pass


Proto.register(Impl)
print(isinstance(Impl(), Proto), issubclass(Impl, Proto), isinstance(1, Proto))
print(type(Shape).__name__, isinstance(Shape, ABCMeta))
