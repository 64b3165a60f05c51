# Things that look suspicious but compile in Python 3.
def check(label, src):
    try:
        compile(src, "<s>", "exec")
        print(label, "compiled")
    except SyntaxError as e:
        print(label, type(e).__name__, repr(e.msg), e.lineno, e.offset)


check("return value in generator", "def g():\n    yield 1\n    return 2\n")
check("yield in finally", "def g():\n    try:\n        pass\n    finally:\n        yield\n")
check("continue in finally", "for i in x:\n    try:\n        pass\n    finally:\n        continue\n")
check("nested nonlocal", "def a():\n    v = 1\n    def b():\n        def c():\n            nonlocal v\n")
check("global at module", "global q\nq = 1\n")
