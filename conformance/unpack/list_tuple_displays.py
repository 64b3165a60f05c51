# PEP 448 iterable unpacking in list and tuple displays.
a = [1, 2]
b = (3,)
print([*a, 3, *b], (*a, *b), (*a,), [*a], [*()], (*[],))
print([*range(3), *"ab", *{7: 'x'}, *(i * i for i in range(3))])
print([0, *a, 9, *b, 10], (0, *a, 9, *b, 10))
t = *a, *b
print(t, type(t).__name__)
x = *a,
print(x)
l1 = [*a]
print(l1 is a, l1 == a)
print([*[*[*a]]], ((*a, *b), *a))
print(len([*range(100), *range(100)]))
big = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
       21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, *a]
print(big[-5:], len(big))
print(tuple(big)[:3], (*big, *big)[31:36])
