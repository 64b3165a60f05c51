# async with and async for outside an async function are SyntaxErrors.
cases = [
    "def f():\n    async with x:\n        pass\n",
    "def f():\n    async for i in x:\n        pass\n",
    "async with x:\n    pass\n",
    "async for i in x:\n    pass\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "| line", e.lineno)
