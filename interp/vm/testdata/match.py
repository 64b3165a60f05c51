# The match opcodes: MATCH_SEQUENCE, MATCH_MAPPING, GET_LEN, MATCH_KEYS,
# COPY_DICT_WITHOUT_KEYS, MATCH_CLASS and the capture slots.
def kinds(x):
    match x:
        case [*items]:
            return "sequence " + str(len(items))
        case {**items}:
            return "mapping " + str(len(items))
        case _:
            return "neither"

for v in [[1], (1, 2), range(3), "abc", b"ab", {"a": 1}, {1, 2}, 5]:
    print(kinds(v))

class G(dict):
    def get(self, key, default=None):
        print("get", key)
        return dict.get(self, key, default)

match G(a=1, b=2, c=3):
    case {"c": 3, "a": x, **rest}:
        print("x", x, "rest", rest)

class P:
    __match_args__ = ("a", "b")
    def __init__(self):
        self.a, self.b, self.c = 1, 2, 3

match P():
    case P(1, b, c=c):
        print("P", b, c)

def attempt(n):
    try:
        match P():
            case P(1, 2, 3) if n == 0:
                pass
            case P(1, a=1) if n == 1:
                pass
            case len() if n == 2:
                pass
    except TypeError as e:
        print("TypeError:", e)

for n in range(3):
    attempt(n)

# Slots hold captures until the whole pattern matched.
match [1, [2, 3], {"k": 4}]:
    case [a, [b, c], {"k": d}] if a + b + c + d == 10:
        print("sum ok", a, b, c, d)
