package gpyasync

import (
	"bytes"
	"context"
	"errors"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// newApp starts a Runtime with testdata/app.py loaded.
func newApp(t *testing.T, opts ...Option) *Runtime {
	t.Helper()
	src, err := os.ReadFile("testdata/app.py")
	require.NoError(t, err)
	r := New(opts...)
	t.Cleanup(func() { _ = r.Close() })
	require.NoError(t, r.Exec(context.Background(), string(src), "app.py"))
	return r
}

func TestCallSyncAndAsync(t *testing.T) {
	r := newApp(t)
	ctx := context.Background()
	v, err := r.Call(ctx, "add", py.Int(2), py.Int(3))
	require.NoError(t, err)
	assert.Equal(t, py.Int(5), v)

	v, err = r.Call(ctx, "slow_double", py.Int(21))
	require.NoError(t, err)
	assert.Equal(t, py.Int(42), v)
}

func TestExecAccumulatesAndPrints(t *testing.T) {
	var out bytes.Buffer
	r := New(WithStdout(&out), WithArgv("prog", "x"))
	defer r.Close()
	ctx := context.Background()
	require.NoError(t, r.Exec(ctx, "import sys\nn = len(sys.argv)\n", "a.py"))
	require.NoError(t, r.Exec(ctx, "print('argv', n, sys.argv[1])\n", "b.py"))
	require.NoError(t, r.Close())
	assert.Equal(t, "argv 2 x\n", out.String())
}

func TestPythonErrorsAreExceptionInfo(t *testing.T) {
	r := newApp(t)
	ctx := context.Background()

	_, err := r.Call(ctx, "fail")
	var info py.ExceptionInfo
	require.True(t, errors.As(err, &info), "%v", err)
	assert.Equal(t, py.ValueError, info.Type)
	assert.Contains(t, err.Error(), "bad value")

	_, err = r.Call(ctx, "missing")
	require.True(t, errors.As(err, &info), "%v", err)
	assert.Equal(t, py.NameError, info.Type)

	err = r.Exec(ctx, "1/0\n", "z.py")
	require.True(t, errors.As(err, &info), "%v", err)
	assert.Equal(t, py.ZeroDivisionError, info.Type)

	err = r.Exec(ctx, "def (:\n", "s.py")
	require.True(t, errors.As(err, &info), "%v", err)
	assert.Equal(t, py.SyntaxError, info.Type)
}

func TestCancelContextCancelsTask(t *testing.T) {
	r := newApp(t)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	_, err := r.Call(ctx, "wait_forever")
	require.ErrorIs(t, err, context.DeadlineExceeded)

	v, err := r.Call(context.Background(), "get_events")
	require.NoError(t, err)
	assert.Equal(t, "['cancelled', 'finally']", mustRepr(t, r, v))
}

func mustRepr(t *testing.T, r *Runtime, v py.Object) string {
	t.Helper()
	var s string
	require.NoError(t, r.Do(context.Background(), func(py.Context) error {
		o, err := py.Repr(v)
		if err == nil {
			s = string(o.(py.String))
		}
		return err
	}))
	return s
}

func TestCloseCancelsLeftoverTasks(t *testing.T) {
	r := newApp(t)
	ctx := context.Background()
	require.NoError(t, r.Exec(ctx, "t = asyncio.get_event_loop().create_task(wait_forever())\n", "leftover.py"))
	var events py.Object
	require.NoError(t, r.Do(ctx, func(pc py.Context) error {
		m, err := pc.GetModule("__main__")
		events = m.Globals["events"]
		return err
	}))
	require.NoError(t, r.Close())
	// The Runtime's goroutine has ended: the list is ours now.
	assert.Equal(t, py.String("cancelled"), events.(*py.List).Items[0])
	assert.Equal(t, py.String("finally"), events.(*py.List).Items[1])
}

func TestClosedRuntimeRefusesWork(t *testing.T) {
	r := New()
	require.NoError(t, r.Close())
	require.NoError(t, r.Close())
	_, err := r.Call(context.Background(), "f")
	assert.ErrorIs(t, err, ErrClosed)
	assert.ErrorIs(t, r.Exec(context.Background(), "x = 1\n", "x.py"), ErrClosed)
}

func TestGoBridge(t *testing.T) {
	r := newApp(t)
	fut := r.Go(func(context.Context) (py.Object, error) { return py.String("from Go"), nil })
	v, err := r.Call(context.Background(), "await_go", fut)
	require.NoError(t, err)
	assert.Equal(t, py.String("from Go"), v)
}

func TestConcurrentCallers(t *testing.T) {
	r := newApp(t)
	var wg sync.WaitGroup
	results := make([]py.Object, 8)
	errs := make([]error, 8)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], errs[i] = r.Call(context.Background(), "slow_double", py.Int(i))
		}()
	}
	wg.Wait()
	for i := range results {
		require.NoError(t, errs[i])
		assert.Equal(t, py.Int(2*i), results[i])
	}
}

// Module code runs while the Runtime's loop runs; CPython refuses
// asyncio.run there with this RuntimeError.
func TestAsyncioRunInsideExecRefused(t *testing.T) {
	r := newApp(t)
	err := r.Exec(context.Background(), "asyncio.run(slow_double(1))\n", "nested.py")
	var info py.ExceptionInfo
	require.True(t, errors.As(err, &info), "%v", err)
	assert.Equal(t, py.RuntimeError, info.Type)
	assert.Contains(t, err.Error(), "asyncio.run() cannot be called from a running event loop")
}

func TestAwaitGoFuture(t *testing.T) {
	r := newApp(t)
	fut := r.Go(func(context.Context) (py.Object, error) { return nil, errors.New("go failed") })
	_, err := r.Await(context.Background(), fut)
	var info py.ExceptionInfo
	require.True(t, errors.As(err, &info), "%v", err)
	assert.Equal(t, py.RuntimeError, info.Type)
	assert.Contains(t, err.Error(), "go failed")
}
