# raise ... from ... sets __cause__ and __suppress_context__.
def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise KeyError("bad key " + s) from e


try:
    convert("x")
except KeyError as e:
    print("error:", list(e.args))
    print("cause type:", type(e.__cause__).__name__)
    print("cause:", e.__cause__)
    print("suppress context:", e.__suppress_context__)

try:
    try:
        raise ValueError("hidden")
    except ValueError:
        raise TypeError("shown") from None
except TypeError as e:
    print("from None cause:", e.__cause__)
    print("from None suppress:", e.__suppress_context__)
    print("context still set:", type(e.__context__).__name__)

try:
    raise RuntimeError("a") from ValueError("b")
except RuntimeError as e:
    print("explicit cause args:", list(e.__cause__.args))
