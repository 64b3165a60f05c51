# float methods and attributes.
for x in [0.0, -0.0, 1.5, 2.0, 0.1, -3.25, 1e300, 5e-324, float("inf"), float("-inf")]:
    print(repr(x), x.is_integer(), x.hex(), x.conjugate(), x.real, x.imag)
for x in [0.5, 0.1, -2.0, 3.0, 1e-10]:
    print(x.as_integer_ratio())
for s in ["0x1.8p1", "-0x1p-1074", "inf", "-Infinity", "nan", " 0x1.0 ", "1.8", "0X.8p0", "0x10", "0x1p+10", "ff"]:
    print(repr(s), float.fromhex(s))
print(float.fromhex("0x1.fffffffffffffp+1023") == 1.7976931348623157e308, float.fromhex((0.1).hex()) == 0.1)
for f in [lambda: float("inf").as_integer_ratio(), lambda: float("nan").as_integer_ratio(), lambda: float.fromhex("x"),
          lambda: float.fromhex("0x1p99999"), lambda: float.fromhex(1), lambda: (1.5).hex(1)]:
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
