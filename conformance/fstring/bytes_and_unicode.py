# Non-ASCII text and escapes in the literal parts of f-strings.
name = "\u00e9t\u00e9"
print(f"\u00bb {name} \u00ab")
print(f"tab\there {len(name)}")
print(f"\N{GREEK SMALL LETTER ALPHA} = {1}")
print(f"\x41{name!a}")
print(f"{chr(9786)!a} {chr(233)!r}")
