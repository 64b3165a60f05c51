# Unbound builtin methods are method descriptors; bound ones builtin methods.
print(repr(str.upper), repr(list.append), repr(dict.get))
print(type(str.upper).__name__, type([].append).__name__, type('a'.upper).__name__, type(list.append).__name__)
print(repr(iter(range(3))).split(' at ')[0])
