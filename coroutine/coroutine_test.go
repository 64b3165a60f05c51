package coroutine_test

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/awaitproto"
	"github.com/gpyasync/gpyasync/coroutine"
	"github.com/gpyasync/gpyasync/internal/pyassert"
	"github.com/gpyasync/gpyasync/pyerr"
)

func newCoro(steps ...step) (*coroutine.Coroutine, *scriptFrame) {
	f := &scriptFrame{steps: steps, pf: &py.Frame{}}
	code := &py.Code{Name: "co", Flags: coroutine.CoCoroutine}
	return coroutine.NewCoroutine(f, code, "co", "C.co"), f
}

func newAsyncGen(steps ...step) (*coroutine.AsyncGenerator, *scriptFrame) {
	f := &scriptFrame{steps: steps, pf: &py.Frame{}}
	code := &py.Code{Name: "ag", Flags: coroutine.CoAsyncGenerator}
	return coroutine.NewAsyncGenerator(f, code, "ag", "ag"), f
}

func TestNewPicksTheObjectFromFlags(t *testing.T) {
	f := &scriptFrame{}
	assert.IsType(t, &coroutine.Generator{}, coroutine.New(f, &py.Code{Flags: py.CO_GENERATOR}, "g", "g"))
	assert.IsType(t, &coroutine.Coroutine{}, coroutine.New(f, &py.Code{Flags: coroutine.CoCoroutine}, "c", "c"))
	assert.IsType(t, &coroutine.AsyncGenerator{}, coroutine.New(f, &py.Code{Flags: coroutine.CoAsyncGenerator}, "a", "a"))
}

func TestCoroutineSendAndReuse(t *testing.T) {
	c, _ := newCoro(yields(py.Int(1)), returns(py.Int(7)))
	v, err := c.Send(py.None)
	require.NoError(t, err)
	assert.Equal(t, py.Int(1), v)
	_, err = c.Send(py.String("x"))
	requireStop(t, err, py.Int(7))
	assert.True(t, c.Done())
	_, err = c.Send(py.None)
	pyassert.Exception(t, err, py.RuntimeError, py.String("cannot reuse already awaited coroutine"))
	_, err = c.ThrowError(pyerr.New(py.ValueError))
	pyassert.Exception(t, err, py.RuntimeError, py.String("cannot reuse already awaited coroutine"))
	r, err := c.Close()
	require.NoError(t, err)
	assert.Equal(t, py.None, r)
}

func TestCoroutineStep(t *testing.T) {
	c, _ := newCoro(yields(py.Int(1)), returns(py.Int(2)))
	v, done, err := c.Step(nil)
	require.NoError(t, err)
	assert.False(t, done)
	assert.Equal(t, py.Int(1), v)
	v, done, err = c.Step(py.None)
	require.NoError(t, err)
	assert.True(t, done)
	assert.Equal(t, py.Int(2), v)
}

func TestCoroutineMessages(t *testing.T) {
	c, _ := newCoro(raises(pyerr.New(py.StopIteration, py.Int(3))))
	_, err := c.Send(py.None)
	e := pyassert.Exception(t, err, py.RuntimeError, py.String("coroutine raised StopIteration"))
	assert.NotNil(t, e.Cause)

	c, _ = newCoro(yields(py.Int(1)), catches(yields(py.Int(2))))
	_, err = c.Send(py.Int(1))
	pyassert.Exception(t, err, py.TypeError, py.String("can't send non-None value to a just-started coroutine"))
	_, err = c.Send(py.None)
	require.NoError(t, err)
	_, err = c.Close()
	pyassert.Exception(t, err, py.RuntimeError, py.String("coroutine ignored GeneratorExit"))
}

func TestCoroutineIsAwaitedDirectly(t *testing.T) {
	c, _ := newCoro(returns(py.Int(5)))
	it, err := awaitproto.Iterator(c)
	require.NoError(t, err)
	assert.Same(t, c, it)
	_, err = py.Iter(c)
	require.Error(t, err, "a coroutine is not iterable")
}

func TestCoroutineWrapper(t *testing.T) {
	c, _ := newCoro(yields(py.Int(1)), returns(py.Int(9)))
	w, err := c.M__await__()
	require.NoError(t, err)
	assert.Equal(t, "coroutine_wrapper", w.Type().Name)
	v, err := py.Next(w)
	require.NoError(t, err)
	assert.Equal(t, py.Int(1), v)
	_, err = call(t, w, "send", py.None)
	requireStop(t, err, py.Int(9))
}

func TestCoroutineAttributes(t *testing.T) {
	c, f := newCoro(yields(py.Int(1)), returns(py.None))
	get := func(name string) py.Object {
		v, err := py.GetAttrString(c, name)
		require.NoError(t, err)
		return v
	}
	assert.Equal(t, py.String("co"), get("__name__"))
	assert.Equal(t, py.String("C.co"), get("__qualname__"))
	assert.Equal(t, py.False, get("cr_running"))
	assert.Equal(t, py.None, get("cr_await"))
	_, err := c.Send(py.None)
	require.NoError(t, err)
	f.yf = py.NewList()
	assert.Equal(t, f.yf, get("cr_await"))
	assert.Same(t, f.pf, get("cr_frame"))
	_, err = py.SetAttrString(c, "cr_frame", py.None)
	pyassert.Exception(t, err, py.AttributeError, py.String("attribute 'cr_frame' of 'coroutine' objects is not writable"))
	name, err := py.GetAttrString(coroutine.CoroutineType, "__name__")
	require.NoError(t, err)
	assert.Equal(t, py.String("coroutine"), name)
}

// step drives one awaitable of an async generator.
func drive(t *testing.T, aw py.Object) (py.Object, error) {
	t.Helper()
	it, err := awaitproto.Iterator(aw)
	require.NoError(t, err)
	r, err := awaitproto.Send(it, py.None)
	if err != nil {
		return nil, err
	}
	require.True(t, r.Done, "the awaitable suspended with %v", r.Value)
	return r.Value, nil
}

func TestAsyncGeneratorYieldsThroughAwaitables(t *testing.T) {
	a, _ := newAsyncGen(yields(coroutine.WrapYield(py.Int(1))), yields(py.String("awaited")), yields(coroutine.WrapYield(py.Int(2))), returns(py.None))
	v, err := drive(t, a.ASend(nil))
	require.NoError(t, err)
	assert.Equal(t, py.Int(1), v)

	// A value an await passes up comes out of the awaitable as is.
	aw := a.ASend(nil)
	got, err := aw.Send(py.None)
	require.NoError(t, err)
	assert.Equal(t, py.String("awaited"), got)
	assert.True(t, a.Running())
	_, err = a.ASend(nil).Send(py.None)
	pyassert.Exception(t, err, py.RuntimeError, py.String("anext(): asynchronous generator is already running"))
	_, err = aw.Send(py.None)
	requireStop(t, err, py.Int(2))
	assert.False(t, a.Running())

	_, err = drive(t, a.ASend(nil))
	pyassert.Exception(t, err, coroutine.StopAsyncIteration)
	_, err = drive(t, a.ASend(nil))
	pyassert.Exception(t, err, coroutine.StopAsyncIteration)
	_, err = aw.Send(py.None)
	pyassert.Exception(t, err, py.RuntimeError, py.String("cannot reuse already awaited __anext__()/asend()"))
}

func TestAsyncGeneratorAclose(t *testing.T) {
	a, f := newAsyncGen(yields(coroutine.WrapYield(py.Int(1))), raises(pyerr.New(py.GeneratorExit)))
	_, err := drive(t, a.ASend(nil))
	require.NoError(t, err)
	v, err := drive(t, a.AThrow(nil))
	require.NoError(t, err, "aclose ends with StopIteration")
	assert.Equal(t, py.None, v)
	assert.True(t, pyerr.Matches(f.excs[1], py.GeneratorExit))
	// Closed: later __anext__ ends at once.
	_, err = drive(t, a.ASend(nil))
	pyassert.Exception(t, err, coroutine.StopAsyncIteration)

	a, _ = newAsyncGen(yields(coroutine.WrapYield(py.Int(1))), catches(yields(coroutine.WrapYield(py.Int(2)))))
	_, err = drive(t, a.ASend(nil))
	require.NoError(t, err)
	_, err = drive(t, a.AThrow(nil))
	pyassert.Exception(t, err, py.RuntimeError, py.String("async generator ignored GeneratorExit"))
}

func TestAsyncGeneratorAthrow(t *testing.T) {
	a, f := newAsyncGen(yields(coroutine.WrapYield(py.Int(1))), catches(yields(coroutine.WrapYield(py.Int(2)))))
	_, err := drive(t, a.ASend(nil))
	require.NoError(t, err)
	v, err := drive(t, a.AThrow(pyerr.New(py.KeyError)))
	require.NoError(t, err)
	assert.Equal(t, py.Int(2), v)
	assert.True(t, pyerr.Matches(f.excs[1], py.KeyError))
}

func TestAsyncGeneratorBodyRaisingStopAsyncIteration(t *testing.T) {
	a, _ := newAsyncGen(raises(pyerr.New(coroutine.StopAsyncIteration)))
	_, err := drive(t, a.ASend(nil))
	pyassert.Exception(t, err, py.RuntimeError, py.String("async generator raised StopAsyncIteration"))
	a, _ = newAsyncGen(raises(pyerr.New(py.StopIteration)))
	_, err = drive(t, a.ASend(nil))
	pyassert.Exception(t, err, py.RuntimeError, py.String("async generator raised StopIteration"))
}

func TestAsyncGeneratorPythonMethods(t *testing.T) {
	a, _ := newAsyncGen(yields(coroutine.WrapYield(py.Int(4))))
	it, err := call(t, a, "__aiter__")
	require.NoError(t, err)
	assert.Same(t, a, it)
	aw, err := call(t, a, "__anext__")
	require.NoError(t, err)
	assert.Equal(t, "async_generator_asend", aw.Type().Name)
	_, err = call(t, aw, "send", py.None)
	requireStop(t, err, py.Int(4))
	_, err = call(t, a, "asend")
	pyassert.Exception(t, err, py.TypeError, py.String("async_generator.asend() takes exactly one argument (0 given)"))
	closer, err := call(t, a, "aclose")
	require.NoError(t, err)
	assert.Equal(t, "async_generator_athrow", closer.Type().Name)
	running, err := py.GetAttrString(a, "ag_running")
	require.NoError(t, err)
	assert.Equal(t, py.False, running)
}

func TestStopAsyncIterationIsAnException(t *testing.T) {
	assert.True(t, coroutine.StopAsyncIteration.IsSubtype(py.ExceptionType))
	assert.False(t, coroutine.StopAsyncIteration.IsSubtype(py.StopIteration))
}
