# Uncaught RuntimeError from PEP 479, with its StopIteration cause.
def gen():
    yield 1
    next(iter([]))


for v in gen():
    print(v)
