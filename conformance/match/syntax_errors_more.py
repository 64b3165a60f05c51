# More parser errors (and accepted forms) of match statements.
srcs = [
"match x:\ncase 1: pass",
"match x:\n    case 1: pass\n  case 2: pass",
"match x:\n    case 1: pass\n    x = 1",
"match x: pass",
"match x:\n    case [1, 2: pass",
"match x:\n    case {'a' 1}: pass",
"match x:\n    case C(a b): pass",
"match x:\n    case 1 if : pass",
"match x:\n    case (1 2): pass",
"match x:\n    case [*]: pass",
"match x:\n    case a.b(): pass\n    case a.b: pass",
"match x:\n    case None | True | False | 'a' b'b': pass",
"match x:\n    case 1 |: pass",
"match x:\n    case _.a: pass",
"match x:\n    case (): pass\n    case []: pass\n    case {}: pass",
]
for s in srcs:
    try:
        compile(s, "<s>", "exec")
        print(repr(s), "OK")
    except SyntaxError as e:
        print(type(e).__name__, repr(s), "->", e.msg, e.lineno, e.offset)
