# An exception thrown into a generator or coroutine is chained to the
# exception its body is handling at the suspension point, never to one its
# caller is handling.
def plain():
    yield 1

g = plain()
next(g)
try:
    raise KeyError("outer")
except KeyError:
    try:
        g.throw(ValueError("b"))
    except ValueError as e:
        print("caller's exception:", context_of(e))

def handling():
    try:
        raise KeyError("in")
    except KeyError:
        yield 1

g = handling()
next(g)
try:
    g.throw(ValueError("c"))
except ValueError as e:
    print("body's exception:", name_of(context_of(e)))

class Pause:
    def __await__(self):
        yield "p"

async def co():
    try:
        raise IndexError("co")
    except IndexError:
        await Pause()

c = co()
c.send(None)
try:
    c.throw(ValueError("d"))
except ValueError as e:
    print("through await:", name_of(context_of(e)))
