# format_exception / print_exc with limit and chain=False.
import sys
import traceback


def level3():
    raise OSError("disk")


def level2():
    level3()


def level1():
    level2()


def show(lines):
    for line in lines:
        print(line.replace(__file__, "F"), end="")


try:
    level1()
except OSError as e:
    show(traceback.format_exception(e, limit=1))
    print("---")
    show(traceback.format_exception(e, limit=-2))
    print("---")
    show(traceback.format_exception(type(e), e, e.__traceback__, limit=2))

try:
    try:
        level1()
    except OSError:
        raise RuntimeError("wrapped")
except RuntimeError as e:
    print("--- chain=False")
    show(traceback.format_exception(e, chain=False))
    print("--- limit=0")
    show(traceback.format_exception(e, limit=0))
