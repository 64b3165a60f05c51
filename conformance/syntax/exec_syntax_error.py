# exec() of bad source raises SyntaxError before running anything.
ran = []
try:
    exec("ran.append(1)\nx = = 2\n")
except SyntaxError as e:
    print(type(e).__name__, repr(e.msg), e.lineno, e.offset)
print("ran:", ran)

try:
    eval("1 +")
except SyntaxError as e:
    print("eval:", type(e).__name__, repr(e.msg), e.lineno, e.offset)

try:
    compile("a b", "<s>", "eval")
except SyntaxError as e:
    print("compile eval:", type(e).__name__, repr(e.msg), e.lineno, e.offset)

print("exec good source:")
exec("ran.append(2)\nprint('inner ran', ran)\n")
