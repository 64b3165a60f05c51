# bytearray: construction, indexing, comparison, concatenation, repr.
a = bytearray(b'hello')
print(a, len(a), a[0], a[-1], a[1:3], a[::-1], type(a), isinstance(a, bytearray), isinstance(a, bytes))
print(bytearray(), bytearray(3), bytearray([1, 2, 255]), bytearray(range(65, 70)), bytearray('hé', 'utf-8'), bytearray('ab', 'ascii', 'strict'))
print(bytearray(b'ab'), bytearray(bytearray(b'cd')), bytearray(iter([120, 121])), bytearray(x for x in b'gen'))
print(a == bytearray(b'hello'), a == b'hello', b'hello' == a, a != b'x', a == 'hello', a == [104])
print(bytearray(b'a') < b'b', b'a' < bytearray(b'b'), bytearray(b'b') >= bytearray(b'b'), bytearray(b'ab') > b'a', sorted([bytearray(b'b'), b'a', bytearray(b'c')]))
print(bytes(a), b'x' + bytearray(b'y'), bytearray(b'y') + b'x', bytearray(b'y') + bytearray(b'z'), type(b'x' + bytearray(b'y')).__name__)
print(bytearray(b'ab') * 3, 2 * bytearray(b'cd'), bytearray(b'ab') * 0, bytearray(b'ab') * -1)
print(104 in a, b'ell' in a, bytearray(b'lo') in a, 0 in a, b'' in a, list(a), [c for c in bytearray(b'\x00\xff')])
print(bool(bytearray()), bool(bytearray(1)), str(bytearray(b'a')), repr(bytearray(b"it's")), bytearray(b'\x00\x7f\x80\xff\n\r\t\\"'))
print(bytearray(b'"'), bytearray(b"'\""), bytearray(b'abc').__len__(), a.__getitem__(1))
it = iter(bytearray(b'xyz'))
print(type(it).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
b = bytearray(b'ab')
it = iter(b)
next(it)
b.append(99)
print(list(it))
import json
print(json.loads(bytearray(b'{"a": [1, 2.5, null]}')), json.loads(b'[true]'))
class B(bytearray):
    def shout(self):
        return self.upper()
s = B(b'ab')
s.append(99)
s += b'd'
print(len(s), type(s).__name__, s.shout(), isinstance(s, bytearray), bytes(s), s[1], s[1:], s == b'abcd', list(s))
