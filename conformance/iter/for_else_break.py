# for/else: the else clause runs only when the loop was not left by break.
def find(items, target):
    for i in items:
        if i == target:
            print("found", target)
            break
    else:
        print("not found", target)


find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)

for i in range(3):
    if i == 1:
        continue
    print("loop", i)
else:
    print("else after continue-only loop")

n = 0
while n < 3:
    n += 1
    if n == 10:
        break
else:
    print("while else ran, n =", n)
