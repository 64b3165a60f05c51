# callable() and id().
class F:
    def __call__(self):
        return 1
class G:
    def m(self):
        pass

g = G()
print(callable(F()), callable(g), callable(G), callable(g.m), callable(len), callable(3))
print(id(g) == id(g), id(g) != id(G()), isinstance(id(g), int))
x = g
print(id(x) == id(g))
