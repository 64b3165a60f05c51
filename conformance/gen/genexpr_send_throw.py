# Generator expressions are generators: send() values are discarded, throw() raises inside.
g = (x * 2 for x in range(4))
print(next(g))
print("send returns next item:", g.send("ignored"))
try:
    g.throw(KeyError("into genexpr"))
except KeyError as e:
    print("KeyError propagated:", list(e.args))
print("exhausted after throw:", list(g))
h = (c for c in "ab")
h.close()
print("closed genexpr:", list(h))
try:
    (x for x in range(3)).send(1)
except TypeError as e:
    print("TypeError:", e)
