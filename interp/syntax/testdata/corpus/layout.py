# Awkward layouts: continuation lines, tabs, non-ASCII text, semicolons.
x = 1; y = 2; z = x + \
    y
élan = "café"; naïve = élan + "ß"; w = naïve
if (x and
        y):
	t = 1
	if t:
		u = t  # tab indentation
result = [
    item
    for item in range(3)
    if item
]
call = max(
    1,
    key=lambda v:
        v,
)
s = ("implicit"
     "concatenation" f"{x}"
     f"""{
y}""")
d = {
    'k': x,
    "v": y}
@staticmethod
class K: pass
try: a = 1
except (ValueError,
        TypeError) as e: b = 2
except: pass
finally: c = 3
while x: x -= 1
else: pass
def f(a,
      b=x,
      *c,
      d=y, **e): return a
def g(): yield; yield x
async def h():
    async for q in x: await q
    async with x as r, y: pass
    return [await q async for q in r]
with open(x) as fh, open(y) as gh: pass
del x, y
global gl
assert x, y
raise x from y
import a.b as ab, c
from .. import (m as n, o)
