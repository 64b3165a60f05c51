'doc'
x = b'bytes'
y = 1.5j
