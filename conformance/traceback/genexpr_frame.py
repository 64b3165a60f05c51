# Uncaught exception inside a generator expression consumed by sum().
def ratios(values):
    return sum(100 // v for v in values)


print(ratios([1, 2, 4]))
print(ratios([5, 0, 1]))
