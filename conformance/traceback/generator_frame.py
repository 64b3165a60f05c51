# Uncaught exception raised inside a generator frame while a for loop drives it.
def numbers():
    yield 1
    yield 2
    raise ValueError("generator failed")


def consume():
    for n in numbers():
        print("got", n)


consume()
