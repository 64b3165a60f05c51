# AS patterns bind the subject of the pattern they name.
match [1, [2, 3]]:
    case [1, [_, _] as inner] as whole:
        print(inner, whole)

match 4:
    case (1 | 4) as n:
        print("n", n)

match {"k": [1, 2]}:
    case {"k": [*_] as lst}:
        print("lst", lst)

match (5, 6):
    case (int() as a, int() as b):
        print(a + b)

match 3:
    case x as y:
        print(x, y)
