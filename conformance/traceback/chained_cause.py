# Uncaught exception raised "from" another: the cause is printed first.
def load(key):
    table = {"a": 1}
    try:
        return table[key]
    except KeyError as e:
        raise RuntimeError("cannot load " + key) from e


print(load("a"))
load("b")
