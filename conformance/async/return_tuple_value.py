# StopIteration.value holds a returned tuple unchanged (not unpacked into args).
async def pair():
    return (1, 2)

async def single():
    return [3]

for f in [pair, single]:
    c = f()
    try:
        c.send(None)
    except StopIteration as e:
        print(f.__name__, "value:", e.value, "nargs:", len(e.args))
