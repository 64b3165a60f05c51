package iterproto

import (
	"github.com/go-python/gpython/py"
)

// gpython iterates tuples and strs with one generic iterator type and has
// no __length_hint__ on its iterators. These types carry CPython's names
// and hints; Iter returns them.

var (
	// TupleIteratorType is the Python type of iter(tuple).
	TupleIteratorType = ready(py.NewType("tuple_iterator", ""))
	// StrASCIIIteratorType is the Python type of iter(str) for an ASCII str.
	StrASCIIIteratorType = ready(py.NewType("str_ascii_iterator", ""))
	// StrIteratorType is the Python type of iter(str) for other strs.
	StrIteratorType = ready(py.NewType("str_iterator", ""))
	// BytesIteratorType is the Python type of iter(bytes).
	BytesIteratorType = ready(py.NewType("bytes_iterator", ""))
)

func init() {
	for _, t := range []*py.Type{ListIteratorType, TupleIteratorType, StrASCIIIteratorType, StrIteratorType, BytesIteratorType} {
		AddLengthHint(t)
	}
	py.RangeIteratorType.Dict["__length_hint__"] = py.MustNewMethod("__length_hint__", func(self py.Object) (py.Object, error) {
		it, ok := self.(*py.RangeIterator)
		if !ok || it.Step == 0 {
			return py.Int(0), nil
		}
		n := (it.Stop - it.Index + it.Step - sign(it.Step)) / it.Step
		return max(n, 0), nil
	}, 0, "Private method returning an estimate of len(list(it)).")
}

func sign(n py.Int) py.Int {
	if n < 0 {
		return -1
	}
	return 1
}

// AddLengthHint puts __length_hint__ in the dictionary of t, a type whose
// values have a Go M__length_hint__ method, so Python code can call it.
func AddLengthHint(t *py.Type) {
	t.Dict["__length_hint__"] = py.MustNewMethod("__length_hint__", func(self py.Object) (py.Object, error) {
		h, ok := self.(py.I__length_hint__)
		if !ok {
			return py.NotImplemented, nil
		}
		return h.M__length_hint__()
	}, 0, "Private method returning an estimate of len(list(it)).")
}

// indexIterator steps through n items by index.
type indexIterator struct {
	typ  *py.Type
	n    int
	i    int
	item func(i int) py.Object
}

func (it *indexIterator) Type() *py.Type                { return it.typ }
func (it *indexIterator) M__iter__() (py.Object, error) { return it, nil }

func (it *indexIterator) M__next__() (py.Object, error) {
	if it.i >= it.n {
		return nil, py.StopIteration
	}
	v := it.item(it.i)
	it.i++
	return v, nil
}

func (it *indexIterator) M__length_hint__() (py.Object, error) { return py.Int(it.n - it.i), nil }

func (it *listIterator) M__length_hint__() (py.Object, error) {
	if it.list == nil || it.i >= len(it.list.Items) {
		return py.Int(0), nil
	}
	return py.Int(len(it.list.Items) - it.i), nil
}

func tupleIterator(t py.Tuple) py.Object {
	return &indexIterator{typ: TupleIteratorType, n: len(t), item: func(i int) py.Object { return t[i] }}
}

func strIterator(s py.String) py.Object {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return &indexIterator{typ: StrASCIIIteratorType, n: len(s), item: func(i int) py.Object { return s[i : i+1] }}
	}
	rs := []rune(string(s))
	return &indexIterator{typ: StrIteratorType, n: len(rs), item: func(i int) py.Object { return py.String(rs[i]) }}
}

func bytesIterator(b py.Bytes) py.Object {
	return &indexIterator{typ: BytesIteratorType, n: len(b), item: func(i int) py.Object { return py.Int(b[i]) }}
}
