# yield outside a function is a SyntaxError.
def check(label, src):
    try:
        compile(src, "<s>", "exec")
        print(label, "compiled")
    except SyntaxError as e:
        print(label, type(e).__name__, repr(e.msg), e.lineno, e.offset)


check("module yield", "x = 1\nyield x\n")
check("class body yield", "class C:\n    yield 1\n")
check("yield from at module", "yield from [1]\n")
check("lambda yield is fine", "f = lambda: (yield)\n")
