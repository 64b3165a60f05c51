# exec and eval namespaces: names the code creates are added in the order it
# creates them, for dicts and for the module's globals.
ns = {"keep": 0, "drop": 1}
exec("zz = 1\nyy = 2\ndel drop\ndef ff(): pass\nclass CC: pass\naa = 3", ns)
print([k for k in ns if k != "__builtins__"])
print(list(ns)[:2])
ns2 = {}
exec("b = 1\na = 2\nb = 3\nc = 4", ns2, ns2)
print([k for k in ns2 if k != "__builtins__"], ns2["b"])
loc = {"p": 1}
exec("q = p + 1\no = q + 1", {}, loc)
print(loc)
exec("exec_z = 1\nexec_a = 2")
print([k for k in globals() if k.startswith("exec_")])
print(eval("[w := 5, w]", ns2), [k for k in ns2 if k != "__builtins__"])
g = {}
exec("def mk():\n    global made_b, made_a\n    made_b = 1\n    made_a = 2\nmk()", g)
print([k for k in g if k != "__builtins__"])
printed = {"keep": 0}
exec("del __builtins__\nzz = 1\naa = [2]\nprint(globals())\nprint(repr(globals()))", printed)
print(printed)
