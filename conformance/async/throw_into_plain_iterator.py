# throw() while awaiting an iterator without throw() raises at the await.
class It:
    def __iter__(self):
        return self
    def __next__(self):
        return "step"

class A:
    def __await__(self):
        return It()

async def main():
    try:
        await A()
    except ZeroDivisionError as e:
        print("raised at await:", e)
        return "ok"

c = main()
print(c.send(None))
try:
    c.throw(ZeroDivisionError("zero"))
except StopIteration as e:
    print("value:", e.value)
