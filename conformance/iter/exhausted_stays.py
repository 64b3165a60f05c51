# An exhausted iterator stays exhausted: later loops see nothing.
it = iter([1, 2, 3])
print("first:", list(it))
print("second:", list(it))
for x in it:
    print("never", x)
print("next default:", next(it, "empty"))

s = iter("ab")
print(next(s), next(s))
print("str iterator exhausted:", list(s))

t = iter((7, 8))
print("tuple first pass sum:", sum(t))
print("tuple second pass sum:", sum(t))

r = iter(range(2))
print("range:", list(r), list(r))
