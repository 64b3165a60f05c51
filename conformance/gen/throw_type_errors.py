# throw() with bad arguments raises TypeError.
def g():
    yield 1


def show(label, thunk):
    try:
        thunk()
        print(label, "no error")
    except TypeError as e:
        print(label, "TypeError:", e)


gen = g()
next(gen)
show("throw(int)", lambda: gen.throw(1))
show("throw(str)", lambda: gen.throw("oops"))
show("throw(instance, value)", lambda: gen.throw(ValueError("x"), "y"))
show("throw(type, value, bad tb)", lambda: gen.throw(ValueError, "x", 5))
show("throw()", lambda: gen.throw())
print("generator still usable:", list(gen))
