# close() is forwarded down a yield from chain; every finally runs innermost first.
def level3():
    try:
        yield 1
        yield 2
    finally:
        print("level3 finally")


def level2():
    try:
        yield from level3()
    finally:
        print("level2 finally")


def level1():
    try:
        yield from level2()
    finally:
        print("level1 finally")


g = level1()
print(next(g))
print("closing")
g.close()
print("closed; next gives default:", next(g, "default"))
g.close()
print("second close is a no-op")
