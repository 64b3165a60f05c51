# Uncaught exception in a function defined inside another function.
def outer(items):
    def pick(i):
        return items[i]

    total = 0
    for i in range(4):
        total += pick(i)
    return total


print("start")
print(outer([1, 2, 3]))
