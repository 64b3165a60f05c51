package eventloop

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The ready queue is FIFO whatever the interleaving of pushes and pops,
// across wrap-arounds of its ring and its growth.
func TestQueueOrder(t *testing.T) {
	var q queue
	next, want := 0, 0
	push := func(k int) {
		for ; k > 0; k-- {
			q.push(entry{arg: py.Int(next)})
			next++
		}
	}
	pop := func(k int) {
		for ; k > 0; k-- {
			require.Positive(t, q.len())
			assert.Equal(t, py.Int(want), q.pop().arg)
			want++
		}
	}
	push(10)
	pop(7)
	push(12) // wraps around the ring of 16
	pop(5)
	push(30) // grows while wrapped
	pop(q.len())
	assert.Equal(t, next, want)
	assert.Zero(t, q.len())
}

// A burst leaves no large array behind once the queue is empty; a small
// one is kept for reuse.
func TestQueueReleasesBurst(t *testing.T) {
	var q queue
	for i := 0; i < 3*maxIdleQueue; i++ {
		q.push(entry{arg: py.Int(i)})
	}
	for q.len() > 0 {
		q.pop()
	}
	assert.Nil(t, q.items)
	q.push(entry{arg: py.Int(1)})
	q.pop()
	assert.NotNil(t, q.items)
}
