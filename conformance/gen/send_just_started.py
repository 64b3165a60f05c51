# A just-started generator accepts only send(None).
def g():
    x = yield 1
    print("x =", x)
    yield 2


gen = g()
try:
    gen.send("hello")
except TypeError as e:
    print("TypeError:", e)
print("send(None) still starts it:", gen.send(None))
print("then send works:", gen.send("hello"))
gen2 = g()
try:
    gen2.send(0)
except TypeError as e:
    print("send(0) TypeError:", e)
print("next after failed send:", next(gen2))
