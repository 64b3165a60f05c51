# f-strings substitute names, expressions and calls.
name = "world"
n = 3
items = [1, 2, 3]
print(f"hello {name}")
print(f"{n} + {n} = {n + n}")
print(f"len={len(items)} first={items[0]} last={items[-1]}")
print(f"{name * 2}{name[1:3]}")
print(f"")
print(f"no fields")
print(f"{n}{n}{n}")
