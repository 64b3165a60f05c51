# iter(callable, sentinel).
it = iter([1, 2, 3, None, 4]).__next__
print(list(iter(it, None)))
n = 0
def count():
    global n
    n += 1
    return n
print(list(iter(count, 4)))
c = iter(count, 100)
print(next(c), type(c).__name__)
def boom():
    raise ValueError("inside")
try:
    list(iter(boom, 1))
except ValueError as e:
    print("ValueError:", e)
def stop():
    raise StopIteration
print(list(iter(stop, 1)))
for f in [lambda: iter(1, 2), lambda: iter(), lambda: iter(1, 2, 3), lambda: iter(1)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
