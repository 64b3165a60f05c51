# Recursion 900 deep stays within the default limit of 1000.
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


print(depth(900))


def build(n):
    if n == 0:
        return []
    rest = build(n - 1)
    rest.append(n)
    return rest


print(sum(build(900)))
