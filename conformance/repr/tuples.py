# repr and str of tuples.
print((), (1,), (1, 2), ((1,),), ((), ()), (None, True, False), ("a",), (1.0, -0.0), ([],), ((1, (2, (3,))),))
print(repr((1,)), str((1,)), repr(("x", "y")), str(("x", 'y"')))
t = (1, [2, (3,)], {4: (5,)})
print(t, repr(t))
