# itertools.count, cycle, repeat: values and reprs.
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)))
print(list(islice(count(10, -3), 4)))
print(list(islice(count(0.5, 0.25), 3)))
print(count(5), count(1, 2), count(0), count(1.5), count(0, 1.0), count(2, -1))
c = count(10)
next(c)
next(c)
print(c)

print(list(islice(cycle('abc'), 7)))
print(list(cycle([])))

print(list(repeat(1, 3)), list(repeat('x', 0)), list(repeat('y', -2)))
print(repeat('a', 3), repeat(None), repeat('a', -3))
r = repeat('x', 2)
next(r)
print(r, list(r), r)
print(list(map(pow, range(4), repeat(2))))

for bad in [lambda: count('a'), lambda: repeat()]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
