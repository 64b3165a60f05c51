# A yield inside a finally block.
def g():
    try:
        yield "body"
    finally:
        yield "from finally"
        print("finally done")


print(list(g()))


def g2():
    try:
        raise ValueError("pending")
    finally:
        yield "finally while ValueError pending"


it = g2()
print(next(it))
try:
    next(it)
except ValueError as e:
    print("pending exception resumed:", e)


def g3():
    try:
        yield 1
    finally:
        yield 2


it = g3()
next(it)
try:
    it.close()
except RuntimeError as e:
    print("close RuntimeError:", e)
