# f-strings nest inside the expressions of other f-strings.
x = 4
inner = "in"
print(f"{f'{x}'}")
print(f"outer {f'{inner} {x * 2}'} end")
print(f"""{f'''{f"{f'{x}'}"}'''}""")
print(f"{f'{x:>3}':*<6}")
