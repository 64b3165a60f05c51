# With `from __future__ import annotations`, annotations are stored as
# strings and never evaluated.
from __future__ import annotations

x: Undefined[int] = 1
y: dict[str, "C"] | None
z: typing.List[int]


class C:
    a: Optional[int] = None
    b: list[C]


def f(a: int, b: Foo = 1, /, *args: str, k: Bar[int, str], **kw: object) -> Result:
    pass


print(__annotations__)
print(C.__annotations__)
print(f.__annotations__)
print(x, C.a)
