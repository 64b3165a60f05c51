# Doubled braces produce literal braces, inside and around fields.
x = 5
print(f"{{}}")
print(f"{{x}}")
print(f"{{{x}}}")
print(f"{{ {x} }}")
print(f"set: {{{x}, {x + 1}}}")
print(f"{'{'}{x}{'}'}")
