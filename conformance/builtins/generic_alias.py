# Builtin containers and type are generic (PEP 585): list[int] is a
# types.GenericAlias naming its origin and arguments, callable as the origin.
a = list[int]
print(a, a.__origin__ is list, a.__args__, a([1, 2]))
print(dict[str, list[int]], tuple[int, ...], set[str], frozenset[bytes], type[int])
print(dict[str, int] == dict[str, int], list[int] == list[str], type(a).__name__, type(a).__module__)
print(list['a'])
import types
print(type(a) is types.GenericAlias)
