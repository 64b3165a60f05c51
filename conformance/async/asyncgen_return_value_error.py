# 'return' with a value in an async generator is a SyntaxError.
try:
    compile("async def f():\n    yield 1\n    return 2\n", "<src>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
src = "async def f():\n    yield 1\n    return\n"
compile(src, "<src>", "exec")
print("bare return is fine")
