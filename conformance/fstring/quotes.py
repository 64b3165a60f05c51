# Quotes inside f-string expressions must differ from the enclosing ones.
d = {"key": "value", 'k2': 'v2'}
print(f"{d['key']}")
print(f'{d["k2"]}')
print(f"""{d["key"]} and {d['k2']}""")
print(f'''{"'"}''')
print(f"it's {'fine'}")
print(f'say "{d["key"]}"')
