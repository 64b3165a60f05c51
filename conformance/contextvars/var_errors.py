# ContextVar and Context argument errors.
import contextvars

try:
    contextvars.ContextVar(1)
except TypeError as e:
    print("TypeError:", e)
v = contextvars.ContextVar("v")
try:
    v.reset("not a token")
except TypeError as e:
    print("TypeError:", e)
ctx = contextvars.Context()
try:
    ctx["key"]
except TypeError as e:
    print("TypeError:", e)
try:
    ctx.run()
except TypeError as e:
    print("TypeError:", e)
print("run with kwargs:", ctx.run(lambda a, b=0: a + b, 1, b=2))
