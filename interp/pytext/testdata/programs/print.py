import sys


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append('<flush>')


s = Sink()
print('a', 1, None, (1,), [0.5], sep='|', end='!\n', file=s, flush=True)
print(file=s)
print(s.parts)
print()
print('x', 'y', sep=None, end=None)
print('no newline', end='')
print(' then newline')
print(*range(3), sep=', ')
print('to stdout', file=None)
print(ValueError(), ValueError('m'), KeyError('k'), TypeError('a', 1), StopIteration(7))
print(repr(ValueError()), repr(KeyError('k')))
print(1e16, 1e15, -0.0, 0.1 + 0.2, 1/3, 2.5e-5, float('inf'))
print('{} {!r} {:>5}|'.format('a', 'b', 'c'))
print(format(1234567.891, ',.2f'), round(2.675, 2), round(2.5), round(-0.5))
print(str(b'bytes'), ascii('é'))
try:
    print(1, sep=2)
except TypeError as e:
    print('TypeError:', e)
