# The parts made by split() carry the group's traceback, cause, context and
# notes; the notes are copied.

try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)]) from OSError("cause")
except ExceptionGroup as caught:
    eg = caught
eg.add_note("a note")
m, r = eg.split(ValueError)
for part in (m, r):
    print(repr(part))
    print("  traceback same:", part.__traceback__ is eg.__traceback__)
    print("  cause:", repr(part.__cause__), part.__cause__ is eg.__cause__)
    print("  context:", repr(part.__context__), part.__context__ is eg.__context__)
    print("  suppress:", part.__suppress_context__)
    print("  notes:", part.__notes__, part.__notes__ is eg.__notes__)
m.add_note("only on m")
print(eg.__notes__, m.__notes__, r.__notes__)
plain = ExceptionGroup("plain", [ValueError(1), TypeError(2)])
m, r = plain.split(ValueError)
print(m.__traceback__, m.__cause__, m.__context__, m.__suppress_context__, hasattr(m, "__notes__"))
eg.__notes__ = ("tuple", "notes")
m, r = eg.split(ValueError)
print(m.__notes__, type(m.__notes__).__name__)
