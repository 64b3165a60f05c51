def f():
    class C:
        def g(self):
            return __class__
    return C
