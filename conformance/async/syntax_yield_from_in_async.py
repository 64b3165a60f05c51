# yield from inside async def, and await in a nested plain def, are SyntaxErrors.
cases = [
    "async def f():\n    yield from x\n",
    "async def f():\n    def g():\n        await x\n",
    "async def f():\n    x = [(yield) for i in y]\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "| line", e.lineno)
