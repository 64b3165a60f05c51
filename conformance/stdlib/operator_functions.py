# operator: the function forms of the operators.
import operator as op

print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3))
print(op.neg(5), op.pos(-5), op.abs(-3), op.pow(2, 10), op.inv(5), op.invert(0))
print(op.not_(0), op.not_([1]), op.truth(0), op.truth('x'))
print(op.eq(1, 1), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt(1, 2), op.ge(3, 2))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.rshift(32, 2))
print(op.is_(None, None), op.is_not(1, None))
print(op.concat([1], [2]), op.concat('a', 'b'), op.contains([1, 2], 2), op.contains('abc', 'z'))
print(op.countOf([1, 2, 1, 1], 1), op.indexOf('abc', 'c'))
print(op.index(7), op.length_hint([1, 2, 3]), op.length_hint(object(), 5))

lst = [1, 2, 3]
op.setitem(lst, 0, 'x')
op.delitem(lst, 1)
print(lst, op.getitem(lst, 1), op.getitem('hello', slice(1, 3)))

a = [1]
print(op.iadd(a, [2]), a)
print(op.imul(2, 3), op.isub(5, 1), op.ior(1, 2), op.iconcat([1], [3]))
print(op.__add__(1, 1), op.__not__(1), op.__getitem__([4], 0))
print(op.call(max, 1, 5, 3))

for bad in [lambda: op.concat(1, 2), lambda: op.index(1.5), lambda: op.indexOf([1], 2),
            lambda: op.add(1, 'a'), lambda: op.getitem([], 1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ':', e)

from functools import reduce
print(reduce(op.add, range(10)))
print(sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=op.itemgetter(1)))
