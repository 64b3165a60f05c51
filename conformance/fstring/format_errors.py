# Bad format specs raise ValueError or TypeError at run time.
cases = [
    lambda: f"{'s':d}",
    lambda: f"{3:s}",
    lambda: f"{1.5:x}",
    lambda: f"{[1]:>5}",
    lambda: f"{None:5}",
]
for c in cases:
    try:
        print(c())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
