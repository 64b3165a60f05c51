# operator.itemgetter, attrgetter and methodcaller: calls and reprs.
from operator import itemgetter, attrgetter, methodcaller


class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def greet(self, greeting, punct='!'):
        return '%s, %s%s' % (greeting, self.name, punct)


g = itemgetter(1)
print(g([10, 20, 30]), g('abc'), itemgetter(0, 2)('xyz'), itemgetter('k')({'k': 5}))
print(repr(g), repr(itemgetter(0, 'a')))
print(sorted([('b', 2), ('a', 3), ('c', 1)], key=itemgetter(1)))

p = P('ann', P('bob'))
print(attrgetter('name')(p), attrgetter('child.name')(p), attrgetter('name', 'child.name')(p))
print(repr(attrgetter('name')), repr(attrgetter('a', 'b.c')))

m = methodcaller('greet', 'hi')
print(m(p), methodcaller('greet', 'yo', punct='?')(p))
print(repr(m), repr(methodcaller('greet', 'yo', punct='?')), repr(methodcaller('upper')))
print(list(map(methodcaller('upper'), ['a', 'b'])))

for bad in [lambda: attrgetter(1), lambda: methodcaller(), lambda: itemgetter(5)([1]),
            lambda: attrgetter('missing')(p), lambda: methodcaller(3)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ':', e)
