# send() is forwarded through a three-level yield from chain.
def level3():
    log = []
    while True:
        v = yield "level3 has %d" % len(log)
        if v == "stop":
            return log
        log.append(v)


def level2():
    r = yield from level3()
    print("level2 got", r)
    return len(r)


def level1():
    r = yield from level2()
    print("level1 got", r)
    return r * 10


g = level1()
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send("c"))
try:
    g.send("stop")
except StopIteration as e:
    print("top result", e.value)
