# One function with both cell variables (captured by its child) and free variables (from its parent).
def outer():
    a = "outer-a"

    def middle(p):
        b = "middle-b"

        def inner():
            return a + "|" + b + "|" + p
        print("middle reads free a:", a)
        print("middle reads own b:", b)
        return inner
    return middle


inner = outer()("param")
print(inner())


def counters():
    total = 0

    def make(step):
        count = 0

        def bump():
            nonlocal count, total
            count += step
            total += step
            return (count, total)
        return bump
    return make


mk = counters()
x, y = mk(1), mk(10)
print(x(), y(), x(), y())
