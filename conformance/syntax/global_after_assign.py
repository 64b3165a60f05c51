# A name used or assigned before its global declaration.
def check(label, src):
    try:
        compile(src, "<s>", "exec")
        print(label, "compiled")
    except SyntaxError as e:
        print(label, type(e).__name__, repr(e.msg), e.lineno, e.offset)


check("assigned before global", "def f():\n    x = 1\n    global x\n")
check("used before global", "def f():\n    print(x)\n    global x\n")
check("global and parameter", "def f(x):\n    global x\n")
check("nonlocal and parameter", "def f():\n    y = 1\n    def g(y):\n        nonlocal y\n")
check("assigned before nonlocal", "def f():\n    y = 1\n    def g():\n        y = 2\n        nonlocal y\n")
