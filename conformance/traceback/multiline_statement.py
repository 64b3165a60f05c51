# Uncaught exception in a statement spanning several lines.
def compute(a, b, c):
    return a + b + c


values = [1, 2, 3]
result = compute(
    values[0],
    values[1],
    values[2],
)
print(result)
result = compute(values[0],
                 "two",
                 values[2])
print(result)
