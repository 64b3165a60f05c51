package heapq

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type item struct{ key, id int }

func byKey(a, b item) (bool, error) { return a.key < b.key, nil }

// CPython 3.11: pushing (key, id) pairs compared on key only, in this order,
// then popping everything, gives this id order (heapq with a key-only __lt__).
func TestTiesComeOutAsInCPython(t *testing.T) {
	var h []item
	for id := 0; id < 5; id++ {
		require.NoError(t, Push(&h, item{key: 1, id: id}, byKey))
	}
	var got []int
	for len(h) > 0 {
		x, err := Pop(&h, byKey)
		require.NoError(t, err)
		got = append(got, x.id)
	}
	assert.Equal(t, []int{0, 2, 4, 1, 3}, got)
}

func TestOrders(t *testing.T) {
	var h []item
	for i, k := range []int{5, 1, 4, 2, 3, 0} {
		require.NoError(t, Push(&h, item{key: k, id: i}, byKey))
	}
	for want := 0; want < 6; want++ {
		x, err := Pop(&h, byKey)
		require.NoError(t, err)
		assert.Equal(t, want, x.key)
	}
}
