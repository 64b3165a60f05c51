# The "as" name is deleted at the end of the except block.
try:
    raise ValueError("v")
except ValueError as err:
    print("inside:", err)
try:
    print(err)
except NameError as e:
    print("NameError:", e)

e2 = "kept"
try:
    raise KeyError("k")
except KeyError as e2:
    pass
try:
    e2
except NameError:
    print("e2 deleted too")


def f():
    try:
        1 / 0
    except ZeroDivisionError as z:
        pass
    try:
        return z
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


print(f())
