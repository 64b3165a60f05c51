# Argument errors of str methods, with CPython's messages.
calls = [
    "'x'.isdigit(1)", "'x'.title(1)", "'x'.count()", "'x'.index()", "'x'.join()", "'x'.join(1)", "'x'.join([1])",
    "'x'.join(['a', 2])", "'x'.encode('utf-8', 'strict', 3)", "'x'.splitlines(keepends=1, x=2)",
    "'x'.removeprefix('a', 'b')", "'x'.partition()", "'x'.ljust()", "'x'.zfill('3')", "'x'.expandtabs(1, 2)",
    "'x'.center(2**100)", "'x'.find('x', 2**100)", "str.join(1, [])", "str.find(1, 'a')",
]
for c in calls:
    try:
        print(c, "->", repr(eval(c)))
    except Exception as e:
        print(c, "->", type(e).__name__ + ":", e)
print(", ".join(["a", "b"]), "".join("xyz"), "-".join(iter(["1", "2"])), "-".join({"k": 1}))
