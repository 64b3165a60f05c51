# type(name, bases, ns) takes __module__ from the calling module.
T = type("T", (), {})
print(T.__module__, T)
