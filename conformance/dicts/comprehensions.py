# Dict comprehensions with any keys, in order.
print({i: i * i for i in range(-3, 4)})
print({(i, j): i * j for i in range(2) for j in range(2)})
print({x % 3: x for x in range(10)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print({1.0 * i: str(i) for i in range(3)})
def gen():
    return {i: [j for j in range(i)] for i in range(4)}
print(gen())
print({v: k for k, v in {"a": 1, "b": 2}.items()})
try:
    {[i]: i for i in range(2)}
except TypeError as e:
    print("TypeError:", e)
