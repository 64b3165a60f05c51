# throw() into a generator that never started raises at its first line without running it.
def g():
    print("body ran")
    try:
        yield 1
    except ValueError:
        print("never caught here")


gen = g()
try:
    gen.throw(ValueError("early"))
except ValueError as e:
    print("propagated:", e)
print("next after:", next(gen, "exhausted"))


def h():
    yield 1


done = h()
print(list(done))
try:
    done.throw(KeyError("late"))
except KeyError as e:
    print("finished generator re-raises:", type(e).__name__, list(e.args))
