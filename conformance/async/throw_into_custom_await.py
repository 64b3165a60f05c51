# throw() through await is delegated to the iterator's throw method when it has one.
def gen_await():
    try:
        yield "inside generator"
    except ValueError as e:
        print("generator got:", e)
        return "handled by generator"

class Awaitable:
    def __await__(self):
        return gen_await()

async def main():
    r = await Awaitable()
    print("await result:", r)
    return r

c = main()
print("yield:", c.send(None))
try:
    c.throw(ValueError("thrown"))
except StopIteration as e:
    print("value:", e.value)
