# hex/oct/bin use __index__; pow(a, b, m) and divmod use the operands'
# special methods; str.join accepts str subclasses; reversed() on a class
# uses the metaclass's __reversed__.
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

print(hex(I(255)), oct(I(8)), bin(I(5)))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)

class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)
    def __divmod__(self, other):
        return ("divmod", other)
    def __rdivmod__(self, other):
        return ("rdivmod", other)

print(pow(P(), 2, 5))
print(pow(P(), 2))
print(pow(2, P()))
print(divmod(P(), 3))
print(divmod(3, P()))
try:
    divmod("a", 1)
except TypeError as e:
    print("TypeError:", e)

class S(str):
    pass

print("-".join([S("a"), "b", S("c")]))
try:
    "-".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)

class M(type):
    def __reversed__(cls):
        return iter(["z", "y"])
    def __iter__(cls):
        return iter(["y", "z"])

class K(metaclass=M):
    pass

print(list(reversed(K)))
print(list(K))
