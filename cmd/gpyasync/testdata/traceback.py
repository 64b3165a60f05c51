def f(n):
    return 10 / n

print("start")
f(0)
