# exec and eval with dict namespaces.
g = {"x": 2}
exec("y = x * 3", g)
print(g["y"], "__builtins__" in g)
print(eval("x + y", g), eval("a * b", {}, {"a": 3, "b": 4}))
ns = {}
exec("def f():\n    return 42\nz = f()", ns)
print(ns["z"])
def f():
    a = 1
    b = 2
    return sorted(locals().items())
print(f())
print(isinstance(globals(), dict), "__name__" in globals())
