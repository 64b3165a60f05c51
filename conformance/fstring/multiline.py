# Triple-quoted f-strings span lines; expressions may too.
name = "gpyasync"
version = 3
text = f"""Project: {name}
Version: {version}
Sum: {
    version
    + 1
}"""
print(text)
print(f'''a
{name!r}
b''')
