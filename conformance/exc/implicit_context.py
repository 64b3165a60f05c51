# An exception raised while handling another gets it as __context__.
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise KeyError("second")
except KeyError as e:
    print("context type:", type(e.__context__).__name__)
    print("context args:", list(e.__context__.args))
    print("cause:", e.__cause__)
    print("suppress:", e.__suppress_context__)

try:
    raise IndexError("alone")
except IndexError as e:
    print("no context:", e.__context__)

try:
    try:
        1 / 0
    finally:
        raise NameError("in finally")
except NameError as e:
    print("finally context:", type(e.__context__).__name__)
