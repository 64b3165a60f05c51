package pylib

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/iterproto"
	"github.com/gpyasync/gpyasync/pyerr"
)

// Expected values below come from CPython 3.11.

func newByteArray(t *testing.T, args ...py.Object) *ByteArray {
	t.Helper()
	Install()
	r, err := py.Call(ByteArrayType, args, nil)
	require.NoError(t, err)
	return r.(*ByteArray)
}

func callMethod(t *testing.T, self py.Object, name string, args ...py.Object) (py.Object, error) {
	t.Helper()
	m, ok := self.Type().Dict[name]
	require.True(t, ok, name)
	return py.Call(m, append(py.Tuple{self}, args...), nil)
}

func TestByteArrayConstruct(t *testing.T) {
	assert.Equal(t, []byte{0, 0, 0}, newByteArray(t, py.Int(3)).Bytes())
	assert.Equal(t, []byte("h\xc3\xa9"), newByteArray(t, py.String("hé"), py.String("utf-8")).Bytes())
	assert.Equal(t, []byte{1, 255}, newByteArray(t, py.NewListFromItems([]py.Object{py.Int(1), py.Int(255)})).Bytes())
	assert.Equal(t, []byte("ab"), newByteArray(t, py.Bytes("ab")).Bytes())
	for _, c := range []struct {
		arg  py.Object
		kind *py.Type
		msg  string
	}{
		{py.NewListFromItems([]py.Object{py.Int(256)}), py.ValueError, "byte must be in range(0, 256)"},
		{py.Int(-1), py.ValueError, "negative count"},
		{py.Float(1.5), py.TypeError, "cannot convert 'float' object to bytearray"},
		{py.String("x"), py.TypeError, "string argument without an encoding"},
		{py.None, py.TypeError, "cannot convert 'NoneType' object to bytearray"},
	} {
		_, err := py.Call(ByteArrayType, py.Tuple{c.arg}, nil)
		require.Error(t, err)
		assert.True(t, pyerr.Matches(err, c.kind), c.msg)
		assert.Equal(t, py.Tuple{py.String(c.msg)}, pyerr.Exception(err).Args)
	}
}

func TestByteArraySequence(t *testing.T) {
	a := newByteArray(t, py.Bytes("abcdef"))
	v, err := a.M__getitem__(py.Int(-1))
	require.NoError(t, err)
	assert.Equal(t, py.Int('f'), v)
	_, err = a.M__setitem__(py.Int(0), py.Int('A'))
	require.NoError(t, err)
	_, err = a.M__setitem__(&py.Slice{Start: py.Int(1), Stop: py.Int(3), Step: py.None}, py.Bytes("XYZ"))
	require.NoError(t, err)
	assert.Equal(t, "AXYZdef", string(a.Bytes()))
	_, err = a.M__setitem__(&py.Slice{Start: py.None, Stop: py.None, Step: py.Int(2)}, py.Bytes("xy"))
	assert.Equal(t, py.Tuple{py.String("attempt to assign bytes of size 2 to extended slice of size 4")}, pyerr.Exception(err).Args)
	_, err = a.M__delitem__(&py.Slice{Start: py.None, Stop: py.None, Step: py.Int(3)})
	require.NoError(t, err)
	assert.Equal(t, "XYde", string(a.Bytes()))
	_, err = a.M__getitem__(py.Int(9))
	assert.Equal(t, py.Tuple{py.String("bytearray index out of range")}, pyerr.Exception(err).Args)
	_, err = a.M__setitem__(py.Int(0), py.Int(300))
	assert.True(t, pyerr.Matches(err, py.ValueError))

	_, err = callMethod(t, a, "append", py.Int('!'))
	require.NoError(t, err)
	r, err := callMethod(t, a, "pop", py.Int(0))
	require.NoError(t, err)
	assert.Equal(t, py.Int('X'), r)
	assert.Equal(t, "Yde!", string(a.Bytes()))

	same, err := a.M__iadd__(py.Bytes("?"))
	require.NoError(t, err)
	assert.Same(t, a, same)
	assert.Equal(t, "Yde!?", string(a.Bytes()))
	_, err = a.M__hash__()
	assert.Equal(t, py.Tuple{py.String("unhashable type: 'bytearray'")}, pyerr.Exception(err).Args)
	rep, err := newByteArray(t, py.Bytes("it's")).M__repr__()
	require.NoError(t, err)
	assert.Equal(t, py.String(`bytearray(b"it\'s")`), rep)
}

func TestByteArraySharedMethods(t *testing.T) {
	a := newByteArray(t, py.Bytes("a,b"))
	r, err := callMethod(t, a, "split", py.Bytes(","))
	require.NoError(t, err)
	parts := r.(*py.List).Items
	require.Len(t, parts, 2)
	assert.Equal(t, "b", string(parts[1].(*ByteArray).Bytes()))
	r, err = callMethod(t, a, "upper")
	require.NoError(t, err)
	assert.Equal(t, "A,B", string(r.(*ByteArray).Bytes()))
	r, err = callMethod(t, a, "find", newByteArray(t, py.Bytes("b")))
	require.NoError(t, err)
	assert.Equal(t, py.Int(2), r)
	_, err = callMethod(t, a, "index", py.Bytes("z"))
	assert.Equal(t, py.Tuple{py.String("subsection not found")}, pyerr.Exception(err).Args)
}

func TestIteratorTypeNames(t *testing.T) {
	Install()
	for _, c := range []struct {
		obj  py.Object
		name string
	}{
		{py.Tuple{}, "tuple_iterator"}, {py.String("a"), "str_ascii_iterator"}, {py.String("é"), "str_iterator"},
		{py.Bytes("a"), "bytes_iterator"}, {newByteArray(t), "bytearray_iterator"},
	} {
		it, err := iterproto.Iter(c.obj)
		require.NoError(t, err)
		assert.Equal(t, c.name, it.Type().Name)
	}
	it := reversedRange(&py.Range{Start: 10, Stop: 0, Step: -3, Length: 4})
	items, err := iterproto.Collect(it)
	require.NoError(t, err)
	assert.Equal(t, []py.Object{py.Int(1), py.Int(4), py.Int(7), py.Int(10)}, items)
	assert.Equal(t, "range_iterator", it.Type().Name)
}
