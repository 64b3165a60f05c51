# Closures inside comprehensions capture the comprehension's own variable.
fs = [lambda: x for x in range(3)]
print([f() for f in fs])

gs = [(lambda y: lambda: y)(x) for x in range(3)]
print([g() for g in gs])


def scaled(items, factor):
    return [v * factor for v in items]


print(scaled([1, 2, 3], 4))


def nested(n):
    return [[i * j for j in range(n)] for i in range(n)]


print(nested(3))
base = 100
print([k + base for k in range(2)])
d = {str(k): k * base for k in range(3)}
print([(k, d[k]) for k in sorted(d)])
