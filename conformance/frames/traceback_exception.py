# TracebackException: from_exception, stack, chaining, format.
import traceback


def fail(n):
    if n == 0:
        raise ZeroDivisionError("zero")
    fail(n - 1)


def show(lines):
    for line in lines:
        print(line.replace(__file__, "F"), end="")


try:
    fail(2)
except ZeroDivisionError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type.__name__, str(te), len(te.stack))
    print([fs.name for fs in te.stack])
    show(te.format())
    show(te.format_exception_only())

try:
    try:
        fail(0)
    except ZeroDivisionError as z:
        raise KeyError("k") from z
except KeyError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.__cause__.exc_type.__name__, te.__context__ is not None)
    show(te.format())
    print("--- no chain")
    show(te.format(chain=False))

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    show(traceback.TracebackException.from_exception(e).format())
