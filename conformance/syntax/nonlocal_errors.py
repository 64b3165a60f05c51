# nonlocal at module level, and nonlocal naming no enclosing binding.
def check(label, src):
    try:
        compile(src, "<s>", "exec")
        print(label, "compiled")
    except SyntaxError as e:
        print(label, type(e).__name__, repr(e.msg), e.lineno, e.offset)


check("module nonlocal", "nonlocal x\n")
check("no binding", "def f():\n    nonlocal y\n")
check("global binding only", "g = 1\ndef f():\n    nonlocal g\n")
check("valid nonlocal", "def f():\n    z = 1\n    def g():\n        nonlocal z\n")
