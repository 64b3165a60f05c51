package iterproto

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Expected values below come from CPython 3.11.

// lengthHint calls it.__length_hint__() as Python code does.
func lengthHint(it py.Object) (py.Object, error) {
	m, err := py.GetAttrString(it, "__length_hint__")
	if err != nil {
		return nil, err
	}
	return py.Call(m, nil, nil)
}

func TestSeqIteratorNamesAndHints(t *testing.T) {
	for _, c := range []struct {
		obj   py.Object
		name  string
		items []py.Object
	}{
		{py.Tuple{py.Int(1), py.None}, "tuple_iterator", []py.Object{py.Int(1), py.None}},
		{py.String("ab"), "str_ascii_iterator", []py.Object{py.String("a"), py.String("b")}},
		{py.String("hé"), "str_iterator", []py.Object{py.String("h"), py.String("é")}},
		{py.Bytes("\x00\xff"), "bytes_iterator", []py.Object{py.Int(0), py.Int(255)}},
		{py.NewListFromItems([]py.Object{py.Int(7)}), "list_iterator", []py.Object{py.Int(7)}},
	} {
		it, err := Iter(c.obj)
		require.NoError(t, err)
		assert.Equal(t, c.name, it.Type().Name)
		hint, err := lengthHint(it)
		require.NoError(t, err)
		assert.Equal(t, py.Int(len(c.items)), hint, c.name)
		items, err := Collect(it)
		require.NoError(t, err)
		assert.Equal(t, c.items, items)
		hint, err = lengthHint(it)
		require.NoError(t, err)
		assert.Equal(t, py.Int(0), hint, c.name)
	}
}

func TestRangeIteratorLengthHint(t *testing.T) {
	for _, c := range []struct {
		r    py.Range
		want py.Int
	}{
		{py.Range{Start: 0, Stop: 5, Step: 1}, 5}, {py.Range{Start: 10, Stop: 0, Step: -3}, 4},
		{py.Range{Start: 1, Stop: 8, Step: 2}, 4}, {py.Range{Start: 3, Stop: 3, Step: 1}, 0}, {py.Range{Start: 5, Stop: 0, Step: 1}, 0},
	} {
		it, err := c.r.M__iter__()
		require.NoError(t, err)
		n, err := lengthHint(it)
		require.NoError(t, err)
		assert.Equal(t, c.want, n, "%v", c.r)
	}
}
