# Uncaught exception from the bottom of a yield from chain shows every generator frame.
def bottom():
    yield "b"
    raise KeyError("deep")


def middle():
    yield from bottom()


def top():
    yield "t"
    yield from middle()


for v in top():
    print(v)
