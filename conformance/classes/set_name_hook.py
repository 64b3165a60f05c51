# __set_name__ is called with the owner class and the attribute name for
# descriptors in a class body; not for attributes added later; errors
# propagate out of the class statement.
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "<%s unset>" % self.name)
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value

class Model:
    title = Field()

m = Model()
print(m.title)
m.title = "t"
print(m.title, Model.title.name)
Model.late = Field()
print(hasattr(Model.late, "name"))

class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("bad name " + name)
try:
    class Broken:
        attr = Bad()
except Exception as e:
    print(type(e).__name__, e)

class Plain:
    def __set_name__(self, owner, name):
        print("plain called for", name)
class Holder:
    p = Plain()
    q = 5
