# Fields at the start, the end, back to back, and alone.
a = "A"
b = "B"
print(f"{a}")
print(f"{a}-")
print(f"-{a}")
print(f"{a}{b}")
print(f"{a}{{}}{b}")
print(f"x{a}y{b}z")
print(len(f"{a}{b}{a}"))
