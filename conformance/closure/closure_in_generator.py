# Closures created inside a generator keep the generator's variables alive.
def gen():
    for i in range(3):
        yield lambda: i * i


fs = list(gen())
print([f() for f in fs])


def gen2():
    for i in range(3):
        def f(i=i):
            return i * i
        yield f


print([f() for f in gen2()])


def stateful():
    total = 0

    def add(v):
        nonlocal total
        total += v
    while True:
        v = yield total
        add(v)


s = stateful()
next(s)
print(s.send(5), s.send(6))
