# A tight loop on integers.


def run(n):
    i = 0
    total = 0
    while i < n:
        total += i
        i += 1
    return total
