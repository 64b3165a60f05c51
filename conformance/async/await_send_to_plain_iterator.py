# Sending a non-None value into an await on an iterator without send() is an AttributeError.
class It:
    def __iter__(self):
        return self
    def __next__(self):
        return "tick"

class A:
    def __await__(self):
        return It()

async def main():
    try:
        await A()
    except AttributeError as e:
        print("AttributeError:", e)
        return "handled"

c = main()
print(c.send(None))
print(c.send(None))
try:
    c.send("value")
except StopIteration as e:
    print("value:", e.value)
