# bytearray's errors, with CPython's types and messages.
cases = [
    lambda: bytearray('abc'), lambda: bytearray(-1), lambda: bytearray(1.5), lambda: bytearray(['a']),
    lambda: bytearray([256]), lambda: bytearray([-1]), lambda: bytearray(5, 'utf-8'), lambda: bytearray(None),
    lambda: bytearray(object()), lambda: bytearray(encoding='utf-8'), lambda: bytearray('é', 'ascii'),
    lambda: bytearray(b'a')[5], lambda: bytearray(b'a')[-2], lambda: bytearray(b'a')['x'], lambda: bytearray(b'a')[1.0],
    lambda: bytearray().pop(), lambda: bytearray(b'a').pop(3), lambda: bytearray(b'a').remove(9), lambda: bytearray(b'a').remove(300),
    lambda: bytearray(b'a') + 'x', lambda: bytearray(b'a') + 1, lambda: 'x' + bytearray(b'a'), lambda: bytearray(b'a') * 'x', lambda: bytearray(b'a') * 1.5,
    lambda: bytearray(b'a').extend('ab'), lambda: bytearray(b'a').extend(5), lambda: bytearray(b'a').extend([1, 'x']),
    lambda: bytearray(b'a').append(), lambda: bytearray(b'a').append(256), lambda: bytearray(b'a').append('a'),
    lambda: bytearray(b'a').insert(0), lambda: bytearray(b'a').insert(0, -1),
    lambda: {bytearray(): 1}, lambda: hash(bytearray(b'x')), lambda: {bytearray()},
    lambda: bytearray(b'a') < 'a', lambda: bytearray(b'a') < 1, lambda: 'a' in bytearray(b'a'), lambda: 256 in bytearray(b'a'),
    lambda: bytearray(b'ab').index(b'z'), lambda: bytearray(b'ab').rindex(120), lambda: bytearray(b'ab').find('a'),
    lambda: bytearray(b'a').decode('nope'), lambda: bytearray(b'\xff').decode(), lambda: bytearray.fromhex('zz'), lambda: bytearray.fromhex(b'00'),
    lambda: bytearray(b'a').split(b''), lambda: bytearray(b'a').join([1]), lambda: bytearray(b'a').startswith('a'),
]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
a = bytearray(b'abc')
for key, value in [(0, 300), (0, 'x'), (0, b'x'), (5, 1), (slice(None, None, 2), b'x'), (slice(0, 1), 5), (slice(0, 1), 'xy'), (slice(0, 1), [1, 300]), (slice(0, 1), None), ('k', 1)]:
    try:
        a[key] = value
        print(a)
    except Exception as e:
        print(type(e).__name__ + ":", e)
for key in [5, -4, 'x']:
    try:
        del a[key]
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(a)
