package pylib

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/object"
	"github.com/gpyasync/gpyasync/iterproto"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// ByteArrayType is the builtin bytearray, which gpython lacks.
var ByteArrayType = py.NewType("bytearray", "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\nbytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size given by the parameter initialized with null bytes\nbytearray() -> empty bytes array")

// ByteArrayFormat is `format % args` for a bytes format. The formatter
// lives above this package (interp/pytext), so the interpreter installs
// it here.
var ByteArrayFormat func(format []byte, args py.Object) ([]byte, error)

var byteArrayIterType = py.NewType("bytearray_iterator", "")

// ByteArray is a bytearray value. Like every Python object it belongs to
// one goroutine at a time.
type ByteArray struct {
	b []byte
}

// NewByteArray returns a bytearray holding a copy of b.
func NewByteArray(b []byte) *ByteArray {
	return &ByteArray{b: append([]byte{}, b...)}
}

// Bytes returns the current contents; the slice is shared with a.
func (a *ByteArray) Bytes() []byte { return a.b }

// Type implements py.Object.
func (a *ByteArray) Type() *py.Type { return ByteArrayType }

func (a *ByteArray) M__repr__() (py.Object, error) {
	return py.String("bytearray(" + bytesRepr(a.b) + ")"), nil
}

func (a *ByteArray) M__str__() (py.Object, error) { return a.M__repr__() }

func (a *ByteArray) M__bytes__() (py.Object, error) { return append(py.Bytes{}, a.b...), nil }

func (a *ByteArray) M__len__() (py.Object, error) { return py.Int(len(a.b)), nil }

func (a *ByteArray) M__bool__() (py.Object, error) { return py.NewBool(len(a.b) > 0), nil }

func (a *ByteArray) M__hash__() (py.Object, error) {
	return nil, pyerr.Newf(py.TypeError, "unhashable type: 'bytearray'")
}

func (a *ByteArray) M__iter__() (py.Object, error) {
	return &byteArrayIter{a: a}, nil
}

func (a *ByteArray) M__contains__(item py.Object) (py.Object, error) {
	if other, ok := item.(*ByteArray); ok {
		item = py.Bytes(other.b)
	}
	in, err := BytesContains(a.b, item)
	return py.NewBool(in), err
}

func (a *ByteArray) M__getitem__(key py.Object) (py.Object, error) {
	if _, ok := key.(*py.Slice); ok {
		r, err := BytesItem(a.b, key)
		if err != nil {
			return nil, err
		}
		return &ByteArray{b: r.(py.Bytes)}, nil
	}
	i, err := seqIndexArg(key, len(a.b), "bytearray", "bytearray index out of range")
	if err != nil {
		return nil, err
	}
	return py.Int(a.b[i]), nil
}

func (a *ByteArray) M__setitem__(key, value py.Object) (py.Object, error) {
	s, ok := key.(*py.Slice)
	if !ok {
		i, err := seqIndexArg(key, len(a.b), "bytearray", "bytearray index out of range")
		if err != nil {
			return nil, err
		}
		c, err := byteValue(value)
		if err != nil {
			return nil, err
		}
		a.b[i] = c
		return py.None, nil
	}
	start, stop, step, length, err := s.GetIndices(len(a.b))
	if err != nil {
		return nil, pyerr.Info(err)
	}
	src, err := sliceSource(value)
	if err != nil {
		return nil, err
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		out := make([]byte, 0, len(a.b)-(stop-start)+len(src))
		out = append(append(append(out, a.b[:start]...), src...), a.b[stop:]...)
		a.b = out
		return py.None, nil
	}
	if len(src) != length {
		return nil, pyerr.Newf(py.ValueError, "attempt to assign bytes of size %d to extended slice of size %d", len(src), length)
	}
	for k, i := 0, start; k < length; k, i = k+1, i+step {
		a.b[i] = src[k]
	}
	return py.None, nil
}

// sliceSource is the bytes a slice assignment stores: a bytes-like value
// or an iterable of ints, but never an int.
func sliceSource(value py.Object) ([]byte, error) {
	if b, ok := bytesLike(value); ok {
		return append([]byte{}, b...), nil
	}
	if _, ok, _ := bigOf(value); ok {
		return nil, pyerr.Newf(py.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
	}
	if _, ok := value.(py.String); ok {
		return nil, pyerr.Newf(py.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
	}
	if _, err := iterproto.Iter(value); err != nil {
		return nil, pyerr.Newf(py.TypeError, "cannot convert '%s' object to bytearray", pyobj.TypeOf(value).Name)
	}
	return bytesOfInts(value)
}

func (a *ByteArray) M__delitem__(key py.Object) (py.Object, error) {
	s, ok := key.(*py.Slice)
	if !ok {
		i, err := seqIndexArg(key, len(a.b), "bytearray", "bytearray index out of range")
		if err != nil {
			return nil, err
		}
		a.b = append(a.b[:i], a.b[i+1:]...)
		return py.None, nil
	}
	start, _, step, length, err := s.GetIndices(len(a.b))
	if err != nil {
		return nil, pyerr.Info(err)
	}
	drop := make(map[int]bool, length)
	for k, i := 0, start; k < length; k, i = k+1, i+step {
		drop[i] = true
	}
	out := make([]byte, 0, len(a.b)-length)
	for i, c := range a.b {
		if !drop[i] {
			out = append(out, c)
		}
	}
	a.b = out
	return py.None, nil
}

func (a *ByteArray) M__add__(other py.Object) (py.Object, error) {
	o, ok := bytesLike(other)
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "can't concat %s to bytearray", pyobj.TypeOf(other).Name)
	}
	out := make([]byte, 0, len(a.b)+len(o))
	return &ByteArray{b: append(append(out, a.b...), o...)}, nil
}

// M__radd__ is bytes + bytearray, which is bytes.
func (a *ByteArray) M__radd__(other py.Object) (py.Object, error) {
	o, ok := other.(py.Bytes)
	if !ok {
		return py.NotImplemented, nil
	}
	out := make(py.Bytes, 0, len(a.b)+len(o))
	return append(append(out, o...), a.b...), nil
}

func (a *ByteArray) M__iadd__(other py.Object) (py.Object, error) {
	o, ok := bytesLike(other)
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "can't concat %s to bytearray", pyobj.TypeOf(other).Name)
	}
	a.b = append(a.b, o...)
	return a, nil
}

func (a *ByteArray) repeat(n py.Object) ([]byte, error) {
	k, ok, err := bigOf(n)
	if err != nil {
		return nil, err
	}
	if !ok || isFloat(n) {
		return nil, pyerr.Newf(py.TypeError, "can't multiply sequence by non-int of type '%s'", pyobj.TypeOf(n).Name)
	}
	if k.Sign() <= 0 || len(a.b) == 0 {
		return []byte{}, nil
	}
	if !k.IsInt64() || k.Int64() > int64(1<<40)/int64(len(a.b)) {
		return nil, pyerr.Newf(py.MemoryError, "")
	}
	return []byte(strings.Repeat(string(a.b), int(k.Int64()))), nil
}

func (a *ByteArray) M__mul__(n py.Object) (py.Object, error) {
	b, err := a.repeat(n)
	if err != nil {
		return nil, err
	}
	return &ByteArray{b: b}, nil
}

func (a *ByteArray) M__rmul__(n py.Object) (py.Object, error) { return a.M__mul__(n) }

func (a *ByteArray) M__imul__(n py.Object) (py.Object, error) {
	b, err := a.repeat(n)
	if err != nil {
		return nil, err
	}
	a.b = b
	return a, nil
}

func (a *ByteArray) M__mod__(args py.Object) (py.Object, error) {
	if ByteArrayFormat == nil {
		return py.NotImplemented, nil
	}
	b, err := ByteArrayFormat(a.b, args)
	if err != nil {
		return nil, err
	}
	return &ByteArray{b: b}, nil
}

func (a *ByteArray) compare(other py.Object, ok func(c int) bool) (py.Object, error) {
	o, isBytes := bytesLike(other)
	if !isBytes {
		return py.NotImplemented, nil
	}
	return py.NewBool(ok(strings.Compare(string(a.b), string(o)))), nil
}

func (a *ByteArray) M__eq__(o py.Object) (py.Object, error) {
	return a.compare(o, func(c int) bool { return c == 0 })
}

func (a *ByteArray) M__ne__(o py.Object) (py.Object, error) {
	return a.compare(o, func(c int) bool { return c != 0 })
}

func (a *ByteArray) M__lt__(o py.Object) (py.Object, error) {
	return a.compare(o, func(c int) bool { return c < 0 })
}

func (a *ByteArray) M__le__(o py.Object) (py.Object, error) {
	return a.compare(o, func(c int) bool { return c <= 0 })
}

func (a *ByteArray) M__gt__(o py.Object) (py.Object, error) {
	return a.compare(o, func(c int) bool { return c > 0 })
}

func (a *ByteArray) M__ge__(o py.Object) (py.Object, error) {
	return a.compare(o, func(c int) bool { return c >= 0 })
}

// byteArrayIter walks a bytearray by index, so that it sees changes made
// while iterating, as CPython's does.
type byteArrayIter struct {
	a *ByteArray
	i int
}

func (it *byteArrayIter) Type() *py.Type                { return byteArrayIterType }
func (it *byteArrayIter) M__iter__() (py.Object, error) { return it, nil }

func (it *byteArrayIter) M__next__() (py.Object, error) {
	if it.a == nil || it.i >= len(it.a.b) {
		it.a = nil
		return nil, py.StopIteration
	}
	c := it.a.b[it.i]
	it.i++
	return py.Int(c), nil
}

func (it *byteArrayIter) M__length_hint__() (py.Object, error) {
	if it.a == nil || it.i >= len(it.a.b) {
		return py.Int(0), nil
	}
	return py.Int(len(it.a.b) - it.i), nil
}

// byteValue is an int in range(0, 256) stored into a bytearray.
func byteValue(o py.Object) (byte, error) {
	n, ok, err := bigOf(o)
	if err != nil {
		return 0, err
	}
	if !ok || isFloat(o) {
		return 0, pyerr.Newf(py.TypeError, "'%s' object cannot be interpreted as an integer", pyobj.TypeOf(o).Name)
	}
	if !n.IsInt64() || n.Int64() < 0 || n.Int64() > 255 {
		return 0, pyerr.Newf(py.ValueError, "byte must be in range(0, 256)")
	}
	return byte(n.Int64()), nil
}

// bytesOfInts collects an iterable of byte values.
func bytesOfInts(o py.Object) ([]byte, error) {
	items, err := iterproto.Collect(o)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(items))
	for i, item := range items {
		if out[i], err = byteValue(item); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// bytesRepr is the b'...' text of bytes, as repr(bytes) writes it.
func bytesRepr(bs []byte) string {
	q := byte('\'')
	if strings.IndexByte(string(bs), '\'') >= 0 && strings.IndexByte(string(bs), '"') < 0 {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte('b')
	b.WriteByte(q)
	for _, c := range bs {
		switch {
		case c == '\'' || c == '\\':
			// bytearray's repr escapes a single quote even inside
			// double quotes.
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < ' ' || c >= 0x7f:
			fmt.Fprintf(&b, "\\x%02x", c)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(q)
	return b.String()
}

func byteArrayNew(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := keywords("bytearray", args, kwargs, "source", "encoding", "errors")
	if err != nil {
		return nil, err
	}
	switch src := a[0].(type) {
	case nil:
		if err := strArgsWithout(a); err != nil {
			return nil, err
		}
		return &ByteArray{b: []byte{}}, nil
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
				return nil, pyerr.Newf(py.TypeError, "bytearray() argument '%s' must be str, not %s", []string{"encoding", "errors"}[i], pyobj.TypeOf(o).Name)
			}
			opts[i] = string(s)
		}
		b, err := Encode(string(src), opts[0], opts[1])
		if err != nil {
			return nil, err
		}
		return &ByteArray{b: b}, nil
	}
	if err := strArgsWithout(a); err != nil {
		return nil, err
	}
	if b, ok := bytesLike(a[0]); ok {
		return NewByteArray(b), nil
	}
	if isFloat(a[0]) {
		return nil, pyerr.Newf(py.TypeError, "cannot convert 'float' object to bytearray")
	}
	if n, ok, err := bigOf(a[0]); err != nil {
		return nil, err
	} else if ok {
		if n.Sign() < 0 {
			return nil, pyerr.Newf(py.ValueError, "negative count")
		}
		if !n.IsInt64() || n.Int64() > 1<<40 {
			return nil, pyerr.Newf(py.MemoryError, "")
		}
		return &ByteArray{b: make([]byte, n.Int64())}, nil
	}
	if _, err := iterproto.Iter(a[0]); err != nil {
		return nil, pyerr.Newf(py.TypeError, "cannot convert '%s' object to bytearray", pyobj.TypeOf(a[0]).Name)
	}
	b, err := bytesOfInts(a[0])
	if err != nil {
		return nil, err
	}
	return &ByteArray{b: b}, nil
}

// strArgsWithout rejects an encoding or errors argument given with a
// source that is not a str.
func strArgsWithout(a []py.Object) error {
	switch {
	case a[1] != nil:
		return pyerr.Newf(py.TypeError, "encoding without a string argument")
	case a[2] != nil:
		return pyerr.Newf(py.TypeError, "errors without a string argument")
	}
	return nil
}

func installByteArray() {
	t := ByteArrayType
	pyobj.RegisterBuiltinType(t)
	t.New = byteArrayNew
	d := t.Dict
	add := func(name, doc string, fn func(a *ByteArray, args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
		qual := "bytearray." + name
		d[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, args, err := bind[*ByteArray](self, args, qual)
			if err != nil {
				return nil, err
			}
			return fn(a, args, kwargs)
		}, 0, doc)
	}
	// The methods shared with bytes run bytes' implementation on a copy
	// and turn bytes results back into bytearrays.
	for name, m := range py.BytesType.Dict {
		bm, ok := m.(*py.Method)
		if !ok || strings.HasPrefix(name, "__") {
			continue
		}
		add(name, bm.Doc, func(a *ByteArray, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			conv := make(py.Tuple, len(args))
			for i, arg := range args {
				conv[i] = asBytes(arg)
			}
			r, err := bm.CallWithKeywords(py.Bytes(a.b), conv, kwargs)
			if err != nil {
				return nil, pyerr.Info(err)
			}
			return toByteArrays(r), nil
		})
	}
	add("append", "Append a single item to the end of the bytearray.", func(a *ByteArray, args py.Tuple, _ py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, pyerr.Newf(py.TypeError, "bytearray.append() takes exactly one argument (%d given)", len(args))
		}
		c, err := byteValue(args[0])
		if err != nil {
			return nil, err
		}
		a.b = append(a.b, c)
		return py.None, nil
	})
	add("extend", "Append all the items from the iterator or sequence to the end of the bytearray.", func(a *ByteArray, args py.Tuple, _ py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, pyerr.Newf(py.TypeError, "bytearray.extend() takes exactly one argument (%d given)", len(args))
		}
		if b, ok := bytesLike(args[0]); ok {
			a.b = append(a.b, b...)
			return py.None, nil
		}
		if _, err := iterproto.Iter(args[0]); err != nil {
			return nil, pyerr.Newf(py.TypeError, "can't extend bytearray with %s", pyobj.TypeOf(args[0]).Name)
		}
		b, err := bytesOfInts(args[0])
		if err != nil {
			return nil, err
		}
		a.b = append(a.b, b...)
		return py.None, nil
	})
	add("insert", "Insert a single item into the bytearray before the given index.", func(a *ByteArray, args py.Tuple, _ py.StringDict) (py.Object, error) {
		if len(args) != 2 {
			return nil, pyerr.Newf(py.TypeError, "insert expected 2 arguments, got %d", len(args))
		}
		i, err := intArg(args[0])
		if err != nil {
			return nil, err
		}
		c, err := byteValue(args[1])
		if err != nil {
			return nil, err
		}
		n := len(a.b)
		if i < 0 {
			i = max(i+n, 0)
		}
		i = min(i, n)
		a.b = append(a.b[:i], append([]byte{c}, a.b[i:]...)...)
		return py.None, nil
	})
	add("pop", "Remove and return a single item from B.", func(a *ByteArray, args py.Tuple, _ py.StringDict) (py.Object, error) {
		if len(args) > 1 {
			return nil, pyerr.Newf(py.TypeError, "pop expected at most 1 argument, got %d", len(args))
		}
		if len(a.b) == 0 {
			return nil, pyerr.Newf(py.IndexError, "pop from empty bytearray")
		}
		i := len(a.b) - 1
		if len(args) == 1 {
			k, err := intArg(args[0])
			if err != nil {
				return nil, err
			}
			if k < 0 {
				k += len(a.b)
			}
			if k < 0 || k >= len(a.b) {
				return nil, pyerr.Newf(py.IndexError, "pop index out of range")
			}
			i = k
		}
		c := a.b[i]
		a.b = append(a.b[:i], a.b[i+1:]...)
		return py.Int(c), nil
	})
	add("remove", "Remove the first occurrence of a value in the bytearray.", func(a *ByteArray, args py.Tuple, _ py.StringDict) (py.Object, error) {
		if len(args) != 1 {
			return nil, pyerr.Newf(py.TypeError, "bytearray.remove() takes exactly one argument (%d given)", len(args))
		}
		c, err := byteValue(args[0])
		if err != nil {
			return nil, err
		}
		i := strings.IndexByte(string(a.b), c)
		if i < 0 {
			return nil, pyerr.Newf(py.ValueError, "value not found in bytearray")
		}
		a.b = append(a.b[:i], a.b[i+1:]...)
		return py.None, nil
	})
	add("reverse", "Reverse the order of the values in B in place.", func(a *ByteArray, args py.Tuple, _ py.StringDict) (py.Object, error) {
		if err := noArgs("bytearray.reverse", args); err != nil {
			return nil, err
		}
		for i, j := 0, len(a.b)-1; i < j; i, j = i+1, j-1 {
			a.b[i], a.b[j] = a.b[j], a.b[i]
		}
		return py.None, nil
	})
	add("clear", "Remove all items from the bytearray.", func(a *ByteArray, args py.Tuple, _ py.StringDict) (py.Object, error) {
		if err := noArgs("bytearray.clear", args); err != nil {
			return nil, err
		}
		a.b = []byte{}
		return py.None, nil
	})
	add("copy", "Return a copy of B.", func(a *ByteArray, args py.Tuple, _ py.StringDict) (py.Object, error) {
		if err := noArgs("bytearray.copy", args); err != nil {
			return nil, err
		}
		return NewByteArray(a.b), nil
	})
	d["fromhex"] = classMethod(t, py.MustNewMethod("fromhex", func(self py.Object, args py.Tuple) (py.Object, error) {
		r, err := bytesFromhex(self, args)
		if err != nil {
			return nil, err
		}
		return &ByteArray{b: r.(py.Bytes)}, nil
	}, 0, "Create a bytearray object from a string of hexadecimal numbers."))
	d["maketrans"] = py.BytesType.Dict["maketrans"]
	object.RegisterBase(t, object.BaseType{
		Empty: func() py.Object { return &ByteArray{b: []byte{}} },
		Fill: func(value py.Object, args py.Tuple, kwargs py.StringDict) error {
			r, err := byteArrayNew(t, args, kwargs)
			if err != nil {
				return err
			}
			value.(*ByteArray).b = r.(*ByteArray).b
			return nil
		},
		Unhashable: true,
	})
	t.Ready()
	byteArrayIterType.Ready()
	iterproto.AddLengthHint(byteArrayIterType)
	py.GetModuleImpl("builtins").Globals["bytearray"] = t
}

// asBytes passes a bytearray argument (also inside a tuple) to a bytes
// method as bytes.
func asBytes(o py.Object) py.Object {
	switch v := o.(type) {
	case *ByteArray:
		return py.Bytes(v.b)
	case py.Tuple:
		out := make(py.Tuple, len(v))
		for i, item := range v {
			out[i] = asBytes(item)
		}
		return out
	}
	return o
}

// toByteArrays turns the bytes in a bytes method's result into bytearrays.
func toByteArrays(o py.Object) py.Object {
	switch v := o.(type) {
	case py.Bytes:
		return NewByteArray(v)
	case py.Tuple:
		out := make(py.Tuple, len(v))
		for i, item := range v {
			out[i] = toByteArrays(item)
		}
		return out
	case *py.List:
		for i, item := range v.Items {
			v.Items[i] = toByteArrays(item)
		}
	}
	return o
}
