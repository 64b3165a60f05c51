# async comprehensions outside async functions are SyntaxErrors; an async genexp is allowed.
cases = [
    "def f():\n    return [x async for x in y]\n",
    "[x async for x in y]\n",
    "def f():\n    return {x: 1 async for x in y}\n",
    "def f():\n    return (x async for x in y)\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "| line", e.lineno)
