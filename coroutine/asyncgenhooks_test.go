package coroutine_test

import (
	"runtime"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/coroutine"
	"github.com/gpyasync/gpyasync/internal/pyassert"
	"github.com/gpyasync/gpyasync/pyerr"
)

// fakeContext stands for a py.Context: hooks are kept per context value.
type fakeContext struct {
	py.Context
	_ int // a non-zero size, so that two contexts are distinct pointers
}

var hookType = py.NewType("hook", "A recording hook.")

// hook records the arguments of its calls, raising err if set.
type hook struct {
	calls     []py.Object
	err       error
	submitted chan func() // for submittingHook
}

func (h *hook) Type() *py.Type { return hookType }

func (h *hook) M__call__(args py.Tuple, _ py.StringDict) (py.Object, error) {
	h.calls = append(h.calls, args[0])
	if h.err != nil {
		return nil, h.err
	}
	return py.None, nil
}

// submittingHook is a hook that is a coroutine.Owner: it hands the
// functions to submitted and records what it is told to forget.
type submittingHook struct {
	hook
	forgotten []coroutine.AsyncGenRef
}

func (h *submittingHook) Submit(fn func()) error {
	h.submitted <- fn
	return nil
}

func (h *submittingHook) Forget(r coroutine.AsyncGenRef) { h.forgotten = append(h.forgotten, r) }

func newHookedAsyncGen(ctx py.Context, steps ...step) *coroutine.AsyncGenerator {
	f := &scriptFrame{steps: steps, pf: &py.Frame{Context: ctx}}
	return coroutine.NewAsyncGenerator(f, &py.Code{Name: "ag", Flags: coroutine.CoAsyncGenerator}, "ag", "ag")
}

func TestAsyncGenHooksPerContext(t *testing.T) {
	c1, c2 := &fakeContext{}, &fakeContext{}
	first := &hook{}
	coroutine.SetAsyncGenHooks(c1, coroutine.AsyncGenHooks{FirstIter: first})
	assert.Same(t, first, coroutine.GetAsyncGenHooks(c1).FirstIter)
	assert.Nil(t, coroutine.GetAsyncGenHooks(c1).Finalizer)
	assert.Equal(t, coroutine.AsyncGenHooks{}, coroutine.GetAsyncGenHooks(c2))
	coroutine.SetAsyncGenHooks(c1, coroutine.AsyncGenHooks{})
	assert.Equal(t, coroutine.AsyncGenHooks{}, coroutine.GetAsyncGenHooks(c1))
	assert.Equal(t, coroutine.AsyncGenHooks{}, coroutine.GetAsyncGenHooks(nil))
}

func TestFirstIterCalledOnceAtFirstUse(t *testing.T) {
	ctx := &fakeContext{}
	first, later := &hook{}, &hook{}
	coroutine.SetAsyncGenHooks(ctx, coroutine.AsyncGenHooks{FirstIter: first})
	defer coroutine.SetAsyncGenHooks(ctx, coroutine.AsyncGenHooks{})

	a := newHookedAsyncGen(ctx, yields(coroutine.WrapYield(py.Int(1))), yields(coroutine.WrapYield(py.Int(2))))
	_, err := a.M__aiter__()
	require.NoError(t, err)
	assert.Empty(t, first.calls, "__aiter__ is no iteration")
	aw, err := a.M__anext__()
	require.NoError(t, err)
	require.Len(t, first.calls, 1, "__anext__() calls firstiter before it is awaited")
	assert.Same(t, a, first.calls[0])

	coroutine.SetAsyncGenHooks(ctx, coroutine.AsyncGenHooks{FirstIter: later})
	v, err := drive(t, aw)
	require.NoError(t, err)
	assert.Equal(t, py.Int(1), v)
	_, err = drive(t, a.ASend(nil))
	require.NoError(t, err)
	assert.Len(t, first.calls, 1)
	assert.Empty(t, later.calls, "the hooks are looked up once per generator")
}

// The evaluator's async for makes the __anext__ awaitable with ASend,
// which cannot fail: the hook runs when that awaitable is first driven.
func TestFirstIterOnFirstSendOfASend(t *testing.T) {
	ctx := &fakeContext{}
	first := &hook{}
	coroutine.SetAsyncGenHooks(ctx, coroutine.AsyncGenHooks{FirstIter: first})
	defer coroutine.SetAsyncGenHooks(ctx, coroutine.AsyncGenHooks{})

	a := newHookedAsyncGen(ctx, yields(coroutine.WrapYield(py.Int(1))))
	aw := a.ASend(nil)
	assert.Empty(t, first.calls)
	_, err := drive(t, aw)
	require.NoError(t, err)
	assert.Len(t, first.calls, 1)

	b := newHookedAsyncGen(ctx, yields(coroutine.WrapYield(py.Int(1))))
	_, err = drive(t, b.AThrow(nil))
	require.NoError(t, err)
	assert.Len(t, first.calls, 2, "aclose() counts as a first iteration")
}

func TestFirstIterErrorIsRaisedOnce(t *testing.T) {
	ctx := &fakeContext{}
	first := &hook{err: pyerr.Newf(py.RuntimeError, "no")}
	coroutine.SetAsyncGenHooks(ctx, coroutine.AsyncGenHooks{FirstIter: first})
	defer coroutine.SetAsyncGenHooks(ctx, coroutine.AsyncGenHooks{})

	a := newHookedAsyncGen(ctx, yields(coroutine.WrapYield(py.Int(1))))
	_, err := a.M__anext__()
	pyassert.Exception(t, err, py.RuntimeError, py.String("no"))
	aw, err := a.M__anext__()
	require.NoError(t, err)
	v, err := drive(t, aw)
	require.NoError(t, err)
	assert.Equal(t, py.Int(1), v)
	assert.Len(t, first.calls, 1)
}

// startDropped starts an async generator under a finalizer, watches it
// and returns only its AsyncGenRef: the object itself becomes
// unreachable.
func startDropped(t *testing.T, ctx py.Context, finish bool) coroutine.AsyncGenRef {
	steps := []step{yields(coroutine.WrapYield(py.Int(1)))}
	if finish {
		steps = append(steps, returns(py.None))
	}
	a := newHookedAsyncGen(ctx, steps...)
	_, err := drive(t, a.ASend(nil))
	require.NoError(t, err)
	if finish {
		_, err = drive(t, a.ASend(nil))
		pyassert.Exception(t, err, coroutine.StopAsyncIteration)
	}
	return a.Watch()
}

// awaitSubmitted collects garbage until the finalizer got a function.
func awaitSubmitted(t *testing.T, fin *submittingHook) func() {
	t.Helper()
	var fn func()
	require.Eventually(t, func() bool {
		runtime.GC()
		select {
		case fn = <-fin.submitted:
			return true
		default:
			return false
		}
	}, 10*time.Second, 5*time.Millisecond, "the collector never found the generator unreachable")
	return fn
}

func TestUnreachableAsyncGenIsFinalizedThroughOwner(t *testing.T) {
	ctx := &fakeContext{}
	fin := &submittingHook{hook: hook{submitted: make(chan func(), 1)}}
	coroutine.SetAsyncGenHooks(ctx, coroutine.AsyncGenHooks{Finalizer: fin})
	defer coroutine.SetAsyncGenHooks(ctx, coroutine.AsyncGenHooks{})

	ref := startDropped(t, ctx, false)
	awaitSubmitted(t, fin)()
	require.Len(t, fin.calls, 1)
	revived, ok := fin.calls[0].(*coroutine.AsyncGenerator)
	require.True(t, ok)
	assert.Equal(t, ref, revived.Ref(), "the finalizer gets a generator with the same body")
	assert.Same(t, revived, ref.Object(), "the new object is the generator from then on")
	assert.False(t, revived.Done())
	assert.Empty(t, fin.forgotten)
}

func TestFinishedAsyncGenIsNotFinalized(t *testing.T) {
	ctx := &fakeContext{}
	fin := &submittingHook{hook: hook{submitted: make(chan func(), 1)}}
	coroutine.SetAsyncGenHooks(ctx, coroutine.AsyncGenHooks{Finalizer: fin})
	defer coroutine.SetAsyncGenHooks(ctx, coroutine.AsyncGenHooks{})

	ref := startDropped(t, ctx, true)
	awaitSubmitted(t, fin)()
	assert.Empty(t, fin.calls)
	assert.Equal(t, []coroutine.AsyncGenRef{ref}, fin.forgotten)
}

func TestAsyncGenRefKeepsTheLiveObject(t *testing.T) {
	a, _ := newAsyncGen(yields(coroutine.WrapYield(py.Int(1))))
	assert.Same(t, a, a.Ref().Object())
	assert.Equal(t, a.Ref(), a.Ref())
	b, _ := newAsyncGen()
	assert.NotEqual(t, a.Ref(), b.Ref())
}

func init() {
	if err := hookType.Ready(); err != nil {
		panic(err)
	}
}
