# startswith, endswith, removeprefix and removesuffix.
s = "hello.py"
print(s.startswith("he"), s.startswith(("x", "hel")), s.startswith(()), s.startswith("", 8), s.startswith("", 9))
print(s.endswith(".py"), s.endswith((".c", ".py")), s.endswith("lo", 0, 5), s.endswith("hello", -100, 5), s.startswith("llo", 2))
print(s.startswith("h", -1), s.endswith("y", None, None))
print(s.removeprefix("hello"), s.removeprefix("x"), s.removesuffix(".py"), s.removesuffix("py."), "".removeprefix(""))
for f in [lambda: s.startswith(1), lambda: s.startswith((1,)), lambda: s.endswith(["a"]), lambda: s.startswith(),
          lambda: s.removeprefix(1), lambda: s.removesuffix(), lambda: s.startswith("a", "b")]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
