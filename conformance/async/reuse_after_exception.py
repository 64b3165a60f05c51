# A coroutine that raised is finished: resuming it says it was already awaited.
async def boom():
    raise ValueError("x")

c = boom()
try:
    c.send(None)
except ValueError as e:
    print("ValueError:", e)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    c.throw(KeyError("k"))
except RuntimeError as e:
    print("throw into finished coroutine:", e)
