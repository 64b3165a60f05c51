# Changing a dict's size while iterating raises RuntimeError.
d = {"a": 1}
try:
    for k in d:
        d["b"] = 2
except RuntimeError as e:
    print("RuntimeError:", e)

lst = [1, 2, 3]
out = []
for x in lst:
    out.append(x)
    if len(lst) < 5:
        lst.append(x * 10)
print("list grew while iterating:", out)
