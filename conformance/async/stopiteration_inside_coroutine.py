# A StopIteration raised inside a coroutine becomes RuntimeError (PEP 479).
async def f():
    raise StopIteration("leak")

c = f()
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, list(e.__cause__.args))
