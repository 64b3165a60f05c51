package hashed

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/pyerr"
)

func TestDictOrderAndDelete(t *testing.T) {
	d := NewDict()
	for i := 0; i < 100; i++ {
		require.NoError(t, d.SetItem(py.Int(i), py.Int(i*i)))
	}
	for i := 0; i < 100; i += 2 {
		ok, err := d.Delete(py.Int(i))
		require.NoError(t, err)
		require.True(t, ok)
	}
	require.NoError(t, d.SetItem(py.Int(0), py.String("back")))
	keys := d.Keys()
	require.Len(t, keys, 51)
	assert.Equal(t, py.Int(1), keys[0])
	assert.Equal(t, py.Int(99), keys[49])
	assert.Equal(t, py.Int(0), keys[50], "a reinserted key goes last")
	v, ok, err := d.Get(py.Float(0))
	require.NoError(t, err)
	assert.True(t, ok, "0.0 finds the key 0")
	assert.Equal(t, py.String("back"), v)
	k, _, ok := d.PopItem()
	assert.True(t, ok)
	assert.Equal(t, py.Int(0), k, "popitem is LIFO")
}

func TestDictMixedKeys(t *testing.T) {
	d := NewDict()
	require.NoError(t, d.SetItem(py.Int(1), py.String("int")))
	require.NoError(t, d.SetItem(py.True, py.String("bool")))
	require.NoError(t, d.SetItem(py.Float(1), py.String("float")))
	require.NoError(t, d.SetItem(py.Tuple{py.Int(1), py.String("a")}, py.None))
	require.NoError(t, d.SetItem(py.None, py.None))
	assert.Equal(t, 3, d.Len())
	v, ok, err := d.Get(py.Int(1))
	require.NoError(t, err)
	assert.True(t, ok)
	assert.Equal(t, py.String("float"), v, "1, True and 1.0 are one key; the last value wins")
	assert.Equal(t, py.Int(1), d.Keys()[0], "the first key object stays")
	_, ok, err = d.Get(py.Tuple{py.Int(1), py.String("a")})
	require.NoError(t, err)
	assert.True(t, ok)
	err = d.SetItem(py.NewList(), py.None)
	require.Error(t, err)
	assert.True(t, pyerr.Matches(err, py.TypeError))
	assert.Equal(t, "unhashable type: 'list'", string(pyerr.Exception(err).Args.(py.Tuple)[0].(py.String)))
}

func TestDictStringHelpers(t *testing.T) {
	d := FromStringDict(py.StringDict{"b": py.Int(2), "a": py.Int(1)})
	assert.Equal(t, []py.Object{py.String("a"), py.String("b")}, d.Keys(), "a gpython dict's keys come sorted")
	d.SetString("c", py.Int(3))
	v, ok := d.GetString("c")
	assert.True(t, ok)
	assert.Equal(t, py.Int(3), v)
	_, ok = d.GetString("zz")
	assert.False(t, ok)
	sd, err := d.StringDict()
	require.NoError(t, err)
	assert.Equal(t, py.StringDict{"a": py.Int(1), "b": py.Int(2), "c": py.Int(3)}, sd)
	require.NoError(t, d.SetItem(py.Int(5), py.None))
	_, err = d.StringDict()
	assert.Error(t, err, "an int key has no place in a gpython dict")
}

func TestDictIteratorErrors(t *testing.T) {
	d := NewDict()
	d.SetString("a", py.Int(1))
	it, err := d.M__iter__()
	require.NoError(t, err)
	d.SetString("b", py.Int(2))
	_, err = it.(*DictIterator).M__next__()
	require.Error(t, err)
	assert.True(t, pyerr.Matches(err, py.RuntimeError))
	assert.Equal(t, "dictionary changed size during iteration", string(pyerr.Exception(err).Args.(py.Tuple)[0].(py.String)))
}

func TestSetOfSetsAndFrozenLookup(t *testing.T) {
	inner := NewSet()
	require.NoError(t, inner.Add(py.Int(1)))
	outer := NewSet()
	err := outer.Add(inner)
	require.Error(t, err)
	assert.True(t, pyerr.Matches(err, py.TypeError))
	require.NoError(t, outer.Add(inner.Copy().copyAs(true)))
	in, err := outer.Contains(inner)
	require.NoError(t, err)
	assert.True(t, in, "a set is looked up as the equal frozenset")
	h1, err := Hash(inner.copyAs(true))
	require.NoError(t, err)
	other := NewFrozenSet()
	require.NoError(t, other.Add(py.Float(1)))
	h2, err := Hash(other)
	require.NoError(t, err)
	assert.Equal(t, h1, h2, "frozenset({1}) and frozenset({1.0}) hash alike")
}

// GetString finds str keys in small dicts (scanned) and large ones
// (hashed), past deleted pairs and non-str keys.
func TestGetStringSmallAndLarge(t *testing.T) {
	for _, n := range []int{1, scanMax, scanMax + 5} {
		d := NewDict()
		d.SetString("gone", py.Int(-1))
		for i := 0; i < n; i++ {
			d.SetString(string(rune('a'+i)), py.Int(i))
		}
		_, err := d.Delete(py.String("gone"))
		require.NoError(t, err)
		for i := 0; i < n; i++ {
			v, ok := d.GetString(string(rune('a' + i)))
			require.True(t, ok, "n=%d i=%d", n, i)
			assert.Equal(t, py.Int(i), v)
		}
		_, ok := d.GetString("gone")
		assert.False(t, ok)
		require.NoError(t, d.SetItem(py.Int(7), py.String("int")))
		v, ok := d.GetString("a")
		assert.True(t, ok)
		assert.Equal(t, py.Int(0), v)
		_, ok = d.GetString("zz")
		assert.False(t, ok)
	}
}
