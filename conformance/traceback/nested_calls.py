# Uncaught exception three calls deep.
def a(n):
    return b(n + 1)


def b(n):
    print("b got", n)
    return c(n * 2)


def c(n):
    return 10 // (n - 4)


print(a(0))
print(a(1))
