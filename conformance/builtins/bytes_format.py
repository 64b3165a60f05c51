# printf-style formatting of bytes.
print(b"%d %i %x %X %o" % (42, -7, 255, 255, 8))
print(b"%s and %b" % (b"spam", b"eggs"))
print(b"%r %a" % ("caf\xe9", b"x"))
print(b"%5d|%-5d|%05d|%+d" % (1, 2, 3, 4))
print(b"%.2f %e %g %%" % (3.14159, 12345.678, 0.0001))
print(b"%c%c" % (65, b"B"))
print(b"%(a)s-%(b)d" % {b"a": b"x", b"b": 2})
print(b"no args %%" % ())
for f in [lambda: b"%d" % "a", lambda: b"%s" % "a", lambda: b"%d %d" % (1,), lambda: b"%d" % (1, 2),
          lambda: b"%c" % 256, lambda: b"%c" % b"ab", lambda: b"%z" % 1]:
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
