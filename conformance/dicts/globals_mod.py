# A module imported by globals_import.py; its namespace keeps definition order.
zz_last = "z"
aa_first = "a"


def helper():
    return "h"


class Thing:
    pass


mm_mid = "m"
del aa_first
aa_first = "a2"
_private = 1

if __name__ == "__main__":
    print([k for k in globals() if not k.startswith("__")])
