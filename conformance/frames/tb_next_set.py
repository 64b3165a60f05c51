# tb_next is writable, with CPython's type and loop checks.
import sys
import types


def fail():
    raise KeyError("k")


try:
    fail()
except KeyError as e:
    tb = e.__traceback__

print(tb.tb_next is not None)
second = tb.tb_next
try:
    tb.tb_next = 5
except TypeError as e:
    print("TypeError", e)
try:
    second.tb_next = tb
except ValueError as e:
    print("ValueError", e)
try:
    tb.tb_next = tb
except ValueError as e:
    print("ValueError", e)
tb.tb_next = None
print(tb.tb_next)
tb.tb_next = second
print(tb.tb_next is second)

made = types.TracebackType(None, sys._getframe(), 0, 42)
print(made.tb_lineno, made.tb_next, made.tb_frame is sys._getframe())
try:
    types.TracebackType(None, 1, 0, 0)
except TypeError as e:
    print("TypeError", e)
print(types.TracebackType is type(tb), types.FrameType is type(sys._getframe()))
