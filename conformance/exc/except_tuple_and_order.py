# except clauses are tried in order; a tuple matches any of its types; base classes match.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup-specific " + type(e).__name__
    except LookupError:
        return "lookup base"
    except ArithmeticError as e:
        return "arithmetic " + type(e).__name__
    except Exception as e:
        return "generic " + type(e).__name__


for exc in [KeyError("k"), IndexError("i"), ZeroDivisionError("z"), OverflowError("o"), ValueError("v"),
            StopIteration()]:
    print(classify(exc))

try:
    try:
        raise ValueError("not caught by KeyError")
    except KeyError:
        print("wrong")
except ValueError as e:
    print("outer got", e)
