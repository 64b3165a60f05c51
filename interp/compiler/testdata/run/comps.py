print([x * y for x in range(3) for y in range(3) if x != y])
print(sorted({x % 3 for x in range(10)}))
d = {k: v for k, v in [('a', 2), ('b', 4)]}
print(sorted(d), d['a'], d['b'])
g = (i * i for i in range(4))
print(list(g))
def gen(n):
    for i in range(n):
        yield i
    # yield from compiles to GET_YIELD_FROM_ITER, which gpython's VM lacks.
    for v in [10, 11]:
        yield v
print(list(gen(3)))
def scale(k):
    return [k * v for v in range(3)]
print(scale(5))
print(sum(x for x in range(4)), sorted((x for x in "ba"), reverse=True))
