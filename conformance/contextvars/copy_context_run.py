# Context.run isolates changes; the copy sees values set before copying.
import contextvars

v = contextvars.ContextVar("v", default="outer-default")
v.set("before copy")
ctx = contextvars.copy_context()

def inside(x):
    print("inside sees:", v.get())
    v.set(x)
    print("inside set:", v.get())
    return "ret-" + x

print("run returns:", ctx.run(inside, "changed"))
print("outside after run:", v.get())
print("ctx holds:", ctx[v], "len:", len(ctx), "contains:", v in ctx)
print("ctx.get missing:", ctx.get(contextvars.ContextVar("other"), "none"))
