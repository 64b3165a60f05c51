# FrameSummary: repr, indexing, iteration, equality, line lookup.
import traceback

fs = traceback.FrameSummary("x.py", 3, "f", line="  return 1  ")
print(repr(fs))
print(fs.line, fs[0], fs[1], fs[2], fs[3], len(fs))
print(list(fs))
print(fs == ("x.py", 3, "f", "return 1"))
print(fs == traceback.FrameSummary("x.py", 3, "f", line="other"))
print(fs[-1], fs[:2])
missing = traceback.FrameSummary("no_such_file_here.py", 1, "g")
print(repr(missing.line))
here = traceback.FrameSummary(__file__, 2, "<module>")
print(here.line)
print(traceback.FrameSummary("x.py", None, "h", lookup_line=False).line)
