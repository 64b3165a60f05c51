# Exception args, str and repr for the built-in types.
for e in [ValueError("msg"), KeyError("key"), TypeError("a", 1), IndexError(3), RuntimeError("x", "y")]:
    print(type(e).__name__, list(e.args), repr(str(e)), repr(e))
print(repr(ZeroDivisionError("division by zero")))
print(repr(StopIteration(7)), StopIteration(7).value)
print(repr(StopIteration()), StopIteration().value)
print(repr(GeneratorExit()))
