# Recursive generators with yield from.
def walk(tree, depth=0):
    if isinstance(tree, list):
        for sub in tree:
            yield from walk(sub, depth + 1)
    else:
        yield (tree, depth)


print(list(walk([1, [2, [3, 4]], [[5]]])))


def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield items[i:i + 1] + p


print(list(permutations("abc")))


def count_down(n):
    if n > 0:
        yield n
        yield from count_down(n - 1)


print(sum(count_down(200)))
