# The same misuse reported through exec() carries the filename <string>.
for src in ["await x", "def f():\n    async with y:\n        pass"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(e.msg, "|", e.filename, "|", e.lineno)
