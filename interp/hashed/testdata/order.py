# Drives sets through a pseudo-random sequence of operations and prints
# their order; order_test.go replays the same sequence on hashed.Set and
# compares with order.golden, this program's output on CPython 3.11.
state = 12345


def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


def value():
    k = rand(6)
    if k == 0:
        return rand(2000) - 1000
    if k == 1:
        return rand(64)
    if k == 2:
        return (rand(1000) - 500) * 1000000007
    if k == 3:
        return rand(100) / 4
    if k == 4:
        return (rand(10), rand(10) - 5)
    return -rand(40)


for trial in range(300):
    s = set()
    added = []
    out = []
    for step in range(rand(80)):
        op = rand(10)
        if op < 6 or not added:
            v = value()
            s.add(v)
            added.append(v)
        elif op < 8:
            s.discard(added[rand(len(added))])
        elif op < 9 and s:
            out.append(s.pop())
        else:
            s.add(added[rand(len(added))])
    print(trial, list(s), out)
    t = set(s)
    u = frozenset(added)
    print(' ', list(t), list(u), hash(u))
    print(' ', list(s | u), list(s & u), list(u - s), list(s ^ u))
print([hash(x) for x in [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, -(2**61), 2**63 - 1, -(2**63), 2**64 + 5, -(2**100)]])
print([hash(x) for x in [0.5, -0.5, 1.5, 1e100, -1e-100, 3.141592653589793, 2.0**70, 1e308, float('inf'), float('-inf'), 1.0, -1.0, 0.1]])
print([hash(x) for x in [(), (1,), (1, 2), (-1, -2, (3, 4.5)), (None,)] if x != (None,)])
print([hash(x) for x in [frozenset(), frozenset({1}), frozenset({1, 2, 3}), frozenset({(1, 2), -5})]])
print([hash(x) for x in [True, False, 1j, 2 + 3j, -1.5j]])
