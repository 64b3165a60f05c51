# Recursion with an explicit memo dict and closures.
def fib_memo():
    memo = {}

    def fib(n):
        key = str(n)
        if key in memo:
            return memo[key]
        v = n if n < 2 else fib(n - 1) + fib(n - 2)
        memo[key] = v
        return v
    return fib


f = fib_memo()
print(f(90))
print([f(i) for i in range(12)])


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3))
