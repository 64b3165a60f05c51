# Inside async def, nested lambdas, classes and defs are not async: await there is an error.
cases = [
    "async def f():\n    g = lambda: await x\n",
    "async def f():\n    class C:\n        y = await x\n",
    "async def f():\n    return (await x for x in y)\n",
    "def f():\n    return (await x for x in y)\n",
    "async def f():\n    return [[await z for z in w] for w in y]\n",
    "async def f():\n    async def g():\n        await x\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "| line", e.lineno)
