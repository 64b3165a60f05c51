# Each generator object has its own frame and locals.
def counter(name, start):
    i = start
    while True:
        received = yield "%s:%d" % (name, i)
        if received is not None:
            i = received
        else:
            i += 1


a = counter("a", 0)
b = counter("b", 100)
print(next(a), next(b))
print(next(a), next(b))
print(a.send(50), next(b))
print(next(a), b.send(7))
