# When displays hash their items: after evaluating all of them, except in
# big displays and around ** and * items.
class H:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        print('hash', self.n)
        return self.n
    def __eq__(self, other):
        return self is other
    def __repr__(self):
        return 'H%d' % self.n
def v(n):
    print('val', n)
    return n
d = {H(1): v(1), H(2): v(2)}
print(len(d))
s = {H(3), v(0), H(4)}
print(len(s))
d = {H(5): v(5), **{H(6): 6}, H(7): v(7)}
print(len(d))
s = {H(8), *[H(9)], H(10)}
print(len(s))
try:
    {H(11): v(11), []: v(12), H(13): v(13)}
except TypeError as e:
    print(e)
try:
    {H(14), [], v(15)}
except TypeError as e:
    print(e)
big = {v(0), v(1), v(2), v(3), v(4), v(5), v(6), v(7), v(8), v(9), v(10), v(11), v(12),
       v(13), v(14), v(15), v(16), v(17), v(18), v(19), v(20), v(21), v(22), v(23), v(24),
       v(25), v(26), v(27), v(28), v(29), H(30), v(31), H(32)}
print(len(big))
