# bytearray % args formats as bytes do and gives a bytearray.
print(bytearray(b'%d-%s-%r') % (1, b'x', 'y'), bytearray(b'%x') % 255, bytearray(b'%c%c') % (65, b'B'))
print(type(bytearray(b'%d') % 1).__name__, b'%s' % bytearray(b'ab'), bytearray(b'%(k)s') % {b'k': b'v'})
try:
    bytearray(b'%d') % 'x'
except TypeError as e:
    print("TypeError:", e)
