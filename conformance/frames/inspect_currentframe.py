# inspect.currentframe and the code object of the frame.
import inspect


def f(x, y, *args, z=1, **kw):
    fr = inspect.currentframe()
    co = fr.f_code
    print(co.co_name, co.co_argcount, co.co_kwonlyargcount)
    print(co.co_varnames[:6])
    print(fr.f_lineno - co.co_firstlineno)
    print(fr.f_back.f_code.co_name)
    return co


co = f(1, 2)
print(bool(co.co_flags & inspect.CO_VARARGS if hasattr(inspect, "CO_VARARGS") else 4), co.co_flags & 0x0C)
print(co.co_filename.endswith("inspect_currentframe.py"))
