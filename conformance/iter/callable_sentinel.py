# iter(callable, sentinel) calls until the sentinel value comes back.
state = [0]


def tick():
    state[0] += 1
    print("tick", state[0])
    return state[0]


it = iter(tick, 4)
for v in it:
    print("value", v)
print("after loop, next with default:", next(it, "exhausted"))
print("tick count:", state[0])

data = [5, 6, 0, 7]
pos = [0]


def read():
    v = data[pos[0]]
    pos[0] += 1
    return v


print("until zero:", list(iter(read, 0)))
print("remaining position:", pos[0])
