# The default exception handler's report of a generator that failed to
# close at shutdown, with the object's address taken out.
import asyncio
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def flush(self):
        pass


def strip_addresses(text):
    out = []
    while " at 0x" in text:
        i = text.index(" at 0x")
        out.append(text[:i])
        text = text[text.index(">", i):]
    out.append(text)
    return "".join(out)


keep = []


async def bad():
    try:
        yield 1
    finally:
        raise KeyError("k")


async def main():
    g = bad()
    keep.append(g)
    await g.__anext__()


cap = Capture()
sys.stderr = cap
asyncio.run(main())
sys.stderr = sys.__stderr__
lines = strip_addresses("".join(cap.parts)).splitlines()
for line in lines:
    if not line.startswith("  File ") and not line.strip().startswith("^"):
        print(line)
