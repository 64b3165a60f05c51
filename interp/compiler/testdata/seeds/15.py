del a, b[c], d.e
