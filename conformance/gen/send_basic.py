# send() resumes the generator and becomes the value of the yield expression.
def echo():
    print("started")
    received = yield "ready"
    while True:
        print("received", repr(received))
        if received is None:
            received = yield "got None"
        else:
            received = yield received * 2


g = echo()
print("first next:", next(g))
print("send 5:", g.send(5))
print("send 'ab':", g.send("ab"))
print("next:", next(g))
print("send None:", g.send(None))
