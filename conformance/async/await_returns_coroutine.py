# __await__ returning a coroutine is refused with TypeError.
async def helper():
    return 1

made = []

class Bad:
    def __await__(self):
        c = helper()
        made.append(c)
        return c

async def go():
    return await Bad()

b = go()
try:
    b.send(None)
except TypeError as e:
    print("TypeError:", e)
made[0].close()
