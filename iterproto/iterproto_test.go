package iterproto_test

import (
	"errors"
	"runtime"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"

	"github.com/gpyasync/gpyasync/internal/pyassert"
	"github.com/gpyasync/gpyasync/iterproto"
	"github.com/gpyasync/gpyasync/pyerr"
)

// fakeIter yields items, then fails with end.
type fakeIter struct {
	items []py.Object
	end   error
}

var fakeIterType = py.NewType("fake_iterator", "")

func (f *fakeIter) Type() *py.Type                { return fakeIterType }
func (f *fakeIter) M__iter__() (py.Object, error) { return f, nil }
func (f *fakeIter) M__next__() (py.Object, error) {
	if len(f.items) == 0 {
		return nil, f.end
	}
	v := f.items[0]
	f.items = f.items[1:]
	return v, nil
}

// iterable's __iter__ returns whatever it holds.
type iterable struct{ it py.Object }

var iterableType = py.NewType("fake_iterable", "")

func (i *iterable) Type() *py.Type                { return iterableType }
func (i *iterable) M__iter__() (py.Object, error) { return i.it, nil }

var myStop = py.StopIteration.NewType("MyStop", "", nil, nil)

func init() {
	// NewType copies the base's flags, READY included, so clear it to
	// get the MRO computed.
	myStop.Flags &^= py.TPFLAGS_READY
	if err := myStop.Ready(); err != nil {
		panic(err)
	}
}

func TestIterErrors(t *testing.T) {
	_, err := iterproto.Iter(py.Int(5))
	pyassert.Message(t, err, py.TypeError, "'int' object is not iterable")

	_, err = iterproto.Iter(&iterable{it: py.Int(1)})
	pyassert.Message(t, err, py.TypeError, "iter() returned non-iterator of type 'int'")

	it := &fakeIter{}
	got, err := iterproto.Iter(&iterable{it: it})
	require.NoError(t, err)
	assert.Same(t, it, got)
}

func TestNextStopForms(t *testing.T) {
	withArgs := func(typ *py.Type, args ...py.Object) *py.Exception {
		return &py.Exception{Base: typ, Args: py.Tuple(args), Dict: py.StringDict{}}
	}
	tests := []struct {
		name  string
		end   error
		value py.Object
	}{
		{"bare class", py.StopIteration, py.None},
		{"instance no args", withArgs(py.StopIteration), py.None},
		{"instance with value", withArgs(py.StopIteration, py.Int(7)), py.Int(7)},
		{"exception info", py.ExceptionInfo{Type: py.StopIteration, Value: withArgs(py.StopIteration, py.String("x"))}, py.String("x")},
		{"pointer to exception info", &py.ExceptionInfo{Type: py.StopIteration, Value: withArgs(py.StopIteration, py.Int(3))}, py.Int(3)},
		{"subclass instance", withArgs(myStop, py.Int(9)), py.Int(9)},
		{"subclass class", myStop, py.None},
		{"our constructor", iterproto.StopIteration(py.Int(4)), py.Int(4)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			it := &fakeIter{items: []py.Object{py.Int(1)}, end: tc.end}
			v, done, err := iterproto.Next(it)
			require.NoError(t, err)
			assert.False(t, done)
			assert.Equal(t, py.Int(1), v)
			v, done, err = iterproto.Next(it)
			require.NoError(t, err)
			assert.True(t, done)
			assert.Equal(t, tc.value, v)
		})
	}
}

func TestNextErrors(t *testing.T) {
	_, _, err := iterproto.Next(py.Int(1))
	pyassert.Message(t, err, py.TypeError, "'int' object is not an iterator")

	_, done, err := iterproto.Next(&fakeIter{end: py.ExceptionNewf(py.ValueError, "boom")})
	assert.False(t, done)
	pyassert.Message(t, err, py.ValueError, "boom")

	// A bare class other than StopIteration is an error too, normalized.
	_, done, err = iterproto.Next(&fakeIter{end: py.KeyError})
	assert.False(t, done)
	var info py.ExceptionInfo
	require.True(t, errors.As(err, &info))
	assert.Equal(t, py.KeyError, info.Type)
}

func TestStopIteration(t *testing.T) {
	e := pyerr.Exception(iterproto.StopIteration(py.None))
	assert.Equal(t, py.StopIteration, e.Base)
	assert.Len(t, e.Args, 0)

	e = pyerr.Exception(iterproto.StopIteration(py.Tuple{py.Int(1), py.Int(2)}))
	assert.Equal(t, py.Tuple{py.Tuple{py.Int(1), py.Int(2)}}, e.Args)
	assert.Equal(t, py.Tuple{py.Int(1), py.Int(2)}, iterproto.ExceptionValue(e))

	v, ok := iterproto.StopValue(iterproto.StopIteration(py.String("r")))
	assert.True(t, ok)
	assert.Equal(t, py.String("r"), v)

	v, ok = iterproto.StopValue(iterproto.StopIteration(py.None))
	assert.True(t, ok)
	assert.Equal(t, py.None, v)

	_, ok = iterproto.StopValue(py.ExceptionNewf(py.ValueError, "no"))
	assert.False(t, ok)
	_, ok = iterproto.StopValue(nil)
	assert.False(t, ok)
	_, ok = iterproto.StopValue(py.GeneratorExit)
	assert.False(t, ok)
}

func TestCollect(t *testing.T) {
	tests := []struct {
		name string
		in   py.Object
		want []py.Object
	}{
		{"tuple", py.Tuple{py.Int(1), py.Int(2)}, []py.Object{py.Int(1), py.Int(2)}},
		{"list", py.NewListFromItems([]py.Object{py.Int(3)}), []py.Object{py.Int(3)}},
		{"str", py.String("hé"), []py.Object{py.String("h"), py.String("é")}},
		{"bytes", py.Bytes{0, 255}, []py.Object{py.Int(0), py.Int(255)}},
		{"empty tuple", py.Tuple{}, []py.Object{}},
		{"iterator", &fakeIter{items: []py.Object{py.Int(5), py.Int(6)}, end: py.ExceptionNewf(py.StopIteration, "v")}, []py.Object{py.Int(5), py.Int(6)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := iterproto.Collect(tc.in)
			require.NoError(t, err)
			assert.Equal(t, len(tc.want), len(got))
			for i := range tc.want {
				assert.Equal(t, tc.want[i], got[i])
			}
		})
	}

	// The result must not alias the list's storage.
	l := py.NewListFromItems([]py.Object{py.Int(1)})
	got, err := iterproto.Collect(l)
	require.NoError(t, err)
	got[0] = py.Int(2)
	assert.Equal(t, py.Int(1), l.Items[0])

	_, err = iterproto.Collect(&fakeIter{items: []py.Object{py.Int(1)}, end: py.ExceptionNewf(py.ValueError, "mid")})
	pyassert.Message(t, err, py.ValueError, "mid")

	_, err = iterproto.Collect(py.None)
	pyassert.Message(t, err, py.TypeError, "'NoneType' object is not iterable")
}

func TestAll(t *testing.T) {
	var got []py.Object
	for v, err := range iterproto.All(py.Tuple{py.Int(1), py.Int(2), py.Int(3)}) {
		require.NoError(t, err)
		if v == py.Int(3) {
			break
		}
		got = append(got, v)
	}
	assert.Equal(t, []py.Object{py.Int(1), py.Int(2)}, got)

	var errs []error
	n := 0
	for v, err := range iterproto.All(&fakeIter{items: []py.Object{py.Int(1)}, end: py.ExceptionNewf(py.ValueError, "x")}) {
		if err != nil {
			assert.Nil(t, v)
			errs = append(errs, err)
			continue
		}
		n++
	}
	assert.Equal(t, 1, n)
	require.Len(t, errs, 1)
	pyassert.Message(t, errs[0], py.ValueError, "x")

	errs = nil
	for _, err := range iterproto.All(py.Int(1)) {
		errs = append(errs, err)
	}
	require.Len(t, errs, 1)
	pyassert.Message(t, errs[0], py.TypeError, "'int' object is not iterable")
}

func ints(n int) func(func(py.Object) bool) {
	return func(yield func(py.Object) bool) {
		for i := range n {
			if !yield(py.Int(i)) {
				return
			}
		}
	}
}

func TestFromSeqExhausted(t *testing.T) {
	defer goleak.VerifyNone(t)
	it := iterproto.FromSeq(ints(3))
	assert.Equal(t, "go_seq_iterator", it.Type().Name)
	self, err := iterproto.Iter(it)
	require.NoError(t, err)
	assert.Same(t, it, self)
	got, err := iterproto.Collect(it)
	require.NoError(t, err)
	assert.Equal(t, []py.Object{py.Int(0), py.Int(1), py.Int(2)}, got)
	// Stays exhausted.
	_, done, err := iterproto.Next(it)
	require.NoError(t, err)
	assert.True(t, done)
}

func TestFromSeqAbandoned(t *testing.T) {
	defer goleak.VerifyNone(t)
	func() {
		it := iterproto.FromSeq(ints(100))
		v, done, err := iterproto.Next(it)
		require.NoError(t, err)
		require.False(t, done)
		assert.Equal(t, py.Int(0), v)
	}()
	// The finalizer runs after a collection; give it a few rounds.
	for range 20 {
		runtime.GC()
		time.Sleep(5 * time.Millisecond)
	}
}

func TestFromSeqNilAndPanic(t *testing.T) {
	defer goleak.VerifyNone(t)
	it := iterproto.FromSeq(func(yield func(py.Object) bool) {
		if !yield(nil) {
			return
		}
		panic("bad seq")
	})
	v, _, err := iterproto.Next(it)
	require.NoError(t, err)
	assert.Equal(t, py.None, v)
	_, _, err = iterproto.Next(it)
	pyassert.Message(t, err, py.SystemError, "Go sequence panicked: bad seq")
	_, done, err := iterproto.Next(it)
	require.NoError(t, err)
	assert.True(t, done)
}

func counter(results ...any) py.Object {
	i := 0
	return py.MustNewMethod("f", func(self py.Object, args py.Tuple) (py.Object, error) {
		r := results[i]
		i++
		if err, ok := r.(error); ok {
			return nil, err
		}
		return r.(py.Object), nil
	}, 0, "")
}

func TestCallIter(t *testing.T) {
	it := iterproto.CallIter(counter(py.Int(1), py.Int(2), py.Int(0), py.Int(5)), py.Int(0))
	assert.Equal(t, "callable_iterator", it.Type().Name)
	got, err := iterproto.Collect(it)
	require.NoError(t, err)
	assert.Equal(t, []py.Object{py.Int(1), py.Int(2)}, got)
	// Exhausted for good: the callable is not called again (it would
	// return 5).
	_, done, err := iterproto.Next(it)
	require.NoError(t, err)
	assert.True(t, done)

	// StopIteration from the callable ends the iteration, without its value.
	it = iterproto.CallIter(counter(py.Int(1), iterproto.StopIteration(py.Int(9)), py.Int(2)), py.None)
	v, _, err := iterproto.Next(it)
	require.NoError(t, err)
	assert.Equal(t, py.Int(1), v)
	v, done, err = iterproto.Next(it)
	require.NoError(t, err)
	assert.True(t, done)
	assert.Equal(t, py.None, v)
	_, done, _ = iterproto.Next(it)
	assert.True(t, done)

	// Other errors propagate and do not exhaust it.
	it = iterproto.CallIter(counter(py.ExceptionNewf(py.ValueError, "e"), py.Int(3)), py.None)
	_, _, err = iterproto.Next(it)
	pyassert.Message(t, err, py.ValueError, "e")
	v, _, err = iterproto.Next(it)
	require.NoError(t, err)
	assert.Equal(t, py.Int(3), v)

	// Tuples are compared by value, without a Go panic.
	it = iterproto.CallIter(counter(py.Tuple{py.Int(1)}, py.Tuple{}), py.Tuple{})
	got, err = iterproto.Collect(it)
	require.NoError(t, err)
	assert.Equal(t, []py.Object{py.Tuple{py.Int(1)}}, got)
}
