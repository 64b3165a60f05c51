# Unbounded recursion raises RecursionError, which can be caught.
def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("caught", type(e).__name__)
print("still running")


def again():
    return again()


try:
    again()
except RuntimeError as e:
    print("RecursionError is a RuntimeError:", type(e).__name__)
print("recovered:", sum(range(10)))
