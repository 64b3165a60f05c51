# Star patterns collect into a list.
def star(x):
    match x:
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"
        case [*rest]:
            return f"rest={rest}"

print(star([1, 2, 3, 4]))
print(star((1, 2)))
print(star([1]))
print(star([]))
print(star(range(5)))
print(star("abc"))

match [1, 2, 3]:
    case [*_, 3]:
        print("ends with 3")
match [1, 2, 3]:
    case [1, *_]:
        print("starts with 1")
match (1, 2, 3):
    case [*head, 3]:
        print("head", head, type(head).__name__)
match [1, 2]:
    case [1, 2, *more]:
        print("more", more)
match [1]:
    case [1, 2, *more]:
        print("wrong")
    case [*a, 1]:
        print("a", a)
