# throw() accepts a type, a type and a value, or an instance.
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught ValueError args", list(e.args))


g = catcher()
next(g)
g.throw(ValueError)
g.throw(ValueError, "as value")
g.throw(ValueError, ValueError("instance value"))
g.throw(ValueError("instance"))
g.throw(ValueError, ("a", "b"))
print("all forms handled")
g.close()
