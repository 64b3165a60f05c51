# traceback.extract_tb / format_tb / walk_tb on a caught exception.
import os
import traceback


def a():
    raise RuntimeError("deep")


def b():
    a()


try:
    b()
except RuntimeError as e:
    tb = e.__traceback__

summary = traceback.extract_tb(tb)
print(type(summary).__name__, len(summary))
for fs in summary:
    print(os.path.basename(fs.filename), fs.lineno, fs.name, repr(fs.line))
print([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
print([fs.name for fs in traceback.extract_tb(tb, limit=2)])
print([fs.name for fs in traceback.extract_tb(tb, limit=-1)])
for text in traceback.format_tb(tb):
    head, _, rest = text.partition(", line ")
    print(repr(os.path.basename(head.split('"')[1])), repr(rest))
