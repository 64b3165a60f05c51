# heapq: push/pop/heapify/replace/pushpop, ties in CPython's order.
import heapq

h = []
for x in [5, 1, 4, 2, 3, 0, 4]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])

data = [9, 7, 5, 3, 1, 8, 6, 4, 2, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 11), data)


class Job:
    def __init__(self, pri, name):
        self.pri = pri
        self.name = name

    def __lt__(self, other):
        return self.pri < other.pri


jobs = []
for i, pri in enumerate([2, 1, 2, 1, 2, 1]):
    heapq.heappush(jobs, Job(pri, 'job%d' % i))
print([heapq.heappop(jobs).name for _ in range(6)])

pairs = [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]
heapq.heapify(pairs)
print([heapq.heappop(pairs) for _ in range(4)])

for bad in [lambda: heapq.heappop([]), lambda: heapq.heappush((), 1),
            lambda: heapq.heapify({}), lambda: heapq.heapreplace([], 1),
            lambda: heapq.heappush([1], 'a')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ':', e)
