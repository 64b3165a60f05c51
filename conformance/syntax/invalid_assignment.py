# Invalid assignment targets.
def check(label, src):
    try:
        compile(src, "<s>", "exec")
        print(label, "compiled")
    except SyntaxError as e:
        print(label, type(e).__name__, repr(e.msg), e.lineno, e.offset)


check("literal", "1 = x\n")
check("call", "f() = 1\n")
check("operator", "a + b = 3\n")
check("augmented call", "f() += 1\n")
check("None", "None = 1\n")
check("del literal", "del 1\n")
check("for target", "for 1 in x:\n    pass\n")
check("tuple with literal", "a, 2 = 1, 2\n")
