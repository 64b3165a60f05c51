# Token misuse: reset twice, reset with a token from another var or context (message tails, no addresses).
import contextvars

a = contextvars.ContextVar("a", default=0)
b = contextvars.ContextVar("b", default=0)
tok = a.set(1)
a.reset(tok)
try:
    a.reset(tok)
except RuntimeError as e:
    print("reset twice:", type(e).__name__, str(e).split("> ")[-1])
tok_b = b.set(1)
try:
    a.reset(tok_b)
except ValueError as e:
    print("other var:", type(e).__name__, str(e).split("> ")[-1])

def make_token():
    return a.set(5)

other = contextvars.copy_context().run(make_token)
try:
    a.reset(other)
except ValueError as e:
    print("other context:", type(e).__name__, str(e).split("> ")[-1])
print("a:", a.get())
