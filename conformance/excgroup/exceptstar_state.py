# The exception being handled inside and after except* clauses, in
# functions, generators-based coroutines and nested handlers.
import asyncio
import sys


def show(*a):
    print(*a)


try:
    raise KeyError("outer")
except KeyError:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        show("in", repr(sys.exc_info()[1]))
    show("after", repr(sys.exc_info()[1]))
show("end", sys.exc_info())


async def co():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        await asyncio.sleep(0)
        show("async", repr(e), repr(sys.exc_info()[1]))
    except* TypeError:
        await asyncio.sleep(0)
        show("async2", repr(sys.exc_info()[1]))


asyncio.run(co())


def g():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        try:
            raise
        except ExceptionGroup as inner:
            show("inner", repr(inner), inner is e)
        show("restored", repr(sys.exc_info()[1]))
    except* TypeError:
        pass


g()
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise ZeroDivisionError("zero")
except ZeroDivisionError as z:
    show("zde", repr(z), repr(z.__context__))


def h():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
    except* ValueError as e:
        raise e.exceptions[0]


try:
    h()
except BaseException as x:
    show("h", repr(x), repr(x.__context__))
