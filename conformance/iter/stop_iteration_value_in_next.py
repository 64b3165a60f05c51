# StopIteration raised with a value by __next__ still just ends consumers.
class Stops:
    def __init__(self):
        self.done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.done:
            raise StopIteration("payload")
        self.done = True
        return "one"


print(list(Stops()))
it = Stops()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value:", e.value, "args:", list(e.args))
for x in Stops():
    print("for got", x)
print("end")
