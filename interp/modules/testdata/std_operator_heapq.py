# operator and heapq.
import heapq
import operator

assert operator.add(2, 3) == 5 and operator.not_(0) is True and operator.getitem('ab', 1) == 'b'
assert repr(operator.itemgetter(1, 'a')) == "operator.itemgetter(1, 'a')"
assert repr(operator.attrgetter('x.y')) == "operator.attrgetter('x.y')"
assert repr(operator.methodcaller('m', 1, k=2)) == "operator.methodcaller('m', 1, k=2)"
assert operator.methodcaller('upper')('a') == 'A'

h = []
for x in [5, 1, 4, 2, 3]:
    heapq.heappush(h, x)
assert h == [1, 2, 4, 5, 3], h
assert [heapq.heappop(h) for _ in range(5)] == [1, 2, 3, 4, 5]
d = [9, 7, 5, 3, 1]
heapq.heapify(d)
assert d == [1, 3, 5, 9, 7], d
assert heapq.heapreplace(d, 10) == 1 and d == [3, 7, 5, 9, 10], d
assert heapq.nlargest(2, [1, 5, 3]) == [5, 3] and heapq.nsmallest(2, [4, 1, 3]) == [1, 3]
assert list(heapq.merge([1, 3], [2])) == [1, 2, 3]
try:
    heapq.heappop([])
except IndexError as e:
    assert str(e) == 'index out of range'
else:
    raise AssertionError('no error')
try:
    heapq.heappush((), 1)
except TypeError as e:
    assert str(e) == 'heappush() argument 1 must be list, not tuple', str(e)
else:
    raise AssertionError('no error')
print('ok')
