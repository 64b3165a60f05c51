# pow with a modulus, 0 to negative powers, and float() from text.
print(pow(2, 10), pow(2, -2), pow(2, 10, 7), pow(3, -1, -7), pow(-3, 5, 7), pow(3, 5, -7), pow(2, 100, 10**9 + 7), pow(True, 2))
print(pow(base=2, exp=3), pow(2, exp=3, mod=5), pow(2.0, 3), pow(4, 0.5), type(pow(-2, 0.5)).__name__)
for s in ["-nan", "+nan", "NaN", "-Infinity", " +inf ", "1_000.5", "1e5_0", "١.٥", " 2.5\n", "1e500", "-0"]:
    print(repr(s), repr(float(s)))
print(round(2.5), round(-2.5), round(2.675, 2), round(5, -1), round(15, -1), round(1.5, None), round(-0.4))
for f in ["pow(2, -1, 4)", "pow(1.5, 2, 3)", "pow(2)", "pow()", "pow(2, 3, 4, 5)", "pow(0, -2)", "pow(0.0, -1.5)",
          "pow('a', 2)", "pow(2, 2, 'a')", "pow(2, 3, 0)", "float('_1')", "float('0x10')", "float('')", "float([])",
          "round(float('inf'))", "round(float('nan'))"]:
    try:
        print(eval(f))
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(f, "->", type(e).__name__ + ":", e)
