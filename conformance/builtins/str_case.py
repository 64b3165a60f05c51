# str case mapping, including Unicode full mappings and final sigma.
for s in ["hello World", "ǅungla", "straße", "ﬁne", "İstanbul", "ΟΔΟΣ ΟΔΟΣ.", "σς", "123abc", "", "they're bill's friends", "aBc DeF", "ÀÉÎ õü"]:
    print(repr(s), [s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold()])
print("ß".upper(), "ß".title(), "ß".casefold() == "SS".casefold())
print(str.upper("abc"), str.lower("ABC"))
for f in [lambda: str.upper(1), lambda: str.upper(), lambda: "a".upper(1), lambda: "a".lower(x=1)]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
