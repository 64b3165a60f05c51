# deque is a sequence (a user class named deque is not), exceptions and
# object in class patterns.
import collections
match collections.deque([1]):
    case [x]:
        print("deque", x)
class deque:
    pass
match deque():
    case [*_]:
        print("wrong")
    case _:
        print("user deque is no sequence")
try:
    raise ValueError("boom", 2)
except Exception as e:
    match e:
        case KeyError():
            print("wrong")
        case ValueError(args=(msg, n)):
            print("ValueError", msg, n)
match object():
    case object():
        print("object")
try:
    match 1:
        case object(1):
            pass
except TypeError as e:
    print(e)
