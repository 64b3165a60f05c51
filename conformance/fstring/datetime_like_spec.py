# The spec text after the colon is passed verbatim, including spaces and braces results.
class Echo:
    def __format__(self, spec):
        return "<" + spec + ">"

e = Echo()
n = 5
print(f"{e:%Y-%m-%d}")
print(f"{e: spaced }")
print(f"{e:{n}x{n}}")
print(f"{e:}")
print(f"{e:!r}")
