# Uncaught exception at module level after some output.
print("before")
x = {"a": 1}
print(x["a"])
print(x["missing"])
print("never")
