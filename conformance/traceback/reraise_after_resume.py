# Uncaught bare re-raise after a generator resumes: the traceback shows both raise lines.
def g():
    try:
        raise ValueError("kept across yield")
    except ValueError:
        yield "suspended"
        raise


it = g()
print(next(it))
next(it)
