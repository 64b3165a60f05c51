# add_note and __notes__ on every exception.

e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second\nline")
print(e.__notes__)
for bad in (1, b"bytes", None):
    try:
        e.add_note(bad)
    except TypeError as err:
        print("TypeError:", err)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as err:
    print("TypeError:", err)
eg = ExceptionGroup("g", [KeyError(1)])
eg.add_note("group note")
print(eg.__notes__)
try:
    raise TypeError("t")
except TypeError as err:
    err.add_note("added while handling")
    print(err.__notes__)
