# Methods called through the class and the method table.
d = {1: 2}
print(dict.get(d, 1), dict.keys(d), dict.__getitem__(d, 1), dict.__contains__(d, 2))
dict.__setitem__(d, 3, 4)
dict.update(d, {5: 6})
print(d, dict.__len__(d), dict.copy(d) == d)
dict.__delitem__(d, 1)
print(d, dict.pop(d, 3), d)
try:
    dict.get([], 1)
except TypeError as e:
    print("TypeError:", e)
m = d.get
print(m(5), m(7, "no"))
print(sorted(n for n in dir(dict) if not n.startswith("_")))
