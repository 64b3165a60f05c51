# Calling a closure that updates a nonlocal counter.


def counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    return inc


def run(n):
    inc = counter()
    i = 0
    while i < n:
        inc()
        i += 1
