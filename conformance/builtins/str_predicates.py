# The is* predicates.
samples = ["", "abc", "ABC", "Abc", "aBc", "Hello World", "Hello world", "123", "½", "²", "٣", "一二", "abc123",
           "a b", " \t\n", "\x1c", "\xa0", "_x1", "1x", "class", "é", "ǅ", "\x00", "a\u200b", "ab\n", "Ⅻ", "ΣΑ", "ß"]
names = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric",
         "isprintable", "isspace", "istitle", "isupper"]
for s in samples:
    print(repr(s), "".join("1" if getattr(s, n)() else "0" for n in names))
