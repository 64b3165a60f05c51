# Slicing lists, tuples, strings and ranges, plus slice assignment.
lst = list(range(10))
print(lst[2:8:2], lst[::-2], lst[-3:], lst[:-7], lst[8:2:-3])
print((1, 2, 3)[1:], "hello"[1:-1], list(range(20)[5:10]))
lst[2:5] = ["a", "b"]
print(lst)
lst[:2] = []
print(lst)
del lst[::2]
print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
