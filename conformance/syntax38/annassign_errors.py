# SyntaxErrors of annotated assignments, via compile().
cases = [
    "a, b: int",
    "(a, b): int = 1, 2",
    "[a]: int",
    "f(): int",
    "1: int",
    "a + b: int = 3",
    "def f():\n    global x\n    x: int",
    "def f():\n    x: int\n    global x",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int = 2",
    "global x\nx: int = 1",
    "x: int = yield",
    "x: int = 1, 2",
    "x.y: int",
    "x[0]: int",
    "lambda: 0: int",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("ok:", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset)
