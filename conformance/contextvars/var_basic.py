# ContextVar get with and without defaults, set and reset with tokens.
import contextvars

v = contextvars.ContextVar("v")
d = contextvars.ContextVar("d", default="dflt")
try:
    v.get()
except LookupError as e:
    print("LookupError:", type(e).__name__)
print("get default arg:", v.get("fallback"))
print("var default:", d.get(), "arg wins:", d.get("arg"))
tok = v.set(1)
print("after set:", v.get(), "name:", v.name)
tok2 = v.set(2)
v.reset(tok2)
print("after reset:", v.get())
v.reset(tok)
print("back to unset:", v.get("unset"))
print("old value of first token is MISSING:", tok.old_value is contextvars.Token.MISSING)
print("token var is v:", tok.var is v)
