# An exception in an awaited coroutine propagates to the awaiter and to the driver.
async def fail(msg):
    raise KeyError(msg)

async def middle():
    try:
        await fail("inner")
    except KeyError as e:
        print("middle caught:", list(e.args))
    await fail("again")

c = middle()
try:
    c.send(None)
except KeyError as e:
    print("driver caught:", list(e.args))
