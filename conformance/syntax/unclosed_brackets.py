# Unclosed and mismatched brackets.
def check(label, src):
    try:
        compile(src, "<s>", "exec")
        print(label, "compiled")
    except SyntaxError as e:
        print(label, type(e).__name__, repr(e.msg), e.lineno, e.offset)


check("paren", "x = (1, 2\n")
check("bracket", "y = [1,\n     2\n")
check("brace", "z = {'a': 1\n")
check("mismatch", "w = (1, 2]\n")
check("stray close", "v = 1)\n")
