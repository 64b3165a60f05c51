# Iteration through gpython's builtins with CPython 3.11 semantics.
# Runs on python3 and, after pylib.Install, on gpython's own evaluator; the
# lines collected in `results` must match iteration.golden, which is the
# output of `python3 iteration.py`.
#
# The script sticks to what gpython can already run: no str.format, no
# one-element tuples in output, no printing of sets or dicts.

results = []


def record(name, value):
    results.append(name + ": " + repr(value))


def record_exc(name, fn):
    # gpython cannot read type(e).__name__, so name the classes here.
    try:
        value = fn()
    except TypeError as e:
        results.append(name + ": TypeError " + repr(e.args[0]))
        return
    except ValueError as e:
        results.append(name + ": ValueError " + repr(e.args[0]))
        return
    record(name, value)


class It:
    """Counts 1..n, then raises a StopIteration instance."""

    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        self.i = self.i + 1
        if self.i > self.n:
            raise StopIteration
        return self.i


class ValueStop:
    """Ends with StopIteration carrying a value."""

    def __init__(self):
        self.done = False

    def __iter__(self):
        return self

    def __next__(self):
        if self.done:
            raise StopIteration("finished")
        self.done = True
        return "only"


class Words:
    def __init__(self, words):
        self.words = words
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= len(self.words):
            raise StopIteration()
        self.i = self.i + 1
        return self.words[self.i - 1]


class Pairs:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i = self.i + 1
        if self.i == 1:
            return ["a", 1]
        if self.i == 2:
            return ("b", 2)
        raise StopIteration


class Broken:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i = self.i + 1
        if self.i > 2:
            raise ValueError("broken at 3")
        return self.i


class BadIter:
    def __iter__(self):
        return 1


class Mapping:
    def keys(self):
        return Words(["k1", "k2"])

    def __getitem__(self, key):
        return key + "!"


class Counter:
    def __init__(self):
        self.n = 0

    def step(self):
        self.n = self.n + 1
        return self.n


record("list", list(It(3)))
record("tuple", tuple(It(3)))
record("set", sorted(set(It(3))))
record("frozenset", sorted(frozenset(It(3))))
record("sorted", sorted(It(3)))
record("sorted reverse", sorted(It(3), reverse=True))
record("bytes", bytes(It(3)))
d = dict(Pairs())
record("dict", [d["a"], d["b"]])
l = [0]
l.extend(It(2))
record("extend", l)
l.extend(l)
record("extend self", l)
record("join", "-".join(Words(["x", "y", "z"])))
record("join str", ",".join("abc"))
record("join empty", ",".join(It(0)))
record("min", min(It(3)))
record("max", max(It(3)))
record("sum", sum(It(4)))
record("any", any(It(2)))
record("all", all(It(2)))
record("enumerate", list(enumerate(It(2))))
record("zip", list(zip(It(2), Words(["a", "b", "c"]))))
record("map", list(map(lambda x: x * 10, It(3))))
record("filter", list(filter(lambda x: x != 2, It(3))))
record("list of list", list(list(It(2))))
record("bytes source", bytes(source=It(2)))
record("join through type", str.join("+", Words(["p", "q"])))
record("dict of dict", dict(dict(Pairs()))["b"])
dm = dict(Mapping())
record("dict of mapping", [dm["k1"], dm["k2"]])
e = StopIteration(1)
e.value = 2
record("value set", [e.value, e.args[0]])

it = It(1)
record("next", next(it))
record("next default", next(it, "default"))
try:
    next(ValueStop())
    next(it)
except StopIteration as e:
    record("next raises", e.args)

vs = ValueStop()
next(vs)
try:
    next(vs)
except StopIteration as e:
    record("stop value", e.value)

record("StopIteration(5).value", StopIteration(5).value)
record("StopIteration().value", StopIteration().value)
record("StopIteration(1, 2).value", StopIteration(1, 2).value)
try:
    raise StopIteration(7)
except StopIteration as e:
    record("raised value", e.value)

c = Counter()
record("iter sentinel", list(iter(c.step, 4)))
record("iter sentinel exhausted", next(iter(c.step, 5), "end"))

record_exc("list int", lambda: list(5))
record_exc("list kwargs", lambda: list(x=1))
record_exc("tuple two args", lambda: tuple(1, 2))
record_exc("set two args", lambda: set(1, 2))
record_exc("frozenset two args", lambda: frozenset(1, 2))
record_exc("broken list", lambda: list(Broken()))
record_exc("broken sorted", lambda: sorted(Broken()))
record_exc("broken tuple", lambda: tuple(Broken()))
record_exc("broken extend", lambda: [].extend(Broken()))
record_exc("extend int", lambda: [].extend(5))
record_exc("extend no args", lambda: [].extend())
record_exc("sorted no args", lambda: sorted())
record_exc("iter non-iterator", lambda: iter(BadIter()))
record_exc("list non-iterator", lambda: list(BadIter()))
record_exc("iter not callable", lambda: iter(1, 2))
record_exc("iter no args", lambda: iter())
record_exc("iter three args", lambda: iter(1, 2, 3))
record_exc("next int", lambda: next(5))
record_exc("next no args", lambda: next())
record_exc("join int", lambda: ",".join(5))
record_exc("join non-str", lambda: ",".join(It(2)))
record_exc("dict triple", lambda: dict([(1, 2, 3)]))
record_exc("dict non-sequence", lambda: dict([5]))
record_exc("dict two args", lambda: dict([], []))
record_exc("set unhashable", lambda: set(Words([[1]])))
record_exc("bytes out of range", lambda: bytes(map(lambda x: x * 200, It(2))))

if __name__ == "__main__":
    for line in results:
        print(line)
