package pyobj

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/pyerr"
)

// Expected results and messages are CPython 3.11's.
func TestCompareSequences(t *testing.T) {
	cases := []struct {
		a, b py.Object
		c    Cmp
		want bool
	}{
		{py.Tuple{py.Int(1), py.Int(2)}, py.Tuple{py.Int(1), py.Int(3)}, Lt, true},
		{py.Tuple{py.Int(1)}, py.Tuple{py.Int(1), py.Int(0)}, Lt, true},
		{py.Tuple{py.Int(2)}, py.Tuple{py.Int(1), py.Int(9)}, Gt, true},
		{py.NewListFromItems([]py.Object{py.String("a")}), py.NewListFromItems([]py.Object{py.String("a")}), Ge, true},
		{py.Tuple{}, py.Tuple{}, Le, true},
	}
	for _, c := range cases {
		r, err := Compare(c.a, c.b, c.c)
		require.NoError(t, err)
		assert.Equal(t, py.NewBool(c.want), r, "%v %s %v", c.a, c.c, c.b)
	}
}

func TestCompareUnorderable(t *testing.T) {
	_, err := Compare(py.Int(1), py.String("a"), Lt)
	require.Error(t, err)
	assert.True(t, pyerr.Matches(err, py.TypeError))
	assert.Equal(t, py.Tuple{py.String("'<' not supported between instances of 'int' and 'str'")}, pyerr.Exception(err).Args)

	_, err = Less(py.Tuple{py.Int(1), py.Int(2)}, py.Tuple{py.Int(1), py.String("x")})
	require.Error(t, err)
	assert.Equal(t, py.Tuple{py.String("'<' not supported between instances of 'int' and 'str'")}, pyerr.Exception(err).Args)

	r, err := Compare(py.Int(1), py.String("a"), Eq)
	require.NoError(t, err)
	assert.Equal(t, py.False, r, "unrelated objects are unequal")
}

func TestContains(t *testing.T) {
	in, err := Contains(py.Tuple{py.Int(1), py.Int(2)}, py.Int(2))
	require.NoError(t, err)
	assert.True(t, in)
	_, err = Contains(py.Int(5), py.Int(1))
	require.Error(t, err)
	assert.Equal(t, py.Tuple{py.String("argument of type 'int' is not iterable")}, pyerr.Exception(err).Args)
}
