# nonlocal lets an inner function rebind an enclosing variable.
def make_counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def get():
        return count
    return inc, get


inc, get = make_counter()
inc()
inc()
print("count:", get())
inc2, get2 = make_counter()
inc2()
print("independent:", get(), get2())


def outer():
    x = "original"

    def change():
        nonlocal x
        x = "changed"
    print("before:", x)
    change()
    print("after:", x)


outer()
