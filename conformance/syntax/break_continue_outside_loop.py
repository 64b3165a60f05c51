# break and continue outside a loop.
def check(label, src):
    try:
        compile(src, "<s>", "exec")
        print(label, "compiled")
    except SyntaxError as e:
        print(label, type(e).__name__, repr(e.msg), e.lineno, e.offset)


check("break at module", "break\n")
check("continue at module", "x = 1\ncontinue\n")
check("break in function", "def f():\n    break\n")
check("continue in if", "if True:\n    continue\n")
check("break in loop is fine", "for i in []:\n    break\n")
check("break in def inside loop", "for i in []:\n    def g():\n        break\n")
