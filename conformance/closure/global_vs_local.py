# global declarations versus local assignment; UnboundLocalError when read before assignment.
counter = 0


def bump():
    global counter
    counter += 1


bump()
bump()
print("counter", counter)


def broken():
    print(counter)
    counter = 5


try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def free_unbound():
    def inner():
        return late
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    late = 1
    return inner()


print(free_unbound())
