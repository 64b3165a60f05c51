package iterproto

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/pyerr"
)

// CPython: a list iterator sees items appended during the iteration and
// stays exhausted once it has ended.
func TestListIteratorIsLive(t *testing.T) {
	l := py.NewListFromItems([]py.Object{py.Int(1)})
	it, err := Iter(l)
	require.NoError(t, err)
	assert.Equal(t, "list_iterator", it.Type().Name)
	v, done, err := Next(it)
	require.NoError(t, err)
	require.False(t, done)
	assert.Equal(t, py.Int(1), v)
	l.Items = append(l.Items, py.Int(2))
	v, done, err = Next(it)
	require.NoError(t, err)
	require.False(t, done)
	assert.Equal(t, py.Int(2), v)
	_, done, err = Next(it)
	require.NoError(t, err)
	require.True(t, done)
	l.Items = append(l.Items, py.Int(3))
	_, done, _ = Next(it)
	assert.True(t, done, "exhausted iterators stay exhausted")
}

// CPython: RuntimeError("dictionary changed size during iteration").
func TestDictIteratorNoticesSizeChange(t *testing.T) {
	d := py.StringDict{"a": py.Int(1)}
	it, err := Iter(d)
	require.NoError(t, err)
	assert.Equal(t, "dict_keyiterator", it.Type().Name)
	v, _, err := Next(it)
	require.NoError(t, err)
	assert.Equal(t, py.String("a"), v)
	d["b"] = py.Int(2)
	_, _, err = Next(it)
	require.Error(t, err)
	assert.True(t, pyerr.Matches(err, py.RuntimeError))
	assert.Equal(t, py.Tuple{py.String("dictionary changed size during iteration")}, pyerr.Exception(err).Args)
}
