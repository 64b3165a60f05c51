# Recursive containers print [...] and {...}.
l = [1]
l.append(l)
print(l, repr(l), str(l))
a = [1]
b = [a]
a.append(b)
print(a, b)
d = {"k": 1}
d["self"] = d
print(d)
m = [d, l]
print(m)
t = (l, l)
print(t)
n = [[], []]
n[0].append(n[1])
print(n)
