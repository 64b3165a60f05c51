# list/tuple/sorted/sum/min/max consume a generator; its return value is not an item.
def gen(n):
    for i in range(n):
        yield (i * 7) % 5
    return "ignored return value"


print("list", list(gen(5)))
print("tuple", tuple(gen(4)))
print("sorted", sorted(gen(5)))
print("sum", sum(gen(5)))
print("min", min(gen(5)))
print("max", max(gen(5)))
print("any", any(gen(1)), "all", all(gen(1)))
d = dict((str(i), i) for i in gen(3))
print("dict", [(k, d[k]) for k in sorted(d)])
print("set", sorted(set(gen(5))))
print("enumerate", list(enumerate(gen(3))))
print("zip", list(zip(gen(3), "abc")))
print("map", list(map(lambda v: v + 1, gen(3))))
