# Subscripting a class calls __class_getitem__ (implicitly a class method), a
# metaclass __getitem__ wins, and plain classes are not subscriptable.
class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
class H(G): pass
print(G[int], H[str, int])
class M(type):
    def __getitem__(cls, k): return "meta " + str(k)
class K(metaclass=M): pass
print(K[1])
try:
    object[int]
except TypeError as e:
    print(e)
print(NotImplemented)
