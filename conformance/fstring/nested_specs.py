# Format specs can contain replacement fields of their own.
width = 10
prec = 3
value = 2.718281828
fill = "~"
print(f"[{value:{width}.{prec}f}]")
print(f"[{value:>{width}}]")
print(f"[{'x':{fill}^{width}}]")
for w in [3, 5, 7]:
    print(f"[{w:>{w}}]")
spec = ".2f"
print(f"{value:{spec}}")
