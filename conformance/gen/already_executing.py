# A generator cannot be resumed from inside itself.
def g():
    try:
        next(me)
    except ValueError as e:
        print("ValueError:", e)
    try:
        me.send(None)
    except ValueError as e:
        print("send ValueError:", e)
    yield "ok"


me = g()
print(next(me))


def h():
    yield
    try:
        this.throw(KeyError)
    except ValueError as e:
        print("throw ValueError:", e)
    yield "still alive"


this = h()
next(this)
print(next(this))
