# str(SyntaxError) carries "(file, line N)"; the attributes as CPython sets them.
for src in ["1 +", "x = (1,\n 2 3)", "def f(:\n  pass"]:
    try:
        compile(src, "<string>", "exec")
    except SyntaxError as e:
        print(str(e))
        print(e.filename, e.lineno, e.msg)

print(str(SyntaxError("x")), repr(SyntaxError("x")))
e = SyntaxError("bad", ("/some/dir/f.py", 3, 4, "abc\n", 3, 5))
print(str(e), e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
e = SyntaxError("bad", ("f.py", 3, 4, "abc\n"))
print(str(e), e.end_lineno, e.end_offset)
print(str(SyntaxError("bad", (None, 3, 4, "abc\n"))))
print(str(SyntaxError("bad", ("f.py", None, 4, "abc\n"))))
print(str(IndentationError("ind", ("g.py", 7, 1, "  x\n"))))
print(str(SyntaxError()))
try:
    SyntaxError("m", (1, 2))
except TypeError as e:
    print("TypeError", e)
