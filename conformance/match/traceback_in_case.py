# An uncaught error inside a class pattern reports the pattern's line.
class P:
    __match_args__ = ["x"]

def check(v):
    match v:
        case 1:
            return "one"
        case P(
            0
        ):
            return "zero"

print(check(1))
print(check(P()))
