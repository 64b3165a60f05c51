# Two closures share the same cell; mutating through one is seen by the other.
def pair():
    items = []

    def add(v):
        items.append(v)

    def show():
        return list(items)
    return add, show


add, show = pair()
add(1)
add("two")
print(show())


def swap():
    a, b = 1, 2

    def do():
        nonlocal a, b
        a, b = b, a
    do()
    return a, b


print(swap())
