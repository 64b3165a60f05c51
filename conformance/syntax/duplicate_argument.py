# Duplicate parameter names in a function definition.
def check(label, src):
    try:
        compile(src, "<s>", "exec")
        print(label, "compiled")
    except SyntaxError as e:
        print(label, type(e).__name__, repr(e.msg), e.lineno, e.offset)


check("def a, a", "def f(a, a):\n    pass\n")
check("def a, *a", "def f(a, *a):\n    pass\n")
check("lambda", "g = lambda x, x: x\n")
check("kwonly", "def f(a, *, b, b=1):\n    pass\n")
