package locks_test

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/eventloop/locks"
)

// Each queue class parameterizes itself, as asyncio.queues.LifoQueue[int]
// reads in CPython.
func TestQueueClassGetItem(t *testing.T) {
	for _, c := range []struct {
		cls  *py.Type
		want string
	}{
		{locks.QueueType, "asyncio.queues.Queue[int]"},
		{locks.LifoQueueType, "asyncio.queues.LifoQueue[int]"},
		{locks.PriorityQueueType, "asyncio.queues.PriorityQueue[int]"},
	} {
		get, err := py.GetAttrString(c.cls, "__class_getitem__")
		require.NoError(t, err)
		alias, err := py.Call(get, py.Tuple{py.IntType}, nil)
		require.NoError(t, err)
		assert.Equal(t, c.want, repr(t, alias))
	}
}
