# yield as an expression inside larger expressions and argument lists.
def g():
    x = (yield 1) + (yield 2)
    print("sum", x)
    lst = [(yield "a"), (yield "b")]
    print("list", lst)
    print("call", max((yield "m1"), (yield "m2")))
    y = yield
    print("bare yield received", y)


it = g()
print(next(it))
print(it.send(10))
print(it.send(32))
print(it.send("A"))
print(it.send("B"))
print(it.send(3))
print(it.send(9))
try:
    it.send("end")
except StopIteration:
    print("done")
