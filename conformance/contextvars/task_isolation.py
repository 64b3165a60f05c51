# Each task runs in a copy of the context: its changes are invisible to others.
import asyncio
import contextvars

request = contextvars.ContextVar("request", default="none")

async def handler(name):
    request.set(name)
    await asyncio.sleep(0.01)
    print("handler", name, "sees", request.get())

async def main():
    request.set("main")
    await asyncio.gather(handler("a"), handler("b"), handler("c"))
    print("main still sees", request.get())

asyncio.run(main())
