# Errors raised while evaluating an annotated assignment.
def f():
    d = {}
    d[1 // 1]: int = 2
    return d


print(f())
try:
    x: int = 1 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    y: undefined_annotation = 5
except NameError as e:
    print("NameError:", e)
print("y" in globals(), "y" in __annotations__)


class C:
    z: int = 3
    w: "forward"


print(C.__annotations__)
a: list = [1,
           2]
b: int = a[
    5]
