# cr_running, cr_frame, cr_code, cr_await, __name__ and __qualname__ of a coroutine.
import types

@types.coroutine
def pause():
    yield

async def sub():
    await pause()

class Holder:
    async def method(self):
        print("running inside:", self.c.cr_running)
        await sub()

h = Holder()
c = h.method()
h.c = c
print("name:", c.__name__, "qualname:", c.__qualname__)
print("code name:", c.cr_code.co_name)
print("before: running", c.cr_running, "await", c.cr_await, "frame None", c.cr_frame is None)
c.send(None)
print("suspended: running", c.cr_running, "await type", type(c.cr_await).__name__)
try:
    c.send(None)
except StopIteration:
    pass
print("after: frame None", c.cr_frame is None, "await", c.cr_await)
