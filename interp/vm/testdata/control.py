import sys

class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t is None)
        return False

def loop_with():
    out = []
    for i in range(4):
        with CM(i):
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
    return out
print(loop_with())

def finally_override():
    try:
        return 1
    finally:
        return 2
print(finally_override())

def finally_swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "swallowed", sys.exc_info()[0]
print(finally_swallow())

def gen_with():
    with CM("gen"):
        yield 1
        yield 2

g = gen_with()
print(next(g))
g.close()
print("closed gen_with")

def plain_yf():
    yield from iter([1, 2, 3])

g = plain_yf()
print(next(g))
try:
    g.throw(KeyError("no throw method"))
except KeyError as e:
    print("raised in frame", *e.args)
g = plain_yf()
next(g)
g.close()
print("closed plain_yf")

def sub_raises():
    try:
        yield 1
    except KeyError:
        raise ValueError("converted")

def deleg():
    try:
        yield from sub_raises()
    except ValueError as e:
        print("deleg got", e.args[0], "context", name_of(context_of(e)))
        yield "done"

g = deleg()
next(g)
print(g.throw(KeyError("k")))

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2

g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(*e.args)

def nested_loops():
    total = 0
    for i in range(3):
        for j in range(3):
            if j == 2:
                break
            if i == 1:
                continue
            total += 10 * i + j
    return total
print(nested_loops())

def try_in_loop():
    res = []
    i = 0
    while i < 4:
        i += 1
        try:
            if i % 2:
                raise KeyError(i)
            res.append(i)
        except KeyError as e:
            res.append(-i)
            continue
        finally:
            res.append(0)
    return res
print(try_in_loop())

def gen_return_in_finally():
    try:
        yield 1
    finally:
        return "fin"

g = gen_return_in_finally()
next(g)
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def send_into_sub():
    x = yield "a"
    print("sub got", x)
    y = yield "b"
    print("sub got", y)

def fwd():
    yield from send_into_sub()

g = fwd()
print(next(g))
print(g.send("one"))
try:
    g.send("two")
except StopIteration:
    print("fwd done")

print(True and 0, 0 or "x", 1 if 0 else 2, not None)
