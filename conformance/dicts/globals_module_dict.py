# module.__dict__ is the module's namespace, in insertion order.
import globals_mod

names = [n for n in globals_mod.__dict__ if not n.startswith("__")]
print(names)
print(globals_mod.__dict__ is vars(globals_mod))
