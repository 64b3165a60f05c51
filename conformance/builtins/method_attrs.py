# Builtin functions and methods of builtin types name themselves as CPython's do.
print(len.__name__, str.upper.__name__, [].append.__name__, len.__qualname__, str.upper.__qualname__, [].append.__qualname__)
print(str.upper.__objclass__, [].append.__self__, len.__self__, len.__module__, len.__doc__.splitlines()[0])
