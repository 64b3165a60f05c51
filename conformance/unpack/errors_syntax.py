# SyntaxErrors about unpacking, with CPython 3.11's messages and places.
srcs = [
    "[*a for a in x]", "{*a for a in x}", "(*a for a in x)", "{**d for d in x}",
    "f(*a for a in x)", "*a", "x = *a", "(*a)", "print((*a))", "*a = 1",
    "f(**d, *a)", "f(**d, a)", "f(a=1, b)", "f(*a, **b, c)", "f(**b, *a, c)",
    "f(a=1, *b, c)", "{1: *a}", "{*a: 1}", "{**a: 1}", "[**a]", "(**a,)", "{**a, *b}",
    "{*a, **b}", "x = [*a or b]", "del *a", "del (*a,)", "*a, *b = c", "[*a, *b] = c",
    "x = 1 + *a", "f(**a=1)", "lambda: *a", "{**a or b}", "[*a if b else c]",
    "f(x=1, x=2)", "f(**a, x=1, x=2)", "return *a", "{1:2, *a}", "{*a, 1:2}", "[*]", "f(**)",
    "{**d, 1}", "{1: 2, 3}", "{**d, f(x)}", "{1: 2, (1,\n2)}",
]
ok = [
    "f(*a, b)", "f(x=1, *a)", "f(a, *b, c=1, *d, **e, f=2)", "x = *a,", "x = *a, *b",
    "print(*a, sep='', *b)", "def f():\n return *a, 1", "def f():\n yield *a, 1",
    "for x in *a, *b: pass", "x += *a, 1", "f(**a or b)", "f(*a or b)", "x = [*(a or b)]",
    "class C(*a, **b, metaclass=M): pass", "print(*a if b else c)",
]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print(repr(s), "OK")
    except SyntaxError as e:
        print(repr(s), "->", e.msg, e.lineno, e.offset)
for s in ok:
    compile(s, "<s>", "exec")
print("all accepted")
