package eventloop

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestGoroutineID(t *testing.T) {
	me := goroutineID()
	assert.NotZero(t, me)
	assert.Equal(t, me, goroutineID())
	const n = 4
	ids := make(chan uint64, n)
	release := make(chan struct{})
	for i := 0; i < n; i++ {
		go func() {
			ids <- goroutineID()
			<-release // keep every goroutine alive while the others look
		}()
	}
	seen := map[uint64]bool{me: true}
	for i := 0; i < n; i++ {
		id := <-ids
		assert.False(t, seen[id], "goroutines share an id")
		seen[id] = true
	}
	close(release)
}
