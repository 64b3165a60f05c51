# Debugging pattern: the locals of every frame of a traceback, and f_back
# from the frame that caught.
import collections
import sys


def parse(text):
    value = int(text)
    return value


def load(items):
    total = 0
    for item in items:
        total += parse(item)
    return total


def main():
    try:
        load(["1", "2", "x"])
    except ValueError as e:
        tb = e.__traceback__
        while tb is not None:
            fr = tb.tb_frame
            names = sorted(k for k in fr.f_locals if k not in ("e", "tb", "fr"))
            print(fr.f_code.co_name, tb.tb_lineno, names)
            tb = tb.tb_next
        caught = e.__traceback__.tb_frame
        print(caught.f_back.f_code.co_name, caught.f_back.f_back)
    locs = load.__code__.co_varnames
    print(locs)


main()
Point = collections.namedtuple("Point", "x y")
print(Point.__module__, Point(1, 2))


def gen():
    try:
        yield 1
        raise IndexError("in gen")
    except IndexError as e:
        yield e.__traceback__.tb_frame.f_code.co_name
        yield e.__traceback__.tb_lineno - gen.__code__.co_firstlineno


print(list(gen()))
print([f.f_code.co_name for f in [sys._getframe()]])
