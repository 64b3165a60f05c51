# The filename and text attributes of a SyntaxError from compile().
try:
    compile("x = 1\ny = (\n", "myfile.py", "exec")
except SyntaxError as e:
    print("filename:", e.filename)
    print("lineno:", e.lineno)
    print("msg:", e.msg)

try:
    compile("def f():\n    return\nreturn 5\n", "other.py", "exec")
except SyntaxError as e:
    print("filename:", e.filename)
    print("lineno:", e.lineno, "offset:", e.offset)
    print("text:", repr(e.text))
