# contextvars on their own and with tasks and callbacks; the expected
# output is CPython 3.11's.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="dflt")
nodefault = contextvars.ContextVar("nodefault")
print(var.name, var.get(), var.get("given"))
try:
    nodefault.get()
except LookupError:
    print("LookupError")
print(nodefault.get(None))

tok = var.set("one")
print(var.get(), tok.var is var, tok.old_value is contextvars.Token.MISSING)
tok2 = var.set("two")
print(var.get(), tok2.old_value)
var.reset(tok2)
print(var.get())
try:
    var.reset(tok2)
except RuntimeError as e:
    print("RuntimeError", "has already been used once" in str(e))
try:
    nodefault.reset(tok)
except ValueError as e:
    print("ValueError", "was created by a different ContextVar" in str(e))
var.reset(tok)
print(var.get())

ctx = contextvars.copy_context()
print(var in ctx, len(ctx))
var.set("outer")


def in_ctx(x):
    var.set("inside " + x)
    return var.get()


print(ctx.run(in_ctx, "run"), var.get(), ctx[var], ctx.get(var), len(ctx))
print(list(ctx.keys()) == [var], ctx.items()[0][1] if hasattr(ctx.items(), "__getitem__") else list(ctx.items())[0][1])
try:
    ctx.run(lambda: ctx.run(print))
except RuntimeError as e:
    print("RuntimeError", "cannot enter context" in str(e))
c2 = ctx.copy()
print(c2[var], c2 is ctx)
try:
    contextvars.Context()[var]
except KeyError:
    print("KeyError")

request = contextvars.ContextVar("request", default=None)


async def handler(n):
    request.set(n)
    await asyncio.sleep(0.001 * (3 - n))
    return (n, request.get())


async def main():
    request.set("main")
    print(await asyncio.gather(handler(1), handler(2), handler(3)))
    print(request.get())
    seen = []
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: seen.append(request.get()))
    c = contextvars.copy_context()
    c.run(request.set, "in copy")
    loop.call_soon(lambda: seen.append(request.get()), context=c)
    t = asyncio.create_task(handler(9), context=c)
    await t
    await asyncio.sleep(0)
    print(seen, c[request], request.get())


asyncio.run(main())
print(var.get())
