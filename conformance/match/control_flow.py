# break, continue and return inside cases; match in loops, generators and
# coroutines.
def first_even(xs):
    for x in xs:
        match x:
            case int(n) if n % 2 == 0:
                return n
            case str():
                continue
            case None:
                break
    return "none found"

print(first_even([1, "a", 3, 4, 5]))
print(first_even([1, None, 2]))
print(first_even([]))

def gen(items):
    for it in items:
        match it:
            case (k, v):
                yield f"{k}={v}"
            case [*many]:
                yield from (str(m) for m in many)
            case _:
                yield "?"
print(list(gen([("a", 1), [1, 2, 3], 5])))

async def coro(x):
    match x:
        case {"n": n}:
            return n * 2
        case _:
            return None

c = coro({"n": 21})
try:
    c.send(None)
except StopIteration as e:
    print("coroutine returned", e.value)

while True:
    match input_value := 3:
        case 3:
            print("walrus subject", input_value)
            break

count = 0
for i in range(6):
    match i % 3:
        case 0:
            count += 100
        case 1:
            count += 10
        case _:
            count += 1
print(count)

# Nested match statements.
def nested(a, b):
    match a:
        case 0:
            match b:
                case 0:
                    return "both zero"
                case _:
                    return "a zero"
        case _:
            match b:
                case 0:
                    return "b zero"
    return "neither"
print(nested(0, 0), nested(0, 1), nested(1, 0), nested(1, 1))

# try/except inside a case.
match [1, 0]:
    case [a, b]:
        try:
            a / b
        except ZeroDivisionError:
            print("caught in case")
