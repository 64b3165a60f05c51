# f_locals is a snapshot dict for function frames; f_globals is the module dict.
import sys


def work(a, b=2):
    c = a + b
    frame = sys._getframe()
    snap = frame.f_locals
    print(sorted(k for k in snap if k != "frame"))
    print(snap["a"], snap["b"], snap["c"])
    return frame


f = work(1)
print(f.f_globals is globals())
print(f.f_globals["__name__"])
print("len" in f.f_builtins, f.f_builtins["len"] is len)
print(sys._getframe().f_locals is globals())
