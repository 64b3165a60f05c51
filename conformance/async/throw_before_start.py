# throw() into an unstarted coroutine raises at once and finishes it.
async def f():
    print("never printed")
    return 1

c = f()
try:
    c.throw(ValueError("early"))
except ValueError as e:
    print("ValueError:", e)
print("cr_frame is None:", c.cr_frame is None)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
