# A plain exception reaching except* is handled wrapped in a group.
import sys

try:
    raise ValueError("plain")
except* ValueError as e:
    print(repr(e), type(e).__name__, e.message == "")
    print(e.exceptions[0].args, e.__traceback__ is None)
    print(repr(sys.exc_info()[1]))

try:
    try:
        raise ValueError("reraised")
    except* ValueError:
        raise
except BaseException as out:
    print("bare raise:", repr(out))

try:
    try:
        raise TypeError("unmatched")
    except* ValueError:
        print("not reached")
except BaseException as out:
    print("unmatched:", repr(out))

try:
    try:
        raise KeyboardInterrupt()
    except* KeyboardInterrupt as e:
        print("base:", repr(e), type(e).__name__)
        raise
except BaseException as out:
    print("base reraised:", repr(out))

try:
    try:
        raise ValueError("v")
    except* ValueError as e:
        raise TypeError("new")
except BaseException as out:
    print("raised in handler:", repr(out), repr(out.__context__))
