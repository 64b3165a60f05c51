# Deleting keeps the order of the rest; reinserting appends.
d = {k: k * k for k in range(10)}
del d[3]
del d[7]
print(d)
d[3] = "back"
print(list(d))
d[0] = "updated"
print(list(d.items())[:3])
for k in list(d):
    if k % 2:
        del d[k]
print(d)
for i in range(100):
    d[i] = i
for i in range(95):
    del d[i]
print(d, len(d))
d.clear()
d["z"] = 1
d["a"] = 2
print(d)
