# async and await are keywords: using them as names is a SyntaxError.
cases = [
    "await = 1\n",
    "async = 1\n",
    "def await(): pass\n",
    "def f(async): pass\n",
    "x.await\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__, "| line", e.lineno)
