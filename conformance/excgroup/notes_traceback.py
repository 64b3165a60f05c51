# Notes are printed after the exception line, also inside groups.


def fail(n):
    e = ValueError(n)
    e.add_note(f"note for {n}")
    e.add_note("multi\nline note")
    raise e


excs = []
for i in range(2):
    try:
        fail(i)
    except ValueError as e:
        excs.append(e)
eg = ExceptionGroup("with notes", excs)
eg.add_note("group note")
raise eg
