# Exceptions raised by a generator inside a for loop reach the caller's handler.
def g():
    yield 1
    yield 2
    raise ValueError("from generator")


out = []
try:
    for v in g():
        out.append(v)
except ValueError as e:
    print("caught:", e)
print("values before error:", out)


def nested():
    for v in g():
        yield v * 10


try:
    for v in nested():
        print("nested value", v)
except ValueError as e:
    print("nested caught:", e)

print("comprehension:")
try:
    print([v for v in g()])
except ValueError as e:
    print("comprehension caught:", e)
