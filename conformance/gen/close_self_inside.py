# A generator calling close() or next() on itself while running gets ValueError.
def g():
    try:
        me.close()
    except ValueError as e:
        print("close:", e)
    yield "after"


me = g()
print(next(me))
me.close()
print("closed from outside:", me.gi_frame is None)
