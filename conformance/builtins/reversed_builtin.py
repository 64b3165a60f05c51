# reversed() over builtin sequences, __reversed__ and the sequence protocol.
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(b"ab")))
print(type(reversed([])).__name__, type(reversed(())).__name__, type(reversed("x")).__name__, reversed)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
class NotRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
l = [1, 2, 3]
r = reversed(l)
l.pop()
print(list(r))
print(list(reversed({"a": 1, "b": 2})))
for f in [lambda: reversed(1), lambda: reversed(NotRev()), lambda: reversed({1, 2}), lambda: reversed(), lambda: reversed([], []),
          lambda: reversed(iter([1]))]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
