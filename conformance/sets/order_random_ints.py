# Iteration order of sets of pseudo-random ints of all sizes.
state = 42
def rand(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n
for size in [1, 3, 5, 6, 10, 19, 20, 40, 80, 200]:
    s = set()
    for _ in range(size):
        s.add(rand(10000) - 5000)
    print(size, list(s))
s = set()
for i in range(300):
    s.add(rand(1 << 30) * (1 if i % 2 else -1))
print(list(s)[:40], len(s))
