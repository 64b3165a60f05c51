# yield inside comprehensions and misplaced starred expressions.
def check(label, src):
    try:
        compile(src, "<s>", "exec")
        print(label, "compiled")
    except SyntaxError as e:
        print(label, type(e).__name__, repr(e.msg), e.lineno, e.offset)


check("yield in list comp", "def f():\n    return [(yield x) for x in y]\n")
check("yield in genexpr", "def f():\n    return ((yield x) for x in y)\n")
check("star alone", "*a = 1\n")
check("two stars", "*a, *b = [1, 2]\n")
check("star in tuple is fine", "a, *b = [1, 2]\n")
