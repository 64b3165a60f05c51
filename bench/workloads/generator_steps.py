# Steps of a generator driven by a for loop.


def gen(n):
    i = 0
    while i < n:
        yield i
        i += 1


def run(n):
    for _ in gen(n):
        pass
