package eventloop_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/awaitproto"
	"github.com/gpyasync/gpyasync/eventloop"
	"github.com/gpyasync/gpyasync/pyerr"
)

func TestGoResult(t *testing.T) {
	e := newEnv(t)
	fut := e.loop.Go(func(context.Context) (py.Object, error) { return py.Int(5), nil })
	res, err := e.loop.RunUntilComplete(context.Background(), fut)
	require.NoError(t, err)
	assert.Equal(t, py.Int(5), res)
	fut = e.loop.Go(func(context.Context) (py.Object, error) { return nil, nil })
	res, err = e.loop.RunUntilComplete(context.Background(), fut)
	require.NoError(t, err)
	assert.Equal(t, py.None, res)
}

func TestGoErrors(t *testing.T) {
	e := newEnv(t)
	l := e.loop
	run := func(fn func(context.Context) (py.Object, error)) error {
		_, err := l.RunUntilComplete(context.Background(), l.Go(fn))
		return err
	}
	err := run(func(context.Context) (py.Object, error) { return nil, pyerr.Newf(py.KeyError, "k") })
	requireExc(t, err, py.KeyError, "k")
	err = run(func(context.Context) (py.Object, error) {
		return nil, fmt.Errorf("wrapped: %w", pyerr.Newf(py.ValueError, "inner"))
	})
	requireExc(t, err, py.ValueError, "inner")
	err = run(func(context.Context) (py.Object, error) { return nil, errors.New("disk on fire") })
	requireExc(t, err, py.RuntimeError, "disk on fire")
	err = run(func(context.Context) (py.Object, error) { panic("boom") })
	requireExc(t, err, py.RuntimeError, "Go function panicked: boom")
}

func TestGoCancelledFromPython(t *testing.T) {
	e := newEnv(t)
	l := e.loop
	started := make(chan struct{})
	sawCancel := make(chan error, 1)
	fut := l.Go(func(ctx context.Context) (py.Object, error) {
		close(started)
		<-ctx.Done()
		sawCancel <- ctx.Err()
		return py.String("too late"), nil
	})
	coro := awaitproto.NewCoroutine("waits", awaitThen(fut, func(v py.Object, err error) (py.Object, error) { return v, err }))
	task, err := l.CreateTask(coro)
	require.NoError(t, err)
	_, err = l.CallSoonFunc(func() {
		<-started
		task.Cancel(py.String("enough"))
	})
	require.NoError(t, err)
	_, err = l.RunUntilComplete(context.Background(), task)
	requireExc(t, err, eventloop.CancelledError, "enough")
	assert.ErrorIs(t, <-sawCancel, context.Canceled)
	// The late result is dropped: the future stays cancelled and nothing
	// reaches the exception handler.
	runFor(t, l, 10*time.Millisecond)
	assert.True(t, fut.(*eventloop.Future).Cancelled())
	assert.Empty(t, e.stderr.String())
}

func TestGoExactlyOnceUnderCancellation(t *testing.T) {
	e := newEnv(t)
	l := e.loop
	const n = 200
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	futs := make([]*eventloop.Future, n)
	calls := make([]int, n)
	done := 0
	for i := range futs {
		block := i%3 == 0
		futs[i] = l.Go(func(ctx context.Context) (py.Object, error) {
			if block {
				<-ctx.Done()
				return nil, ctx.Err()
			}
			return py.Int(i), nil
		}).(*eventloop.Future)
		futs[i].AddDoneFunc(func(py.Object) {
			calls[i]++
			done++
			if done == n {
				l.Stop()
			}
		})
	}
	for i, f := range futs {
		if i%3 == 0 || rng.Intn(2) == 0 {
			delay := time.Duration(rng.Intn(500)) * time.Microsecond
			_, err := l.CallLaterFunc(delay, func() { f.Cancel(nil) })
			require.NoError(t, err)
		}
	}
	runUntilStopped(t, l)
	// Give late deliveries time to arrive: they must be dropped.
	runFor(t, l, 20*time.Millisecond)
	for i, f := range futs {
		assert.Equal(t, 1, calls[i], "future %d", i)
		require.True(t, f.Done())
		if f.Cancelled() {
			continue
		}
		res, err := f.Result()
		require.NoError(t, err)
		assert.Equal(t, py.Int(i), res)
	}
	assert.Empty(t, e.stderr.String())
}

func TestGoOutlivesClosedLoop(t *testing.T) {
	e := newEnv(t)
	release := make(chan struct{})
	returned := make(chan struct{})
	e.loop.Go(func(context.Context) (py.Object, error) {
		defer close(returned)
		<-release
		return py.Int(1), nil
	})
	require.NoError(t, e.loop.Close())
	close(release)
	<-returned
}

func TestGoFromAnotherGoroutine(t *testing.T) {
	e := newEnv(t)
	ch := make(chan py.Object)
	go func() {
		ch <- e.loop.Go(func(context.Context) (py.Object, error) { return py.Int(9), nil })
	}()
	fut := <-ch
	res, err := e.loop.RunUntilComplete(context.Background(), fut)
	require.NoError(t, err)
	assert.Equal(t, py.Int(9), res)
}

func TestFutureRefusesOtherGoroutines(t *testing.T) {
	e := newEnv(t)
	f := e.loop.NewFuture()
	errs := make(chan error, 2)
	go func() {
		errs <- f.SetResult(py.None)
		errs <- f.SetException(pyerr.Newf(py.ValueError, "x"))
	}()
	for i := 0; i < 2; i++ {
		requireExc(t, <-errs, py.RuntimeError, "Non-thread-safe operation invoked on an event loop other than the current one")
	}
	assert.False(t, f.Done())
}
