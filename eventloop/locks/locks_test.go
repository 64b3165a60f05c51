package locks_test

import (
	"context"
	"math/rand"
	"sort"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/eventloop"
	"github.com/gpyasync/gpyasync/eventloop/locks"
)

func TestMembers(t *testing.T) {
	m := locks.Members()
	for _, name := range []string{"Event", "Lock", "Semaphore", "BoundedSemaphore", "Condition", "Barrier",
		"BrokenBarrierError", "Queue", "PriorityQueue", "LifoQueue", "QueueEmpty", "QueueFull"} {
		typ, ok := m[name].(*py.Type)
		require.True(t, ok, name)
		assert.Equal(t, name, typ.Name)
	}
	assert.Len(t, m, 12)
	assert.True(t, locks.BoundedSemaphoreType.IsSubtype(locks.SemaphoreType))
	assert.True(t, locks.PriorityQueueType.IsSubtype(locks.QueueType))
	assert.True(t, locks.LifoQueueType.IsSubtype(locks.QueueType))
	assert.True(t, locks.BrokenBarrierError.IsSubtype(py.RuntimeError))
	assert.True(t, locks.QueueEmpty.IsSubtype(py.ExceptionType))
	assert.Equal(t, py.String("asyncio.locks"), locks.LockType.Dict["__module__"])
	assert.Equal(t, py.String("asyncio.queues"), locks.QueueType.Dict["__module__"])
}

// TestLockFIFO drives a Lock from Go: waiters get it in the order they
// asked, and a cancelled waiter is skipped.
func TestLockFIFO(t *testing.T) {
	e := newEnv(t)
	l := locks.NewLock()
	var order []string
	taker := func(name string) *eventloop.Task {
		task, err := e.loop.CreateTask(l.Acquire())
		require.NoError(t, err)
		task.AddDoneFunc(func(py.Object) {
			if !task.Cancelled() {
				order = append(order, name)
			}
		})
		return task
	}
	first := taker("first")
	_, err := e.run(t, first)
	require.NoError(t, err)
	require.True(t, l.Locked())
	a, b, c := taker("a"), taker("b"), taker("c")
	_, err = e.run(t, sleep0())
	require.NoError(t, err)
	assert.Contains(t, repr(t, l), "[locked, waiters:3]")
	b.Cancel(nil)
	for _, want := range []*eventloop.Task{a, c} {
		require.NoError(t, l.Release())
		_, err = e.run(t, want)
		require.NoError(t, err)
	}
	assert.True(t, b.Cancelled())
	assert.Equal(t, []string{"first", "a", "c"}, order)
	require.NoError(t, l.Release())
	requireExc(t, l.Release(), py.RuntimeError, "Lock is not acquired.")
	assert.Contains(t, repr(t, l), "[unlocked]")
}

func repr(t testing.TB, o py.Object) string {
	t.Helper()
	s, err := o.(py.I__repr__).M__repr__()
	require.NoError(t, err)
	return string(s.(py.String))
}

func TestNoRunningLoop(t *testing.T) {
	e := newEnv(t)
	l := locks.NewLock()
	require.NoError(t, run0(t, e, l.Acquire()))
	// The lock is held, so acquire must wait, which needs a loop; none
	// runs on another goroutine.
	done := make(chan error)
	go func() {
		_, err := drive(l.Acquire())
		done <- err
	}()
	requireExc(t, <-done, py.RuntimeError, "no running event loop")
}

// drive steps aw once outside any loop.
func drive(aw py.Object) (py.Object, error) {
	it, err := aw.(interface{ M__await__() (py.Object, error) }).M__await__()
	if err != nil {
		return nil, err
	}
	return it.(py.I__next__).M__next__()
}

func run0(t testing.TB, e *env, aw py.Object) error {
	t.Helper()
	_, err := e.run(t, aw)
	return err
}

func TestBoundToDifferentLoop(t *testing.T) {
	e1 := newEnv(t)
	ev := locks.NewEvent()
	task, err := e1.loop.CreateTask(ev.Wait())
	require.NoError(t, err)
	_, err = e1.run(t, sleep0())
	require.NoError(t, err)
	ev.Set()
	_, err = e1.run(t, task)
	require.NoError(t, err)
	ev.Clear()

	// A second loop running on the same goroutine is not the event's.
	e2 := newEnv(t)
	_, err = e2.run(t, ev.Wait())
	require.Error(t, err)
	assert.True(t, pyerrMatches(err, py.RuntimeError))
	assert.Regexp(t, `^<asyncio\.locks\.Event object at 0x[0-9a-f]+ \[unset\]> is bound to a different event loop$`, excArg(err))
}

func TestSemaphoreFromGo(t *testing.T) {
	e := newEnv(t)
	_, err := locks.NewSemaphore(-1)
	requireExc(t, err, py.ValueError, "Semaphore initial value must be >= 0")
	s, err := locks.NewBoundedSemaphore(2)
	require.NoError(t, err)
	require.NoError(t, run0(t, e, s.Acquire()))
	require.NoError(t, run0(t, e, s.Acquire()))
	assert.True(t, s.Locked())
	task, err := e.loop.CreateTask(s.Acquire())
	require.NoError(t, err)
	require.NoError(t, run0(t, e, sleep0()))
	assert.False(t, task.Done())
	require.NoError(t, s.Release())
	res, err := e.run(t, task)
	require.NoError(t, err)
	assert.Equal(t, py.True, res)
	require.NoError(t, s.Release())
	require.NoError(t, s.Release())
	requireExc(t, s.Release(), py.ValueError, "BoundedSemaphore released too many times")
}

// TestPriorityOrder checks the heap against a sort of the same items.
func TestPriorityOrder(t *testing.T) {
	e := newEnv(t)
	rng := rand.New(rand.NewSource(1))
	q := locks.NewQueue(0, locks.Priority)
	var want []int
	for i := 0; i < 500; i++ {
		n := rng.Intn(100)
		want = append(want, n)
		require.NoError(t, q.PutNowait(py.Tuple{py.Int(n), py.String("x")}))
		if i%7 == 0 {
			sort.Ints(want)
			got, err := q.GetNowait()
			require.NoError(t, err)
			require.Equal(t, py.Int(want[0]), got.(py.Tuple)[0])
			want = want[1:]
		}
	}
	sort.Ints(want)
	for _, n := range want {
		got, err := e.run(t, q.Get())
		require.NoError(t, err)
		require.Equal(t, py.Int(n), got.(py.Tuple)[0])
	}
	_, err := q.GetNowait()
	require.True(t, pyerrMatches(err, locks.QueueEmpty))
}

func TestQueueFullAndTaskDone(t *testing.T) {
	q := locks.NewQueue(1, locks.FIFO)
	require.NoError(t, q.PutNowait(py.Int(1)))
	assert.True(t, q.Full())
	require.True(t, pyerrMatches(q.PutNowait(py.Int(2)), locks.QueueFull))
	v, err := q.GetNowait()
	require.NoError(t, err)
	assert.Equal(t, py.Int(1), v)
	require.NoError(t, q.TaskDone())
	requireExc(t, q.TaskDone(), py.ValueError, "task_done() called too many times")
}

// TestBadCalls checks that misuse from Python raises, never panics.
func TestBadCalls(t *testing.T) {
	e := newEnv(t)
	g := e.exec(t, `
def catch(f, *args):
    try:
        f(*args)
    except BaseException as e:
        return type(e).__name__
    return "no error"

results = [
    catch(Lock, 1),
    catch(Lock.release, Event()),
    catch(Event.set, 3),
    catch(Queue, "x"),
    catch(Barrier),
    catch(Lock().__aexit__, 1),
    catch(Condition().notify, 1, 2),
]
`)
	results := g["results"].(*py.List).Items
	for i, r := range results {
		assert.Equal(t, py.String("TypeError"), r, "call %d", i)
	}
}

func TestRunWithContext(t *testing.T) {
	e := newEnv(t)
	q := locks.NewQueue(0, locks.FIFO)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := e.loop.RunUntilComplete(ctx, q.Get())
	require.True(t, pyerrMatches(err, eventloop.CancelledError))
	assert.Contains(t, repr(t, q), "maxsize=0>")
	assert.NotContains(t, repr(t, q), "_getters")
}

// TestLoopWithoutContext uses a loop without a py.Context, which
// eventloop.RunningHere does not see, from Go coroutines: the loop is
// found because it is attached while it runs.
func TestLoopWithoutContext(t *testing.T) {
	l := eventloop.New(nil)
	defer func() { _ = l.Close() }()
	defer locks.Attach(l)()
	ev := locks.NewEvent()
	waiter, err := l.CreateTask(ev.Wait())
	require.NoError(t, err)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_, err = l.RunUntilComplete(ctx, sleep0())
	require.NoError(t, err)
	assert.Contains(t, repr(t, ev), "[unset, waiters:1]")
	ev.Set()
	res, err := l.RunUntilComplete(ctx, waiter)
	require.NoError(t, err)
	assert.Equal(t, py.True, res)
}
