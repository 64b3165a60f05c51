# iter(callable, sentinel) stops when the callable raises StopIteration; other errors propagate.
values = [1, 2]


def pop_front():
    if not values:
        raise StopIteration
    v = values[0]
    del values[0]
    return v


print(list(iter(pop_front, None)))

calls = [0]


def fails():
    calls[0] += 1
    if calls[0] == 3:
        raise KeyError("third call")
    return calls[0]


try:
    for v in iter(fails, 99):
        print("value", v)
except KeyError as e:
    print("KeyError propagated:", list(e.args))
