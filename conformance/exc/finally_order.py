# Order of try/except/else/finally with return, break and continue.
def f(mode):
    try:
        print(" try", mode)
        if mode == "raise":
            raise ValueError(mode)
        if mode == "return":
            return "returned from try"
    except ValueError:
        print(" except")
        return "returned from except"
    else:
        print(" else")
    finally:
        print(" finally")
    return "fell through"


for m in ["normal", "raise", "return"]:
    print(m, "->", f(m))


def loop():
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print(" body", i)
        finally:
            print(" finally", i)
    return "loop done"


print(loop())


def override():
    try:
        return "try"
    finally:
        return "finally"


print(override())
