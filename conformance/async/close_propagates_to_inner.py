# close() on an outer coroutine closes the inner awaited coroutines too.
import types

@types.coroutine
def pause():
    try:
        yield
    finally:
        print("pause closed")

async def inner():
    try:
        await pause()
    finally:
        print("inner finally")

async def outer():
    try:
        await inner()
    finally:
        print("outer finally")

c = outer()
c.send(None)
c.close()
print("done")
