# SyntaxErrors of assignment expressions, via compile().
cases = [
    "x := 1",
    "a[0] := 1",
    "(a.b := 1)",
    "((a, b) := (1, 2))",
    "(x() := 1)",
    "[i := 0 for i in range(3)]",
    "[(i := 0) for i, j in range(3)]",
    "[[(j := 0) for i in range(3)] for j in range(3)]",
    "class C:\n    [(y := x) for x in range(3)]",
    "class C:\n    y = [x for x in range(3) if (z := x)]",
    "[x for x in (y := [1])]",
    "[x for x in range(3) for y in (z := [1])]",
    "def f(x := 1): pass",
    "y = x := 1",
    "(True := 1)",
    "(lambda: x := 1)",
    "f(a=x := 1)",
    "class C:\n    (y := 1)\n    print(y)",
    "a[x := 1 : 2]",
    "a[(x := 1) : 2]",
    "del (x := 1)",
    "for (x := 1) in y: pass",
    "(x := 1) = 2",
    "x[y := 1, 2]",
    "@d := deco\ndef f(): pass",
    "[i for i in range(5) if (j := 0) for j in range(5)]",
    "def f():\n    [x for x in [1] if (x := 2)]",
    "lambda: [(y := 1) for y in z]",
    "[(lambda: (i := 1)) for i in range(3)]",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("ok:", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset)
