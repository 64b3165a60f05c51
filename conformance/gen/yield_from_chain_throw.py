# throw() is forwarded to the innermost generator of a yield from chain.
def level3():
    while True:
        try:
            yield "L3 waiting"
        except KeyError as e:
            print("level3 handled KeyError", e)
            yield "L3 recovered"
        except ValueError:
            print("level3 re-raises ValueError")
            raise


def level2():
    try:
        yield from level3()
    except ValueError as e:
        print("level2 saw ValueError", e)
        return "level2 done"


def level1():
    r = yield from level2()
    print("level1 got", r)
    yield "level1 after"


g = level1()
print(next(g))
print(g.throw(KeyError("k1")))
print(next(g))
print(g.throw(ValueError("v1")))
try:
    next(g)
except StopIteration:
    print("finished")
