# Mutual recursion.
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


print(is_even(10), is_odd(7), is_even(7), is_odd(400))


def ping(n, log):
    if n:
        log.append("ping")
        pong(n - 1, log)


def pong(n, log):
    if n:
        log.append("pong")
        ping(n - 1, log)


log = []
ping(5, log)
print(log)
