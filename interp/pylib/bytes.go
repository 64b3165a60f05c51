package pylib

import (
	"encoding/hex"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/iterproto"
	"github.com/gpyasync/gpyasync/pyerr"
)

// bytes' method table. The searching and splitting methods run str's
// implementation on the Latin-1 image of the bytes (one code point per
// byte), which gives byte offsets and byte semantics exactly; the case
// and class methods are ASCII-only as in CPython.

func installBytes() {
	d := py.BytesType.Dict
	add := func(name, doc string, fn func(b py.Bytes, args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
		qual := "bytes." + name
		d[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			b, args, err := bind[py.Bytes](self, args, qual)
			if err != nil {
				return nil, err
			}
			return fn(b, args, kwargs)
		}, 0, doc)
	}
	// Methods that reuse str's on the Latin-1 image.
	for name, fn := range map[string]strMethod{
		"count": findMethod("count"), "find": findMethod("find"), "rfind": findMethod("rfind"),
		"index": findMethod("index"), "rindex": findMethod("rindex"),
		"startswith": affixMethod("startswith"), "endswith": affixMethod("endswith"),
		"partition": partitionMethod("partition"), "rpartition": partitionMethod("rpartition"),
		"removeprefix": removeMethod("removeprefix"), "removesuffix": removeMethod("removesuffix"),
		"replace": strReplace, "expandtabs": strExpandtabs, "zfill": strZfill,
		"center": padMethod("center"), "ljust": padMethod("ljust"), "rjust": padMethod("rjust"),
	} {
		add(name, "", viaLatin1(name, fn))
	}
	for name, fn := range map[string]func(byte) bool{
		"isalnum": func(c byte) bool { return isASCIILetter(c) || c >= '0' && c <= '9' },
		"isalpha": isASCIILetter,
		"isdigit": func(c byte) bool { return c >= '0' && c <= '9' },
		"isspace": isASCIISpace,
		"isascii": func(c byte) bool { return c < 0x80 },
	} {
		add(name, "", func(b py.Bytes, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if err := noArgs("bytes."+name, args); err != nil {
				return nil, err
			}
			if name == "isascii" && len(b) == 0 {
				return py.True, nil
			}
			if len(b) == 0 {
				return py.False, nil
			}
			for _, c := range b {
				if !fn(c) {
					return py.False, nil
				}
			}
			return py.True, nil
		})
	}
	// The case methods agree with str's on ASCII letters and leave the
	// other bytes alone.
	for name, fn := range map[string]func(string) string{
		"upper": strings.ToUpper, "lower": strings.ToLower, "swapcase": swapcase,
		"title": title, "capitalize": capitalize,
		"islower": func(s string) string { return boolText(isLowerStr(s)) },
		"isupper": func(s string) string { return boolText(isUpperStr(s)) },
		"istitle": func(s string) string { return boolText(isTitleStr(s)) },
	} {
		add(name, "", func(b py.Bytes, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if err := noArgs("bytes."+name, args); err != nil {
				return nil, err
			}
			r := asciiOnly(string(b), fn)
			if strings.HasPrefix(name, "is") {
				return py.NewBool(r == "T"), nil
			}
			return py.Bytes(r), nil
		})
	}
	add("split", "", bytesSplit("split"))
	add("rsplit", "", bytesSplit("rsplit"))
	add("strip", "", bytesStrip("strip", true, true))
	add("lstrip", "", bytesStrip("lstrip", true, false))
	add("rstrip", "", bytesStrip("rstrip", false, true))
	add("splitlines", "", bytesSplitlines)
	add("join", "Concatenate any number of bytes objects.", bytesJoin)
	add("decode", "Decode the bytes using the codec registered for encoding.", bytesDecode)
	add("hex", "Create a string of hexadecimal numbers from a bytes object.", bytesHex)
	add("translate", "", bytesTranslate)
	add("__len__", "", func(b py.Bytes, args py.Tuple, _ py.StringDict) (py.Object, error) {
		return py.Int(len(b)), noArgs("bytes.__len__", args)
	})
	add("__getitem__", "", func(b py.Bytes, args py.Tuple, _ py.StringDict) (py.Object, error) {
		if err := oneArg("bytes.__getitem__", args); err != nil {
			return nil, err
		}
		return BytesItem(b, args[0])
	})
	add("__contains__", "", func(b py.Bytes, args py.Tuple, _ py.StringDict) (py.Object, error) {
		if err := oneArg("bytes.__contains__", args); err != nil {
			return nil, err
		}
		in, err := BytesContains(b, args[0])
		return py.NewBool(in), err
	})
	add("__iter__", "", func(b py.Bytes, args py.Tuple, _ py.StringDict) (py.Object, error) {
		return BytesIter(b), noArgs("bytes.__iter__", args)
	})
	next := py.BytesType.New
	py.BytesType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return bytesNew(next, t, args, kwargs)
	}
	d["fromhex"] = classMethod(py.BytesType, py.MustNewMethod("fromhex", bytesFromhex, 0, "Create a bytes object from a string of hexadecimal numbers."))
	d["maketrans"] = staticMethod(py.BytesType, py.MustNewMethod("maketrans", bytesMaketrans, 0, "Return a translation table usable for the bytes or bytearray translate method."))
	installByteArray()
}

func boolText(b bool) string {
	if b {
		return "T"
	}
	return "F"
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isASCIISpace(c byte) bool { return c == ' ' || c >= '\t' && c <= '\r' }

// asciiOnly applies a str case function to the ASCII bytes of s: non-ASCII
// bytes are masked out as NUL and put back afterwards.
func asciiOnly(s string, fn func(string) string) string {
	if isASCII(s) {
		return fn(s)
	}
	masked := []byte(s)
	for i, c := range masked {
		if c >= 0x80 {
			masked[i] = 0
		}
	}
	out := []byte(fn(string(masked)))
	if len(out) != len(s) {
		return string(out)
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			out[i] = s[i]
		}
	}
	return string(out)
}

// latin1 maps each byte to the code point of the same value.
func latin1(b []byte) string {
	if isASCII(string(b)) {
		return string(b)
	}
	rs := make([]rune, len(b))
	for i, c := range b {
		rs[i] = rune(c)
	}
	return string(rs)
}

// fromLatin1 is the inverse of latin1, for strings made by it.
func fromLatin1(s string) py.Bytes {
	if isASCII(s) {
		return py.Bytes(s)
	}
	out := make(py.Bytes, 0, len(s))
	for _, r := range s {
		out = append(out, byte(r))
	}
	return out
}

// bytesLike returns the bytes of a bytes-like argument.
func bytesLike(o py.Object) ([]byte, bool) {
	switch v := o.(type) {
	case py.Bytes:
		return v, true
	case *ByteArray:
		return v.b, true
	}
	return nil, false
}

// viaLatin1 runs a str method on bytes: bytes arguments (also inside a
// tuple) become Latin-1 strings, an int argument in position 0 of the
// searching methods a one-byte string, and str results become bytes.
func viaLatin1(name string, fn strMethod) func(py.Bytes, py.Tuple, py.StringDict) (py.Object, error) {
	return func(b py.Bytes, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		conv := make(py.Tuple, len(args))
		for i, a := range args {
			a = asBytes(a)
			switch v := a.(type) {
			case py.Bytes:
				conv[i] = py.String(latin1(v))
			case py.String:
				return nil, bytesArgError(name, i, v)
			case py.Tuple:
				if i == 0 && (name == "startswith" || name == "endswith") {
					t := make(py.Tuple, len(v))
					for j, item := range v {
						ib, ok := bytesLike(item)
						if !ok {
							return nil, pyerr.Newf(py.TypeError, "a bytes-like object is required, not '%s'", item.Type().Name)
						}
						t[j] = py.String(latin1(ib))
					}
					conv[i] = t
					continue
				}
				conv[i] = a
			default:
				conv[i] = a
				if i == 0 && searchers[name] {
					n, ok, err := bigOf(a)
					if err != nil {
						return nil, err
					}
					if !ok {
						return nil, pyerr.Newf(py.TypeError, "argument should be integer or bytes-like object, not '%s'", a.Type().Name)
					}
					if !n.IsInt64() || n.Int64() < 0 || n.Int64() > 255 {
						return nil, pyerr.Newf(py.ValueError, "byte must be in range(0, 256)")
					}
					conv[i] = py.String(rune(n.Int64()))
				}
			}
		}
		r, err := fn(latin1(b), conv, kwargs)
		if err != nil {
			if (name == "index" || name == "rindex") && pyerr.Matches(err, py.ValueError) {
				return nil, pyerr.Newf(py.ValueError, "subsection not found")
			}
			return nil, err
		}
		switch v := r.(type) {
		case py.String:
			return fromLatin1(string(v)), nil
		case py.Tuple:
			out := make(py.Tuple, len(v))
			for i, item := range v {
				out[i] = fromLatin1(string(item.(py.String)))
			}
			return out, nil
		}
		return r, nil
	}
}

// searchers are the methods whose first argument may be a byte value.
var searchers = map[string]bool{"count": true, "find": true, "rfind": true, "index": true, "rindex": true}

func bytesArgError(name string, i int, arg py.Object) error {
	switch {
	case i == 0 && searchers[name]:
		return pyerr.Newf(py.TypeError, "argument should be integer or bytes-like object, not '%s'", arg.Type().Name)
	case i == 0 && (name == "startswith" || name == "endswith"):
		return pyerr.Newf(py.TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name, arg.Type().Name)
	case i == 1 && (name == "center" || name == "ljust" || name == "rjust"):
		return pyerr.Newf(py.TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name, arg.Type().Name)
	}
	return pyerr.Newf(py.TypeError, "a bytes-like object is required, not '%s'", arg.Type().Name)
}

func bytesSplit(name string) func(py.Bytes, py.Tuple, py.StringDict) (py.Object, error) {
	return func(b py.Bytes, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		sepObj, maxsplit, err := sepArgs(name, args, kwargs)
		if err != nil {
			return nil, err
		}
		var parts []string
		s := latin1(b)
		if sepObj == py.None {
			parts = splitSpace(s, maxsplit, name == "rsplit", func(r rune) bool { return r < 0x80 && isASCIISpace(byte(r)) })
		} else {
			sep, ok := bytesLike(sepObj)
			if !ok {
				return nil, pyerr.Newf(py.TypeError, "a bytes-like object is required, not '%s'", sepObj.Type().Name)
			}
			if len(sep) == 0 {
				return nil, pyerr.Newf(py.ValueError, "empty separator")
			}
			parts = splitSep(s, latin1(sep), maxsplit, name == "rsplit")
		}
		items := make([]py.Object, len(parts))
		for i, p := range parts {
			items[i] = fromLatin1(p)
		}
		return py.NewListFromItems(items), nil
	}
}

func bytesStrip(name string, left, right bool) func(py.Bytes, py.Tuple, py.StringDict) (py.Object, error) {
	return func(b py.Bytes, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := arity(name, args, 0, 1); err != nil {
			return nil, err
		}
		cut := func(c byte) bool { return isASCIISpace(c) }
		if len(args) == 1 && args[0] != py.None {
			chars, ok := bytesLike(args[0])
			if !ok {
				return nil, pyerr.Newf(py.TypeError, "a bytes-like object is required, not '%s'", args[0].Type().Name)
			}
			cut = func(c byte) bool { return strings.IndexByte(string(chars), c) >= 0 }
		}
		i, j := 0, len(b)
		for left && i < j && cut(b[i]) {
			i++
		}
		for right && j > i && cut(b[j-1]) {
			j--
		}
		return append(py.Bytes(nil), b[i:j]...), nil
	}
}

func bytesSplitlines(b py.Bytes, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := keywords("splitlines", args, kwargs, "keepends")
	if err != nil {
		return nil, err
	}
	keep := false
	if a[0] != nil {
		n, err := intArg(a[0])
		if err != nil {
			return nil, err
		}
		keep = n != 0
	}
	var lines []py.Object
	for len(b) > 0 {
		i := strings.IndexAny(string(b), "\r\n")
		if i < 0 {
			lines = append(lines, append(py.Bytes(nil), b...))
			break
		}
		end := i + 1
		if b[i] == '\r' && end < len(b) && b[end] == '\n' {
			end++
		}
		if keep {
			lines = append(lines, append(py.Bytes(nil), b[:end]...))
		} else {
			lines = append(lines, append(py.Bytes(nil), b[:i]...))
		}
		b = b[end:]
	}
	return py.NewListFromItems(lines), nil
}

func bytesJoin(b py.Bytes, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := oneArg("bytes.join", args); err != nil {
		return nil, err
	}
	items, err := iterproto.Collect(args[0])
	if err != nil {
		if pyerr.Matches(err, py.TypeError) {
			return nil, pyerr.Newf(py.TypeError, "can only join an iterable")
		}
		return nil, err
	}
	var out py.Bytes
	for i, item := range items {
		ib, ok := bytesLike(item)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "sequence item %d: expected a bytes-like object, %s found", i, item.Type().Name)
		}
		if i > 0 {
			out = append(out, b...)
		}
		out = append(out, ib...)
	}
	if out == nil {
		out = py.Bytes{}
	}
	return out, nil
}

func bytesDecode(b py.Bytes, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	encoding, errors, err := codecArgs("decode", args, kwargs)
	if err != nil {
		return nil, err
	}
	s, err := Decode(b, encoding, errors)
	if err != nil {
		return nil, err
	}
	return py.String(s), nil
}

func bytesHex(b py.Bytes, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := keywords("hex", args, kwargs, "sep", "bytes_per_sep")
	if err != nil {
		return nil, err
	}
	h := hex.EncodeToString(b)
	if a[0] == nil {
		return py.String(h), nil
	}
	var sep string
	switch v := a[0].(type) {
	case py.String:
		sep = string(v)
	case py.Bytes:
		sep = string(v)
	default:
		return nil, pyerr.Newf(py.TypeError, "object of type '%s' has no len()", a[0].Type().Name)
	}
	if utf8.RuneCountInString(sep) != 1 {
		return nil, pyerr.Newf(py.ValueError, "sep must be length 1.")
	}
	group := 1
	if a[1] != nil {
		if group, err = intArg(a[1]); err != nil {
			return nil, err
		}
	}
	if group == 0 || len(b) == 0 {
		return py.String(h), nil
	}
	n := group
	if n < 0 {
		n = -n
	}
	// Groups count from the right for a positive bytes_per_sep.
	var chunks []string
	if group > 0 {
		first := len(b) % n
		if first > 0 {
			chunks = append(chunks, h[:2*first])
		}
		for i := first; i < len(b); i += n {
			chunks = append(chunks, h[2*i:2*(i+n)])
		}
	} else {
		for i := 0; i < len(b); i += n {
			chunks = append(chunks, h[2*i:2*min(i+n, len(b))])
		}
	}
	return py.String(strings.Join(chunks, sep)), nil
}

func bytesFromhex(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) > 0 {
		if _, ok := args[0].(*py.Type); ok {
			args = args[1:]
		}
	}
	if err := oneArg("bytes.fromhex", args); err != nil {
		return nil, err
	}
	s, ok := args[0].(py.String)
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "fromhex() argument must be str, not %s", args[0].Type().Name)
	}
	b, err := parseHex(string(s))
	if err != nil {
		return nil, err
	}
	return py.Bytes(b), nil
}

// parseHex reads pairs of hex digits, allowing whitespace between pairs.
func parseHex(s string) ([]byte, error) {
	var out []byte
	rs := []rune(s)
	for i := 0; i < len(rs); {
		if rs[i] < 0x80 && isASCIISpace(byte(rs[i])) {
			i++
			continue
		}
		hi, ok := hexVal(rs[i])
		if !ok {
			return nil, pyerr.Newf(py.ValueError, "non-hexadecimal number found in fromhex() arg at position %d", i)
		}
		if i+1 >= len(rs) {
			return nil, pyerr.Newf(py.ValueError, "non-hexadecimal number found in fromhex() arg at position %d", i+1)
		}
		lo, ok := hexVal(rs[i+1])
		if !ok {
			return nil, pyerr.Newf(py.ValueError, "non-hexadecimal number found in fromhex() arg at position %d", i+1)
		}
		out = append(out, byte(hi<<4|lo))
		i += 2
	}
	if out == nil {
		out = []byte{}
	}
	return out, nil
}

func hexVal(r rune) (int, bool) {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0'), true
	case r >= 'a' && r <= 'f':
		return int(r-'a') + 10, true
	case r >= 'A' && r <= 'F':
		return int(r-'A') + 10, true
	}
	return 0, false
}

func bytesTranslate(b py.Bytes, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := keywords("translate", args, kwargs, "table", "delete")
	if err != nil {
		return nil, err
	}
	if a[0] == nil {
		return nil, pyerr.Newf(py.TypeError, "translate() takes at least 1 argument (0 given)")
	}
	var table []byte
	if a[0] != py.None {
		t, ok := bytesLike(a[0])
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "a bytes-like object is required, not '%s'", a[0].Type().Name)
		}
		if len(t) != 256 {
			return nil, pyerr.Newf(py.ValueError, "translation table must be 256 characters long")
		}
		table = t
	}
	var del []byte
	if a[1] != nil {
		d, ok := bytesLike(a[1])
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "a bytes-like object is required, not '%s'", a[1].Type().Name)
		}
		del = d
	}
	out := py.Bytes{}
	for _, c := range b {
		if strings.IndexByte(string(del), c) >= 0 {
			continue
		}
		if table != nil {
			c = table[c]
		}
		out = append(out, c)
	}
	return out, nil
}

func bytesMaketrans(self py.Object, args py.Tuple) (py.Object, error) {
	if err := arity("maketrans", args, 2, 2); err != nil {
		return nil, err
	}
	from, ok1 := bytesLike(args[0])
	to, ok2 := bytesLike(args[1])
	if !ok1 || !ok2 {
		bad := args[0]
		if ok1 {
			bad = args[1]
		}
		return nil, pyerr.Newf(py.TypeError, "a bytes-like object is required, not '%s'", bad.Type().Name)
	}
	if len(from) != len(to) {
		return nil, pyerr.Newf(py.ValueError, "maketrans arguments must have same length")
	}
	table := make(py.Bytes, 256)
	for i := range table {
		table[i] = byte(i)
	}
	for i, c := range from {
		table[c] = to[i]
	}
	return table, nil
}

// BytesItem is b[key] for bytes: an int for an index, bytes for a slice.
func BytesItem(b py.Bytes, key py.Object) (py.Object, error) {
	if s, ok := key.(*py.Slice); ok {
		start, _, step, n, err := s.GetIndices(len(b))
		if err != nil {
			return nil, pyerr.Info(err)
		}
		out := make(py.Bytes, 0, n)
		for i, k := start, 0; k < n; i, k = i+step, k+1 {
			out = append(out, b[i])
		}
		return out, nil
	}
	n, ok, err := bigOf(key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "byte indices must be integers or slices, not %s", key.Type().Name)
	}
	if !n.IsInt64() {
		return nil, pyerr.Newf(py.IndexError, "cannot fit 'int' into an index-sized integer")
	}
	i := n.Int64()
	if i < 0 {
		i += int64(len(b))
	}
	if i < 0 || i >= int64(len(b)) {
		return nil, pyerr.Newf(py.IndexError, "index out of range")
	}
	return py.Int(b[i]), nil
}

// BytesContains is `item in b`: a byte value or a bytes substring.
func BytesContains(b py.Bytes, item py.Object) (bool, error) {
	if sub, ok := bytesLike(item); ok {
		return strings.Contains(string(b), string(sub)), nil
	}
	n, ok, err := bigOf(item)
	if err != nil {
		return false, err
	}
	if !ok {
		return false, pyerr.Newf(py.TypeError, "a bytes-like object is required, not '%s'", item.Type().Name)
	}
	if !n.IsInt64() || n.Int64() < 0 || n.Int64() > 255 {
		return false, pyerr.Newf(py.ValueError, "byte must be in range(0, 256)")
	}
	return strings.IndexByte(string(b), byte(n.Int64())) >= 0, nil
}

// BytesIter is iter(b): the byte values as ints.
func BytesIter(b py.Bytes) py.Object {
	it, _ := iterproto.Iter(b)
	return it
}

// Encode is str.encode for the encodings Go has without tables: UTF-8,
// ASCII and Latin-1, with the error handlers strict, ignore, replace,
// backslashreplace and xmlcharrefreplace.
func Encode(s, encoding, errors string) ([]byte, error) {
	limit := rune(0)
	name := ""
	switch normEncoding(encoding) {
	case "utf_8", "utf8", "u8":
		return []byte(s), nil
	case "ascii", "us_ascii", "646":
		limit, name = 0x80, "ascii"
	case "latin_1", "latin1", "iso_8859_1", "iso8859_1", "l1", "8859", "cp819", "latin":
		limit, name = 0x100, "latin-1"
	default:
		return nil, pyerr.Newf(py.LookupError, "unknown encoding: %s", encoding)
	}
	out := make([]byte, 0, len(s))
	pos := 0
	for _, r := range s {
		if r < limit {
			out = append(out, byte(r))
			pos++
			continue
		}
		switch errors {
		case "ignore":
		case "replace":
			out = append(out, '?')
		case "backslashreplace":
			switch {
			case r < 0x100:
				out = fmt.Appendf(out, "\\x%02x", r)
			case r < 0x10000:
				out = fmt.Appendf(out, "\\u%04x", r)
			default:
				out = fmt.Appendf(out, "\\U%08x", r)
			}
		case "xmlcharrefreplace":
			out = fmt.Appendf(out, "&#%d;", r)
		case "strict":
			return nil, pyerr.Newf(py.UnicodeEncodeError, "'%s' codec can't encode character '%s' in position %d: ordinal not in range(%d)", name, charEscape(r), pos, limit)
		default:
			return nil, pyerr.Newf(py.LookupError, "unknown error handler name '%s'", errors)
		}
		pos++
	}
	return out, nil
}

func charEscape(r rune) string {
	switch {
	case r < 0x100:
		return fmt.Sprintf("\\x%02x", r)
	case r < 0x10000:
		return fmt.Sprintf("\\u%04x", r)
	}
	return fmt.Sprintf("\\U%08x", r)
}

// Decode is bytes.decode for UTF-8, ASCII and Latin-1, with the error
// handlers strict, ignore, replace and backslashreplace.
func Decode(b []byte, encoding, errors string) (string, error) {
	norm := normEncoding(encoding)
	switch norm {
	case "utf_8", "utf8", "u8", "ascii", "us_ascii", "646":
	case "latin_1", "latin1", "iso_8859_1", "iso8859_1", "l1", "8859", "cp819", "latin":
		return latin1(b), nil
	default:
		return "", pyerr.Newf(py.LookupError, "unknown encoding: %s", encoding)
	}
	ascii := norm == "ascii" || norm == "us_ascii" || norm == "646"
	if ascii && isASCII(string(b)) || !ascii && utf8.Valid(b) {
		return string(b), nil
	}
	var sb strings.Builder
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if ascii && b[i] < 0x80 || !ascii && (r != utf8.RuneError || n > 1) {
			sb.WriteRune(r)
			i += n
			continue
		}
		reason, bad := "ordinal not in range(128)", 1
		if !ascii {
			reason, bad = utf8Problem(b[i:])
		}
		switch errors {
		case "strict":
			if bad > 1 {
				return "", pyerr.Newf(py.UnicodeDecodeError, "'utf-8' codec can't decode bytes in position %d-%d: %s", i, i+bad-1, reason)
			}
			codec := "utf-8"
			if ascii {
				codec = "ascii"
			}
			return "", pyerr.Newf(py.UnicodeDecodeError, "'%s' codec can't decode byte 0x%02x in position %d: %s", codec, b[i], i, reason)
		case "ignore":
		case "replace":
			sb.WriteRune(utf8.RuneError)
		case "backslashreplace":
			for _, c := range b[i : i+bad] {
				fmt.Fprintf(&sb, "\\x%02x", c)
			}
		default:
			return "", pyerr.Newf(py.LookupError, "unknown error handler name '%s'", errors)
		}
		i += bad
	}
	return sb.String(), nil
}

// utf8Problem says why b does not start with a valid UTF-8 sequence and
// how many bytes CPython reports as one bad unit.
func utf8Problem(b []byte) (string, int) {
	c := b[0]
	var need int
	switch {
	case c >= 0xc2 && c <= 0xdf:
		need = 2
	case c >= 0xe0 && c <= 0xef:
		need = 3
	case c >= 0xf0 && c <= 0xf4:
		need = 4
	default:
		return "invalid start byte", 1
	}
	for k := 1; k < need; k++ {
		if k >= len(b) {
			return "unexpected end of data", k
		}
		lo, hi := byte(0x80), byte(0xbf)
		if k == 1 {
			switch c {
			case 0xe0:
				lo = 0xa0
			case 0xed:
				hi = 0x9f
			case 0xf0:
				lo = 0x90
			case 0xf4:
				hi = 0x8f
			}
		}
		if b[k] < lo || b[k] > hi {
			if k == 1 {
				return "invalid continuation byte", 1
			}
			return "invalid continuation byte", k
		}
	}
	return "invalid start byte", 1
}

func normEncoding(enc string) string {
	return strings.ReplaceAll(strings.ReplaceAll(strings.ToLower(enc), "-", "_"), " ", "_")
}

// bytesNew is bytes(source, encoding, errors): text is encoded here, with
// the codecs of Encode; other sources go to next.
func bytesNew(next py.NewFunc, t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := keywords("bytes", args, kwargs, "source", "encoding", "errors")
	if err != nil {
		return nil, err
	}
	switch src := a[0].(type) {
	case py.String:
		if a[1] == nil {
			return nil, pyerr.Newf(py.TypeError, "string argument without an encoding")
		}
		opts := [2]string{"", "strict"}
		for i, o := range a[1:] {
			if o == nil {
				continue
			}
			s, ok := o.(py.String)
			if !ok {
				return nil, pyerr.Newf(py.TypeError, "bytes() argument '%s' must be str, not %s", []string{"encoding", "errors"}[i], o.Type().Name)
			}
			opts[i] = string(s)
		}
		b, err := Encode(string(src), opts[0], opts[1])
		if err != nil {
			return nil, err
		}
		return py.Bytes(b), nil
	case py.Float:
		return nil, pyerr.Newf(py.TypeError, "cannot convert 'float' object to bytes")
	}
	if a[1] != nil || a[2] != nil {
		if a[0] == nil {
			return nil, pyerr.Newf(py.TypeError, "encoding or errors without sequence argument")
		}
		return nil, pyerr.Newf(py.TypeError, "encoding without a string argument")
	}
	return next(t, args, kwargs)
}
