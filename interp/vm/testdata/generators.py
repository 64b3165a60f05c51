def gen():
    x = yield 1
    print("got", x)
    y = yield 2
    print("got", y)
    return x + y

g = gen()
print(next(g))
print(g.send(10))
try:
    g.send(20)
except StopIteration as e:
    print("stop", e.value)

def inner():
    a = yield "i1"
    b = yield "i2"
    return a * b

def outer():
    r = yield from inner()
    print("inner returned", r)
    r2 = yield from [7, 8]
    print("list returned", r2)
    return "done"

g = outer()
print(next(g))
print(g.send(3))
print(g.send(4))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("outer stop", e.value)

def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1

print([x for x in counter(5)])
total = 0
for v in counter(100):
    total += v
print(total)

def empty_return():
    return 5
    yield

try:
    next(empty_return())
except StopIteration as e:
    print("empty", e.value)

print([x * 2 for x in counter(4)])
squares = (x * x for x in range(5))
print([x for x in squares])
