# Small builtins: sum, min, max, abs, ascii, bin, oct, hex, chr, ord, divmod, format, print.
import sys
print(sum([1, 2]), sum([1, 2], 10), sum([1, 2], start=10), sum([[1], [2]], []), sum([0.1] * 10), sum(range(101)), sum([], 5))
print(min([3, 1, 2]), max("abc"), min([], default="none"), max([], default=0), min(3, 1, key=lambda x: -x), max([1, 3, 2], key=lambda x: -x))
print(abs(-3), abs(-2.5), abs(True), abs(-2**70), ascii("é€\n"), ascii([1, "ü"]))
print(bin(5), bin(-5), bin(0), oct(8), oct(-8), hex(255), hex(-255), hex(2**70))
print(chr(65), chr(0x20ac), repr(chr(0)), ord("A"), ord("€"), ord(b"a"))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(2**70, 7), divmod(True, 2))
print(format(3.14159, ".2f"), format(42, "08b"), format("x", "^5"), format(1234567, ","), format(0.5, "%"), format(12), format("s"))
print("a", "b", sep="-", end="|\n")
print("x", end="")
print()
print(1, 2, 3, sep="")
print("to stdout", file=sys.stdout, flush=True)
print(*[1, 2], sep=", ")
print("z", sep=None, end=None)
for f in [lambda: sum(["a", "b"], ""), lambda: sum(["a"]), lambda: min([]), lambda: max(), lambda: min(1),
          lambda: abs("a"), lambda: bin(1.5), lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"), lambda: ord("ab"),
          lambda: ord(""), lambda: ord(1), lambda: divmod(1, 0), lambda: divmod(1.0, 0), lambda: divmod("a", 1),
          lambda: print(sep=1), lambda: print(end=2), lambda: hex("a"), lambda: sum(1), lambda: sum([1], start=1, x=2)]:
    try:
        print(f())
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
