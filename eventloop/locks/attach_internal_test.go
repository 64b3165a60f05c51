package locks

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/eventloop"
	"github.com/gpyasync/gpyasync/pyerr"
)

func TestAttach(t *testing.T) {
	l := eventloop.New(nil)
	defer func() { _ = l.Close() }()
	_, err := runningLoop()
	require.True(t, pyerr.Matches(err, py.RuntimeError))
	detach := Attach(l)
	got, err := runningLoop()
	require.NoError(t, err)
	assert.Same(t, l, got)

	other := make(chan error)
	go func() {
		_, err := runningLoop()
		other <- err
	}()
	assert.Error(t, <-other, "attached to another goroutine")

	detach()
	_, err = runningLoop()
	require.Error(t, err)
}

func TestGoroutineID(t *testing.T) {
	me := goroutineID()
	require.NotZero(t, me)
	assert.Equal(t, me, goroutineID())
	other := make(chan uint64)
	go func() { other <- goroutineID() }()
	assert.NotEqual(t, me, <-other)
}
