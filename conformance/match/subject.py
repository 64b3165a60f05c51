# The subject is evaluated once; tuples and starred subjects.
calls = 0
def subj():
    global calls
    calls += 1
    return [1, 2]
match subj():
    case [9]:
        pass
    case [8, _]:
        pass
    case [1, x]:
        print("x", x)
print("calls", calls)

a, b = 1, 2
match a, b:
    case (1, 2):
        print("tuple subject")
rest = [3, 4]
match 1, *rest:
    case [1, 3, 4]:
        print("starred subject")
match a,:
    case (1,):
        print("one-element tuple subject")

# Subject errors propagate before any case.
try:
    match 1 / 0:
        case _:
            print("wrong")
except ZeroDivisionError:
    print("subject raised")

# No case matches: nothing happens, names stay as they were.
y = "kept"
match 5:
    case 6:
        y = "changed"
print(y)
