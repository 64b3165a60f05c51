# Subclasses of bytes: indexing, slicing, concatenation, comparison and
# repr as for bytes.
class B(bytes):
    def first(self):
        return self[0]

b = B(b"abc")
print(b, repr(b), type(b).__name__, b[0], b[1:], b.first(), len(b), b + b"d", type(b + b"d").__name__)
print(b == b"abc", isinstance(b, bytes), list(b), B([65, 66]))
