# f-strings concatenate with each other and with plain and raw strings.
a = 1
b = 2
s = f"{a}" "-plain-" f"{b}"
print(s)
print("start " f"{a + b}" ' end')
print(f"{a}" rf"\n{b}")
print(rf"raw\t{a}")
print(fr"{b}\d")
