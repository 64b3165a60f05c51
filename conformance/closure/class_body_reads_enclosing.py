# A class body inside a function reads the function's variables; a name the class body
# assigns is looked up in the class namespace, then globals, skipping the function.
def make(label, n):
    class Thing:
        name = label
        size = n * 2

        def describe(self):
            return "%s/%d/%s" % (self.name, self.size, label)
    return Thing


T = make("box", 4)
t = T()
print(T.name, T.size)
print(t.describe())


x = "global x"


def shadowed():
    x = "function x"

    class K:
        y = x
        x = "class x"
        z = x

        def m(self):
            return x
    return K


K = shadowed()
print(K.y, "|", K.z, "|", K().m())
