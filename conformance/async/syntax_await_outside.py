# await outside an async function is a SyntaxError, at module level and in def.
cases = [
    "await x\n",
    "def f():\n    await x\n",
    "def f():\n    return [await y for y in z]\n",
    "lambda: await x\n",
    "class C:\n    await x\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "| line", e.lineno)
