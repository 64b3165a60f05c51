# Indentation errors are SyntaxError subclasses with their own messages.
def check(label, src):
    try:
        compile(src, "<s>", "exec")
        print(label, "compiled")
    except SyntaxError as e:
        print(label, type(e).__name__, repr(e.msg), e.lineno, e.offset)


check("unexpected indent", "x = 1\n    y = 2\n")
check("expected block", "def f():\nreturn 1\n")
check("unindent mismatch", "if True:\n        a = 1\n    b = 2\n")
check("if without body", "if x:\n")
