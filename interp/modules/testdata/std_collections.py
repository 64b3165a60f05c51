# collections: deque, namedtuple, Counter, defaultdict, OrderedDict, abc.
from collections import deque, namedtuple, Counter, defaultdict, OrderedDict
from collections.abc import Iterable, Iterator, Awaitable

d = deque([1, 2, 3], maxlen=3)
d.append(4)
assert repr(d) == 'deque([2, 3, 4], maxlen=3)', repr(d)
d.rotate(1)
assert list(d) == [4, 2, 3] and d.popleft() == 4
try:
    deque().pop()
except IndexError as e:
    assert str(e) == 'pop from an empty deque'
else:
    raise AssertionError('no error')

r = deque()
for i in range(20):
    r.append(i)
    r.appendleft(-i)
    if i % 3 == 0:
        r.popleft()
        r.pop()
assert list(r)[:3] == [-19, -17, -16] and len(r) == 26, (list(r), len(r))
r.rotate(5)
assert r[0] == 13 and r[-1] == 11, (r[0], r[-1])


class Q(deque):
    def peek(self):
        return self[0]


q = Q([1, 2], maxlen=2)
q.append(3)
assert q.peek() == 2 and isinstance(q, deque) and q.maxlen == 2 and list(q) == [2, 3]

P = namedtuple('P', 'x y', defaults=[0])
p = P(1)
assert repr(p) == 'P(x=1, y=0)' and p == (1, 0) and p._replace(y=5).y == 5 and p._asdict() == {'x': 1, 'y': 0}

c = Counter('abracadabra')
assert c.most_common(1) == [('a', 5)] and repr(Counter(a=2)) == "Counter({'a': 2})"
dd = defaultdict(list)
dd['k'].append(1)
assert repr(dd) == "defaultdict(<class 'list'>, {'k': [1]})", repr(dd)
o = OrderedDict(a=1, b=2)
o.move_to_end('a')
assert list(o) == ['b', 'a']


class It:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class Aw:
    def __await__(self):
        yield


assert isinstance([], Iterable) and isinstance(It(), Iterator) and not isinstance([], Iterator)
assert isinstance(Aw(), Awaitable) and not isinstance(1, Iterable)
print('ok')
