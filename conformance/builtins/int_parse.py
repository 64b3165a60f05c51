# int() from strings and other values, and its errors.
for args in [("12",), (" 12 ",), ("-0012",), ("+5",), ("1_000",), ("z", 36), ("ff", 16), ("0xff", 16), ("0x10", 0),
             ("0o17", 0), ("0b101", 0), ("0", 0), ("00", 0), ("101", 2), ("٣",), ("7", 8), (3.9,), (-3.9,), (True,), ("10", 36)]:
    print(args, int(*args))
print(int(), int(2**80), int(1e20), int("9" * 30))
for args in [("x",), ("",), ("1.5",), ("12", 1), ("12", 37), ("010", 0), ("1__0",), ("_1",), ("0x", 16), (1.5, 10),
             (float("inf"),), (float("nan"),), ("8", 8), ([],), (None,), ("1 2",), ("12", "a")]:
    try:
        print(int(*args))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
