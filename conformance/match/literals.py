# Literal patterns: numbers (negative, float, complex), strings, bytes and
# the singletons None/True/False, which compare by identity.
def lit(x):
    match x:
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 2.5:
            return "two and a half"
        case -1.5:
            return "minus one and a half"
        case 1 + 2j:
            return "complex 1+2j"
        case -1 - 2j:
            return "complex -1-2j"
        case 3j:
            return "imaginary"
        case "spam" "eggs":
            return "concatenated"
        case "":
            return "empty str"
        case b"raw":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 1:
            return "one"
    return "no match"

for v in [0, 0.0, -1, -1.0, 2.5, -1.5, 1 + 2j, -1 - 2j, 3j, "spameggs", "", b"raw",
          "raw", None, True, False, 1, 1.0, 2, [], ()]:
    print(repr(v), "->", lit(v))

# 1 == True, so `case 1` matches True when `case True` is not first.
match True:
    case 1:
        print("True matched 1")
# but `case True` does not match 1.
match 1:
    case True:
        print("wrong")
    case _:
        print("1 is not True")
match 0:
    case False:
        print("wrong")
    case 0:
        print("0 is not False")
