# Patterns nest freely.
class Node:
    __match_args__ = ("op", "args")
    def __init__(self, op, *args):
        self.op = op
        self.args = list(args)

def simplify(n):
    match n:
        case Node("+", [x, Node("num", [0])]) | Node("+", [Node("num", [0]), x]):
            return simplify(x)
        case Node("*", [_, Node("num", [0])]):
            return Node("num", 0)
        case Node("num", [v]):
            return v
        case Node(op, [*args]):
            return (op, [simplify(a) for a in args])
        case Node(op, args):
            return (op, args)

print(simplify(Node("+", Node("num", 1), Node("num", 0))))
print(simplify(Node("+", Node("num", 0), Node("num", 5))))
print(simplify(Node("-", Node("num", 3), Node("num", 4))))
print(simplify(Node("*", Node("num", 3), Node("num", 0))).op)

events = [
    {"kind": "click", "pos": (1, 2), "buttons": ["left"]},
    {"kind": "key", "key": "q", "mods": []},
    {"kind": "key", "key": "c", "mods": ["ctrl"]},
    {"kind": "click", "pos": [3, 4, 5], "buttons": []},
    {"kind": "move"},
]
for e in events:
    match e:
        case {"kind": "click", "pos": (x, y), "buttons": [*bs]}:
            print("click at", x, y, bs)
        case {"kind": "key", "key": "c", "mods": ["ctrl", *_]}:
            print("copy")
        case {"kind": "key", "key": k}:
            print("key", k)
        case {"kind": kind}:
            print("unhandled", kind)
