# Python-to-Python function calls.


def f(a, b):
    return a


def run(n):
    i = 0
    while i < n:
        f(i, 1)
        i += 1
