# Builtin methods reached through the class, super() or the instance:
# unbound calls with a subclass instance, wrong receivers and arguments
# give CPython's errors, and dict.__getitem__ asks __missing__.
class L(list): pass
class S(str): pass
class D(dict):
    def __missing__(self, k): return "m"
l = L()
for e in ["list.__init__(3)", "int.__new__(3)", "L.append(1)", "tuple.__new__(list)",
          "str.upper(S('a'))", "list.append(l, 1) or l", "dict.__getitem__(D(), 'x')", "l.__len__(1)", "S('a').__format__(5)",
          "L.__hash__", "list.__new__(L, 1, 2)", "int.__new__(S)", "super(L, l).__init__(1, 2)", "D().__getitem__('q')",
          "super(D, D()).__getitem__('q')", "L.__init__(l, 'ab') or l", "S.__new__(S, 5)", "type.__new__(type, 'X')"]:
    try:
        print(e, "->", repr(eval(e)))
    except Exception as x:
        print(e, "->", type(x).__name__, x)
