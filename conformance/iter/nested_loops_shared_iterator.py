# Two loops pulling from the same iterator interleave.
it = iter(range(10))
for a in it:
    b = next(it, None)
    print("pair", a, b)
    if a >= 4:
        break
print("rest", list(it))

it = iter("abcdef")
for x in it:
    for y in it:
        print("inner", x, y)
        break
print("done")
