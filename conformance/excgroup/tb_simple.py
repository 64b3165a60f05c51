# An uncaught exception group is printed as a tree.


def inner(n):
    raise ValueError(f"bad {n}")


def collect():
    errors = []
    for i in range(3):
        try:
            inner(i)
        except ValueError as e:
            errors.append(e)
    errors.append(KeyError("never raised"))
    raise ExceptionGroup("collected", errors)


print("before")
collect()
