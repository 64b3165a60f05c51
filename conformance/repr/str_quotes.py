# repr of str: the quote choice and the escapes.
for s in ["", "a", "'", '"', "'\"", "it's", 'say "hi"', "both ' and \"", "\\", "a\\b", "\n\t\r", "\x00\x07\x1b\x7f",
          "tab\there", "\x0b\x0c", "back\\slash'"]:
    print(repr(s))
print(["'", '"'], ("\n",), {"k'": 'v"'})
print(str("'"), str("\n").count("\n"))
