# inspect.stack, getframeinfo and getinnerframes: FrameInfo records with source context.
import inspect, os
def f():
    st = inspect.stack()
    print([(fi.function, fi.lineno, fi.index, fi.code_context) for fi in st])
    print(os.path.basename(st[0].filename), st[0][3], st[0].frame is inspect.currentframe())
    fi = inspect.getframeinfo(inspect.currentframe(), context=3)
    print(fi.lineno, fi.function, fi.code_context, fi.index)
def g():
    f()
g()
try:
    g.x()
except AttributeError as e:
    print([(x.function, x.lineno) for x in inspect.getinnerframes(e.__traceback__)])
print(inspect.isfunction(f), inspect.CO_GENERATOR)
