# Duplicate keys among value patterns are found at run time.
class K:
    A = "a"
    B = "a"
    ONE = 1
    TRUE = True
try:
    match {"a": 1}:
        case {K.A: 1, K.B: 1}:
            print("wrong")
except ValueError as e:
    print("ValueError:", e)
try:
    match {1: 1}:
        case {K.ONE: _, K.TRUE: _}:
            print("wrong")
except ValueError as e:
    print("ValueError:", e)
# A missing key fails before duplicates are looked at further.
try:
    match {}:
        case {K.A: 1, K.B: 1}:
            print("wrong")
        case _:
            print("too short, no check")
except ValueError as e:
    print("ValueError:", e)
