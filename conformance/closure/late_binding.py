# Closures created in a loop all see the loop variable's final value.
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print("late:", [f() for f in funcs])

funcs = []
for i in range(3):
    funcs.append(lambda i=i: i)
print("default arg:", [f() for f in funcs])


def make_all():
    out = []
    for j in range(3):
        def f():
            return j * 10
        out.append(f)
    return out


print("in function:", [f() for f in make_all()])


def make_bound(k):
    return lambda: k


print("factory:", [make_bound(k)() for k in range(3)])
