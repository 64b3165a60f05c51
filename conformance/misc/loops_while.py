# while loops with break, continue and else.
n = 0
out = []
while True:
    n += 1
    if n % 2 == 0:
        continue
    if n > 9:
        break
    out.append(n)
print(out)
i = 3
while i:
    i -= 1
else:
    print("else runs, i =", i)
total = 0
k = 0
while k < 100:
    k += 1
    total += k
print(total)
