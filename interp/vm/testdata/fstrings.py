# f-strings: conversions, specs, nesting, self-documenting fields.
x = 42
s = "caf\u00e9"
f = 3.14159
print(f"x={x} s={s} f={f}")
print(f"{x!r} {s!r} {s!a} {s!s}")
print(f"[{x:>6}] [{x:<6}] [{x:^6}] [{x:06}] [{x:x}] [{x:#b}]")
print(f"[{f:.2f}] [{f:10.3f}] [{f:e}]")
width, prec = 8, 3
print(f"[{f:{width}.{prec}}] [{s:*^{width}}]")
print(f"[{s!r:>10}]")
print(f"{x=} {x + 1 = } {s=!s} {f=:.1f}")
print(f"{{literal}} {{{x}}}")
print(f"{'nested ' + f'{x}'}")
print(f"")
print(f"plain")
print(f"{x}" f"{x}" "-" f"{s}")
print(f"{[1, 2][0]} {len(s)} {(lambda y: y * 2)(x)}")
print(f"{None} {True} {None!r}")

class Fmt:
    def __format__(self, spec):
        return "Fmt(" + spec + ")"
    def __repr__(self):
        return "Fmt!"

print(f"{Fmt()} {Fmt():abc} {Fmt()!r}")
try:
    f"{x:q}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{[]:>3}"
except TypeError as e:
    print("TypeError:", e)

def fn(a):
    return f"in function {a}"

print(fn(1))

async def co(v):
    return f"async {v}"

try:
    co(2).send(None)
except StopIteration as e:
    print(e.value)
