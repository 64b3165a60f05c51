# An uncaught error in a guard reports the guard's line.
def guard(v):
    match v:
        case [x] if (
            x / 0
        ):
            pass
print("start")
guard([1])
