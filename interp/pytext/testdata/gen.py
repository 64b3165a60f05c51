# Regenerates the expected output of every case file in this folder with
# CPython 3.11:  python3 gen.py
#
# A case file holds one Python line per case. A line that is an expression
# prints "<line> => <repr of its value>" or, when it raises,
# "<line> !! <exception class>: <str of the exception>". Other lines are
# statements that set up later cases and print nothing; indented lines
# continue the statement above them. Blank lines and lines starting with
# '#' are skipped. mod(f, a) is f % a.
#
# Files in programs/ are whole programs; their stdout is the expectation.
import glob
import os
import subprocess
import sys


def mod(f, a):
    return f % a


def run(path):
    env = {"mod": mod, "__name__": "cases"}
    out = []
    blocks = []
    with open(path, encoding="utf-8") as f:
        for line in f.read().splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            if line[0] in " \t" and blocks:
                blocks[-1] += "\n" + line
            else:
                blocks.append(line)
    for block in blocks:
        try:
            code = compile(block, "<case>", "eval")
        except SyntaxError:
            exec(compile(block + "\n", "<case>", "exec"), env)
            continue
        try:
            out.append(block + " => " + repr(eval(code, env)))
        except Exception as e:
            out.append(block + " !! " + type(e).__name__ + ": " + str(e))
    with open(path + ".out", "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    for p in sorted(glob.glob(os.path.join(here, "*.py"))):
        if os.path.basename(p) != "gen.py":
            run(p)
    for p in sorted(glob.glob(os.path.join(here, "programs", "*.py"))):
        out = subprocess.run([sys.executable, p], capture_output=True, check=True).stdout
        with open(p + ".out", "wb") as f:
            f.write(out)
    sys.exit(0)
