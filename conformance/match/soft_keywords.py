# match, case and _ remain ordinary names.
match = 1
case = 2
print(match, case)
match += 10
print(match)

def match(*args):
    return ("match called", args)
print(match(1, 2))
print(match (3))
print(match[0] if isinstance(match, list) else "not a list")

match = [10, 20, 30]
print(match[1])
print(match [2])
match[0] = 99
print(match)

class C:
    match = "attr"
    case = "attr2"
print(C.match, C.case)
c = C()
c.match = 5
print(c.match)

def case(match):
    return match * 2
print(case(4))

_ = "underscore"
print(_)

match, case = 1, 2
print(match, case)

# and a real match statement on a subject named match
match match:
    case 1:
        print("matched on the name match")

match = {"case": 3}
match match:
    case {"case": case}:
        print("case is", case)

def _(x):
    return x
print(_(1))
