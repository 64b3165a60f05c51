# Context is a read-only mapping of vars to values; run() changes the context it runs in.
import contextvars

a = contextvars.ContextVar("a")
b = contextvars.ContextVar("b")
empty = contextvars.Context()
print("empty len:", len(empty))

def fill():
    a.set(1)
    b.set(2)
    return contextvars.copy_context()

ctx = empty.run(fill)
print("len:", len(ctx))
print("names:", sorted(var.name for var in ctx.keys()))
print("values:", sorted(ctx.values()))
print("items:", sorted(var.name + "=" + str(val) for var, val in ctx.items()))
try:
    ctx[contextvars.ContextVar("c")]
except KeyError:
    print("KeyError for missing var")
print("run() changed the context it ran in:", len(empty))
