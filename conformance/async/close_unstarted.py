# close() on an unstarted coroutine does nothing visible and finishes it.
async def f():
    try:
        print("body")
    finally:
        print("finally")

c = f()
print("close:", c.close())
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
