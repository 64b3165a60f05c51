# Tokenizer-level errors.
def check(label, src):
    try:
        compile(src, "<s>", "exec")
        print(label, "compiled")
    except SyntaxError as e:
        print(label, type(e).__name__, repr(e.msg), e.lineno, e.offset)


check("unterminated string", "s = 'abc\n")
check("unterminated triple", "s = '''abc\nmore\n")
check("bad number", "n = 1_\n")
check("missing colon", "def f()\n    pass\n")
check("keyword as name", "class = 1\n")
