# for loop targets: the variable survives the loop; unpacking, attribute and subscript targets.
for i in range(3):
    pass
print("i after loop:", i)

for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a, b, c)


class Holder:
    pass


h = Holder()
for h.value in ["x", "y"]:
    print("attribute target:", h.value)
slots = [0, 0]
for slots[1] in range(3):
    pass
print("subscript target:", slots)
for first, *rest in ["abc", "de"]:
    print(first, rest)
j = "untouched"
for j in []:
    pass
print("empty loop leaves j:", j)
