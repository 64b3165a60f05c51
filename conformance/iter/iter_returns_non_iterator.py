# __iter__ must return an iterator; returning something else is a TypeError.
class Bad:
    def __iter__(self):
        return 42


try:
    iter(Bad())
except TypeError as e:
    print("iter:", e)

try:
    for x in Bad():
        pass
except TypeError as e:
    print("for:", e)


class NoNext:
    def __iter__(self):
        return self


try:
    iter(NoNext())
except TypeError as e:
    print("no __next__:", e)
