# A nested function that calls itself through its enclosing scope.
def make_fact():
    def fact(n):
        if n <= 1:
            return 1
        return n * fact(n - 1)
    return fact


print(make_fact()(10))


def walker(tree):
    out = []

    def walk(node, depth):
        if isinstance(node, list):
            for child in node:
                walk(child, depth + 1)
        else:
            out.append("%s@%d" % (node, depth))
    walk(tree, 0)
    return out


print(walker(["a", ["b", ["c"]], "d"]))
