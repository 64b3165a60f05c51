# Malformed f-strings are SyntaxErrors with CPython 3.11's messages.
cases = [
    'f"{}"',
    'f"{ }"',
    'f"}"',
    'f"{"',
    'f"{x!z}"',
    'f"{x!}"',
    'f"{x:{y:{z}}}"',
    'f"{#}"',
    'f"{x\\n}"',
    'f"{lambda x: 1}"',
    'f"{x!r=}"',
    'f"{)}"',
]
for src in cases:
    try:
        compile(src, "<fstring>", "eval")
        print(src, "compiled")
    except SyntaxError as e:
        print(src, "->", e.msg)
