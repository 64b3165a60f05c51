# iter() and for on objects that are not iterable raise TypeError.
def show(label, thunk):
    try:
        thunk()
        print(label, "no error")
    except TypeError as e:
        print(label, "TypeError:", e)


show("iter(int)", lambda: iter(5))
show("iter(None)", lambda: iter(None))
show("list(float)", lambda: list(1.5))


def loop():
    for x in 3:
        pass


show("for over int", loop)


class NoIter:
    pass


show("iter(instance)", lambda: iter(NoIter()))
show("iter(callable, s) with non-callable", lambda: iter(5, 0))
