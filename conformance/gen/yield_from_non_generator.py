# yield from a plain iterator: throw() and close() act at the yield from, send(non-None) fails.
def outer():
    try:
        r = yield from iter([1, 2, 3])
        print("result", r)
    except KeyError as e:
        print("outer caught", list(e.args))
        yield "recovered"


g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g, "done"))

g = outer()
print(next(g))
try:
    g.send("x")
except AttributeError as e:
    print("AttributeError:", e)

g = outer()
next(g)
g.close()
print("closed, next gives:", next(g, "exhausted"))
