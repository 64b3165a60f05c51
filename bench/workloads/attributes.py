# Reading and writing attributes of an instance.


class Point:
    def __init__(self):
        self.x = 0


def run(n):
    p = Point()
    i = 0
    while i < n:
        p.x = p.x + 1
        i += 1
