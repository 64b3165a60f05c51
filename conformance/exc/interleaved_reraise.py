# Two generators suspended inside except blocks each re-raise their own exception.
def catcher(exc):
    try:
        raise exc
    except Exception:
        yield "holding " + type(exc).__name__
        raise


a = catcher(ValueError("a"))
b = catcher(KeyError("b"))
print(next(a))
print(next(b))
try:
    next(a)
except ValueError as e:
    print("a re-raised ValueError", list(e.args))
try:
    raise IndexError("caller")
except IndexError:
    try:
        next(b)
    except KeyError as e:
        print("b re-raised KeyError", list(e.args))
