#!/bin/sh
# Regenerates the .out files with CPython 3.11, defining the helpers that
# vm_test.go provides to the scripts.
cd "$(dirname "$0")"
for f in *.py; do
python3 - "$f" > "${f%.py}.out" <<'PY'
import builtins, runpy, sys
def tb_lines(e):
    out, tb = [], e.__traceback__
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return tuple(out)
def go_panic():
    raise SystemError("boom from Go")
builtins.context_of = lambda e: e.__context__
builtins.cause_of = lambda e: e.__cause__
builtins.suppressed = lambda e: e.__suppress_context__
builtins.name_of = lambda o: o.__name__ if isinstance(o, type) else type(o).__name__
builtins.tb_lines = tb_lines
builtins.go_panic = go_panic
import types
builtins.iterable_coroutine = types.coroutine
runpy.run_path(sys.argv[1], run_name="__main__")
PY
done
