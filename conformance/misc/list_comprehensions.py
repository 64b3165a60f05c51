# List, set and dict comprehensions with filters and nested loops.
print([x * x for x in range(6) if x % 2])
print([(x, y) for x in range(3) for y in range(x)])
print([[c for c in w] for w in ["ab", "c"]])
print(sorted({x % 3 for x in range(10)}))
d = {w: len(w) for w in ["go", "python", "c"]}
print([(k, d[k]) for k in sorted(d)])
x = "outer"
print([x for x in "ab"], x)
print([v for v in [3, 1, 2] if v > 1 if v < 3])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
