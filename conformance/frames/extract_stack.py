# extract_stack / format_stack / print_stack / walk_stack from a running frame.
import os
import sys
import traceback


class Sink:
    def __init__(self, out):
        self.out = out

    def write(self, s):
        self.out.append(s)


def leaf():
    st = traceback.extract_stack()
    print([(fs.name, fs.lineno) for fs in st])
    print(repr(st[-1].line))
    print([(fs.name) for fs in traceback.extract_stack(limit=2)])
    print([(fs.name) for fs in traceback.extract_stack(sys._getframe(1))])
    for text in traceback.format_stack():
        print(text.split(", ", 1)[1], end="")
    print([f.f_code.co_name for f, _ in traceback.walk_stack(sys._getframe())])
    out = []
    traceback.print_stack(file=Sink(out), limit=1)
    print(os.path.basename("".join(out).split('"')[1]), "".join(out).split(", ", 1)[1], end="")


def branch():
    leaf()


branch()
