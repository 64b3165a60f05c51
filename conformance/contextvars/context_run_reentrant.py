# A Context cannot be entered while it is already running.
import contextvars

ctx = contextvars.copy_context()

def again():
    ctx.run(print, "never")

try:
    ctx.run(again)
except RuntimeError as e:
    msg = str(e)
    print("RuntimeError:", msg.split(": ")[0], "...", msg.split("> ")[-1])
ctx.run(print, "entering after it exited works")
