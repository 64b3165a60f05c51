# int methods and attributes.
for n in [0, 1, 10, -10, 255, 2**64, -2**100 + 1]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.real, n.imag, n.numerator, n.denominator)
print(True.bit_length(), True.real, False.numerator)
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), (5).to_bytes(), (0).to_bytes(0, "big"))
print((127).to_bytes(1, "big", signed=True), (-128).to_bytes(1, "big", signed=True), (2**70).to_bytes(10, "big"))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff", "big", signed=True),
      int.from_bytes([1, 2], "little"), int.from_bytes(b""), int.from_bytes(b"\x00\x80", byteorder="big", signed=True), int.from_bytes(bytes(10) + b"\x01"))
for f in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (128).to_bytes(1, "big", signed=True),
          lambda: (1).to_bytes(1, "x"), lambda: (1).to_bytes(-1, "big"), lambda: (1).to_bytes(1, "big", True),
          lambda: int.from_bytes(1), lambda: int.from_bytes("ab", "big"), lambda: (1).bit_length(1), lambda: int.bit_length(1.5)]:
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
