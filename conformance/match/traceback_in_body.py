# An uncaught error in a case body reports the body's line.
def body(v):
    match v:
        case [x]:
            y = 1
            return x / 0
print("start")
body([2])
