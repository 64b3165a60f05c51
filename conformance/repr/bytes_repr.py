# repr of bytes.
for b in [b"", b"abc", b"'", b'"', b"'\"", b"\x00\x01\x7f\x80\xff", b"\n\r\t", b"\\", b"\x0b\x0c", bytes(range(30, 40)), bytes([39, 34])]:
    print(repr(b), str(b), [b])
print(b"a" * 3, (b"x",), repr(b"it's"))
