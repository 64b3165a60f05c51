package awaitproto_test

import (
	"os"
	"testing"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/awaitproto"
	"github.com/gpyasync/gpyasync/internal/pyassert"
	"github.com/gpyasync/gpyasync/pyerr"
)

// runTestdata runs testdata/name on gpython's own evaluator, which is
// enough for classes and plain functions, and returns its globals.
func runTestdata(t *testing.T, name string) py.StringDict {
	t.Helper()
	src, err := os.ReadFile("testdata/" + name)
	require.NoError(t, err)
	ctx := py.NewContext(py.DefaultContextOpts())
	t.Cleanup(func() { assert.NoError(t, ctx.Close()) })
	code, err := py.Compile(string(src), name, py.ExecMode, 0, true)
	require.NoError(t, err)
	m, err := py.RunCode(ctx, code, name, nil)
	require.NoError(t, err)
	return m.Globals
}

func callPy(t *testing.T, fn py.Object, args ...py.Object) py.Object {
	t.Helper()
	res, err := py.Call(fn, py.Tuple(args), nil)
	require.NoError(t, err)
	return res
}

func attr(t *testing.T, obj py.Object, name string) py.Object {
	t.Helper()
	v, err := py.GetAttrString(obj, name)
	require.NoError(t, err)
	return v
}

func sendNone(py.Object) (py.Object, error) { return py.None, nil }

func TestPythonMyCoroutineCopy(t *testing.T) {
	g := runTestdata(t, "awaitables.py")
	res, err := awaitproto.Drive(callPy(t, g["MyCoroutineCopy"], py.String("foo")), func(py.Object) (py.Object, error) {
		t.Fatal("MyCoroutineCopy must not suspend")
		return nil, nil
	})
	require.NoError(t, err)
	assert.Equal(t, py.String("foo"), res)
}

func TestPythonInheritedNext(t *testing.T) {
	g := runTestdata(t, "awaitables.py")
	var seen []py.Object
	res, err := awaitproto.Drive(callPy(t, g["Ticker"], py.Int(3)), func(y py.Object) (py.Object, error) {
		seen = append(seen, y)
		return py.None, nil
	})
	require.NoError(t, err)
	assert.Equal(t, py.Int(3), res)
	assert.Equal(t, []py.Object{str("tick"), str("tick"), str("tick")}, seen)
}

func TestPythonIteratorErrors(t *testing.T) {
	g := runTestdata(t, "awaitables.py")
	_, err := awaitproto.Iterator(callPy(t, g["ReturnsInt"]))
	pyassert.Exception(t, err, py.TypeError, str("__await__() returned non-iterator of type 'int'"))
	_, err = awaitproto.Iterator(callPy(t, g["ReturnsIterable"]))
	pyassert.Exception(t, err, py.TypeError, str("__await__() returned non-iterator of type 'list'"))
	_, err = awaitproto.Iterator(callPy(t, g["Raises"]))
	pyassert.Exception(t, err, py.KeyError, str("no await"))
	// A class with __await__ is not awaitable itself: the lookup is on
	// its type, type.
	_, err = awaitproto.Iterator(g["MyCoroutineCopy"])
	pyassert.Exception(t, err, py.TypeError, str("object type can't be used in 'await' expression"))
	_, err = awaitproto.Iterator(callPy(t, g["Echo"]))
	pyassert.Exception(t, err, py.TypeError, str("object Echo can't be used in 'await' expression"))
}

// echo returns a fresh AwaitEcho's await iterator and its log.
func echo(t *testing.T, g py.StringDict) (py.Object, func() []py.Object) {
	aw := callPy(t, g["AwaitEcho"])
	it, err := awaitproto.Iterator(aw)
	require.NoError(t, err)
	return it, func() []py.Object { return attr(t, it, "log").(*py.List).Items }
}

func TestPythonSendRule(t *testing.T) {
	g := runTestdata(t, "awaitables.py")
	it, log := echo(t, g)
	r, err := awaitproto.Send(it, py.None)
	require.NoError(t, err)
	assert.Equal(t, awaitproto.Result{Value: str("n")}, r)
	r, err = awaitproto.Send(it, py.Int(5))
	require.NoError(t, err)
	assert.Equal(t, awaitproto.Result{Value: py.Int(5)}, r)
	r, err = awaitproto.Send(it, str("stop"))
	require.NoError(t, err)
	assert.Equal(t, awaitproto.Result{Value: str("sent stop"), Done: true}, r)
	assert.Equal(t, []py.Object{str("next"), py.Tuple{str("send"), py.Int(5)}, py.Tuple{str("send"), str("stop")}}, log())
}

func TestPythonThrow(t *testing.T) {
	g := runTestdata(t, "awaitables.py")
	it, log := echo(t, g)

	r, err := awaitproto.Throw(it, pyerr.Newf(py.ValueError, "yield"))
	require.NoError(t, err)
	assert.Equal(t, awaitproto.Result{Value: str("recovered")}, r)

	r, err = awaitproto.Throw(it, pyerr.Newf(py.ValueError, "finish"))
	require.NoError(t, err)
	assert.Equal(t, awaitproto.Result{Value: str("caught"), Done: true}, r)

	_, err = awaitproto.Throw(it, pyerr.Newf(py.ValueError, "other"))
	pyassert.Exception(t, err, py.ValueError, str("other"))

	assert.Equal(t, []py.Object{
		py.Tuple{str("throw"), str("yield")},
		py.Tuple{str("throw"), str("finish")},
		py.Tuple{str("throw"), str("other")},
	}, log())
}

func TestPythonThrowGeneratorExit(t *testing.T) {
	g := runTestdata(t, "awaitables.py")
	it, log := echo(t, g)
	_, err := awaitproto.Throw(it, pyerr.New(py.GeneratorExit))
	pyassert.Exception(t, err, py.GeneratorExit)
	assert.Equal(t, []py.Object{str("close")}, log(), "GeneratorExit closes instead of throwing")

	// When close fails, its error replaces GeneratorExit.
	it, log = echo(t, g)
	_, err = py.SetAttrString(it, "fail_close", py.True)
	require.NoError(t, err)
	_, err = awaitproto.Throw(it, pyerr.New(py.GeneratorExit))
	pyassert.Exception(t, err, py.ValueError, str("close failed"))
	assert.Equal(t, []py.Object{str("close")}, log())
}

func TestPythonClose(t *testing.T) {
	g := runTestdata(t, "awaitables.py")
	it, log := echo(t, g)
	require.NoError(t, awaitproto.Close(it))
	assert.Equal(t, []py.Object{str("close")}, log())

	_, err := py.SetAttrString(it, "fail_close", py.True)
	require.NoError(t, err)
	err = awaitproto.Close(it)
	pyassert.Exception(t, err, py.ValueError, str("close failed"))

	// Without a close method there is nothing to do.
	require.NoError(t, awaitproto.Close(callPy(t, g["Ticker"], py.Int(1))))
}

func TestPythonStubbornBoundedByResume(t *testing.T) {
	g := runTestdata(t, "awaitables.py")
	n := 0
	_, err := awaitproto.Drive(callPy(t, g["Stubborn"]), func(y py.Object) (py.Object, error) {
		n++
		if n <= 5 {
			assert.Equal(t, str("again"), y)
		} else {
			assert.Equal(t, str("ignored"), y, "Stubborn swallows what is thrown in")
		}
		if n < 5 {
			return py.None, nil
		}
		if n < 10 {
			return nil, pyerr.Newf(py.ValueError, "stop")
		}
		return nil, pyerr.New(py.GeneratorExit)
	})
	// Stubborn has no close method, so GeneratorExit ends the await.
	pyassert.Exception(t, err, py.GeneratorExit)
	assert.Equal(t, 10, n)
}

// TestPythonAwaitsGo steps Go awaitables from Python, as the tutorial's
// await_foo does.
func TestPythonAwaitsGo(t *testing.T) {
	g := runTestdata(t, "awaitables.py")
	fn := awaitproto.Func("countdown", func(args py.Tuple, kwargs py.StringDict) (awaitproto.Stepper, error) {
		n := int(args[0].(py.Int))
		return awaitproto.StepFunc(func(py.Object, error) (awaitproto.Result, error) {
			if n == 0 {
				return awaitproto.Result{Value: str("liftoff"), Done: true}, nil
			}
			n--
			return awaitproto.Result{Value: py.Int(n)}, nil
		}), nil
	})
	res := callPy(t, g["call_twice"], fn)
	assert.Equal(t, py.Tuple{
		py.Tuple{py.Int(1), str("liftoff")},
		py.Tuple{py.Int(2), str("liftoff")},
	}, res)

	res = callPy(t, g["await_foo"], awaitproto.Ready(py.Int(42)))
	assert.Equal(t, py.Tuple{py.Int(0), py.Int(42)}, res)
	res = callPy(t, g["await_foo"], awaitproto.Ready(nil))
	assert.Equal(t, py.Tuple{py.Int(0), py.None}, res, "StopIteration() without args for None, as CPython's return")
}

func TestPythonIsAwaitable(t *testing.T) {
	g := runTestdata(t, "awaitables.py")
	assert.True(t, awaitproto.IsAwaitable(callPy(t, g["Ticker"], py.Int(1))), "__await__ inherited from a base class")
	assert.True(t, awaitproto.IsAwaitable(callPy(t, g["ReturnsInt"])), "awaitable even if __await__ is wrong")
	assert.False(t, awaitproto.IsAwaitable(g["Ticker"]), "a class is not awaitable")
	assert.False(t, awaitproto.IsAwaitable(callPy(t, g["Echo"])))
}
