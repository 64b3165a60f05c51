# r = yield from g binds r to g's return value.
def inner(n):
    total = 0
    for i in range(n):
        total += yield i
    return total


def outer():
    r = yield from inner(3)
    print("inner returned", r)
    r2 = yield from inner(0)
    print("empty inner returned", r2)
    return r * 100


g = outer()
print("first", next(g))
print("sent 10 ->", g.send(10))
print("sent 20 ->", g.send(20))
try:
    g.send(30)
except StopIteration as e:
    print("outer returned", e.value)
