# try/finally with return inside generators.
def g1():
    try:
        yield 1
        return "from try"
    finally:
        print("g1 finally")


it = g1()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("g1 value", e.value)


def g2():
    try:
        yield 1
    finally:
        return "finally overrides"


it = g2()
next(it)
try:
    it.throw(ValueError("swallowed"))
except StopIteration as e:
    print("g2 value", e.value)


def g3():
    for i in range(3):
        try:
            yield i
        finally:
            print("g3 cleanup", i)


print(list(g3()))
