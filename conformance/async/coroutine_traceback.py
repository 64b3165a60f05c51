# An uncaught exception from a coroutine prints a traceback through each await.
async def inner():
    raise ValueError("deep")

async def outer():
    await inner()

c = outer()
c.send(None)
