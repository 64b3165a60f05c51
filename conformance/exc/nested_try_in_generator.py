# Nested try blocks in a generator keep their handlers across yields.
def g():
    try:
        try:
            yield "inner"
        except KeyError:
            print("inner handler")
            yield "after inner handler"
        yield "between"
    except ValueError:
        print("outer handler")
        yield "after outer handler"
    finally:
        print("outer finally")


it = g()
print(next(it))
print(it.throw(KeyError))
print(next(it))
print(it.throw(ValueError))
print(next(it, "end"))

it = g()
next(it)
print(it.throw(ValueError))
print(list(it))
