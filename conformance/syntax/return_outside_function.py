# return outside a function is a SyntaxError at compile time.
def check(label, src):
    try:
        compile(src, "<s>", "exec")
        print(label, "compiled")
    except SyntaxError as e:
        print(label, type(e).__name__, repr(e.msg), e.lineno, e.offset)


check("module return", "return 1\n")
check("class body return", "class C:\n    return 2\n")
check("nested after def", "def f():\n    pass\nreturn\n")
check("inside def is fine", "def f():\n    return 1\n")
