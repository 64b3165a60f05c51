f(*a, **k)
f(a, b=1, *c, **d)
