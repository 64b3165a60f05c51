# __await__ returning iter(list): each element is yielded, the await result is None.
class Steps:
    def __await__(self):
        return iter([1, 2, 3])

async def main():
    r = await Steps()
    print("result of await:", r)
    return "end"

c = main()
out = []
try:
    while True:
        out.append(c.send(None))
except StopIteration as e:
    print("yielded:", out)
    print("value:", e.value)
