# RecursionError raised through nested generators is catchable and the program continues.
def nest(n):
    yield from nest(n + 1)


try:
    next(nest(0))
except RecursionError as e:
    print("caught", type(e).__name__)
print("afterwards", list(range(3)))
