# *iterables in subscripts (Python 3.11): a[*b] is a[(*b,)].
class C:
    def __getitem__(self, k):
        return k
    def __setitem__(self, k, v):
        print('set', k, v)
    def __delitem__(self, k):
        print('del', k)
b = [1, 2]
c = C()
print(c[*b], c[*b, 5], c[0, *b], c[*[]], c[*b, *'xy'])
print(c[1:2, *b], c[*b, ::3, 4], c[:, *b])
c[*b] = 'v'
c[0, *b] = 'w'
del c[*b]
d = {}
d[*b] = 1
d[*'ab', 0] = 2
print(d, d[1, 2])
try:
    c[*1]
except TypeError as e:
    print(e)
