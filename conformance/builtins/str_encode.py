# str.encode and bytes.decode with the utf-8, ascii and latin-1 codecs.
s = "héllo €"
print(s.encode(), s.encode("utf-8"), s.encode("UTF8"), "abc".encode("ascii"), "é".encode("latin-1"))
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
print(s.encode("latin-1", "replace"), s.encode(encoding="utf-8", errors="strict"))
b = s.encode()
print(b.decode(), b.decode("utf-8"), b.decode("latin-1"), b"abc".decode("ascii"))
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("ascii", "backslashreplace"))
print(str(b"abc", "ascii"), str(b"x\xe9", "latin-1"))
for f in [lambda: s.encode("ascii"), lambda: s.encode("latin-1"), lambda: "x".encode("nope"), lambda: "x".encode(1),
          lambda: b"\xff".decode(), lambda: b"a\xe9".decode("ascii"), lambda: b"\xe2\x82".decode(),
          lambda: b"\xe2\x28\xa1".decode(), lambda: b"x".decode("nope"), lambda: "é".encode("ascii", "bogus")]:
    try:
        print(f())
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__ + ":", e)
