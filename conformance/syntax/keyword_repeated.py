# A keyword argument repeated in a call.
def check(label, src):
    try:
        compile(src, "<s>", "exec")
        print(label, "compiled")
    except SyntaxError as e:
        print(label, type(e).__name__, repr(e.msg), e.lineno, e.offset)


check("f(a=1, a=2)", "f(a=1, a=2)\n")
check("second line", "x = 1\nprint(sep='', sep='-')\n")
check("distinct keywords fine", "f(a=1, b=2)\n")
