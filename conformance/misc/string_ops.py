# String operators, slicing and %-formatting.
s = "conformance"
print(s[0], s[-1], s[2:5], s[::-1], s[::3], s[100:])
print(s + "!", s * 2, len(s), "form" in s)
print("%s|%r|%d|%5.2f|%-6s|%06d|%x|%o|%e" % ("a", "a", 42, 3.14159, "ab", 42, 255, 8, 12345.678))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 7})
print("100%% sure, %s" % "yes")
print(repr("quote's"), repr('dq"'), repr("both'\""), repr("tab\tnl\n"))
print(s.replace("o", "0"), s.split("n"), " pad ".strip() + "|")
print(s.startswith("con"), s.endswith("x"), s.find("form"), s.find("zz"))
print(str(3.0), str(1e16), str(1.5e-7), repr(0.1), str(-0.0))
