# int / x hands over to x.__rtruediv__ when int cannot divide by x, and
# the TypeError names both operand types when neither side can.
class R:
    def __rtruediv__(self, o):
        return "rtruediv %r" % (o,)
class Plain:
    pass
print(3 / R(), 2 ** 70 / R(), True / R(), 1.5 / R())
for expr in ["3 / Plain()", "1.5 / Plain()", "object() / 1", "Plain() / 2"]:
    try:
        eval(expr)
    except TypeError as e:
        print("TypeError:", e)
