package coroutine_test

import (
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/coroutine"
	"github.com/gpyasync/gpyasync/internal/pyassert"
	"github.com/gpyasync/gpyasync/iterproto"
	"github.com/gpyasync/gpyasync/pyerr"
)

// step is one run of a scripted body, from one suspension point to the
// next.
type step func(value py.Object, exc error) (py.Object, bool, error)

// scriptFrame is a fake evaluator frame that plays its steps in order and
// records what each Resume received.
type scriptFrame struct {
	steps  []step
	values []py.Object
	excs   []error
	yf     py.Object
	pf     *py.Frame
}

func (f *scriptFrame) Resume(value py.Object, exc error) (py.Object, bool, error) {
	f.values = append(f.values, value)
	f.excs = append(f.excs, exc)
	if len(f.steps) == 0 {
		panic("scriptFrame resumed after its end")
	}
	s := f.steps[0]
	f.steps = f.steps[1:]
	return s(value, exc)
}

func (f *scriptFrame) YieldFrom() py.Object { return f.yf }
func (f *scriptFrame) PyFrame() *py.Frame   { return f.pf }

// yields yields v, or raises a thrown exception.
func yields(v py.Object) step {
	return func(_ py.Object, exc error) (py.Object, bool, error) {
		if exc != nil {
			return nil, true, exc
		}
		return v, false, nil
	}
}

// returns returns v, or raises a thrown exception.
func returns(v py.Object) step {
	return func(_ py.Object, exc error) (py.Object, bool, error) {
		if exc != nil {
			return nil, true, exc
		}
		return v, true, nil
	}
}

// raises raises err whatever it is resumed with.
func raises(err error) step {
	return func(py.Object, error) (py.Object, bool, error) { return nil, true, err }
}

// catches handles a thrown exception by running then.
func catches(then step) step {
	return func(v py.Object, exc error) (py.Object, bool, error) {
		return then(v, nil)
	}
}

func newGen(steps ...step) (*coroutine.Generator, *scriptFrame) {
	f := &scriptFrame{steps: steps, pf: &py.Frame{}}
	return coroutine.NewGenerator(f, &py.Code{Name: "gen"}, "gen", "outer.<locals>.gen"), f
}

func requireStop(t *testing.T, err error, value py.Object) {
	t.Helper()
	v, ok := iterproto.StopValue(err)
	require.True(t, ok, "want StopIteration, got %v", err)
	assert.Equal(t, value, v)
}

func call(t *testing.T, obj py.Object, method string, args ...py.Object) (py.Object, error) {
	t.Helper()
	m, err := py.GetAttrString(obj, method)
	require.NoError(t, err)
	return py.Call(m, py.Tuple(args), nil)
}

func TestSendAndReturn(t *testing.T) {
	g, f := newGen(yields(py.Int(1)), yields(py.Int(2)), returns(py.String("done")))
	v, err := g.M__next__()
	require.NoError(t, err)
	assert.Equal(t, py.Int(1), v)
	v, err = g.Send(py.Int(10))
	require.NoError(t, err)
	assert.Equal(t, py.Int(2), v)
	_, err = g.Send(py.Int(20))
	requireStop(t, err, py.String("done"))
	pyassert.Exception(t, err, py.StopIteration, py.String("done"))
	assert.Equal(t, []py.Object{py.None, py.Int(10), py.Int(20)}, f.values)
	assert.True(t, g.Done())

	// Finished: bare StopIteration for next and send, whatever is sent.
	_, err = g.M__next__()
	pyassert.Exception(t, err, py.StopIteration)
	_, err = g.Send(py.Int(5))
	pyassert.Exception(t, err, py.StopIteration)
	assert.Len(t, f.values, 3, "the frame must not run again")
}

func TestReturnNone(t *testing.T) {
	g, _ := newGen(returns(py.None))
	_, err := g.M__next__()
	e := pyassert.Exception(t, err, py.StopIteration)
	assert.Equal(t, py.None, iterproto.ExceptionValue(e))
}

func TestReturnTuple(t *testing.T) {
	tup := py.Tuple{py.Int(1), py.Int(2)}
	g, _ := newGen(returns(tup))
	_, err := g.M__next__()
	pyassert.Exception(t, err, py.StopIteration, tup)
	requireStop(t, err, tup)
}

func TestSendNonNoneToJustStarted(t *testing.T) {
	g, f := newGen(yields(py.Int(1)))
	_, err := g.Send(py.Int(1))
	pyassert.Exception(t, err, py.TypeError, py.String("can't send non-None value to a just-started generator"))
	assert.Empty(t, f.values)
	// The generator is still usable.
	v, err := g.Send(py.None)
	require.NoError(t, err)
	assert.Equal(t, py.Int(1), v)
}

func TestAlreadyExecuting(t *testing.T) {
	var g *coroutine.Generator
	var inner []error
	var running, runningAttr py.Object
	body := func(py.Object, error) (py.Object, bool, error) {
		running = py.NewBool(g.Running())
		runningAttr, _ = py.GetAttrString(g, "gi_running")
		_, err := g.M__next__()
		inner = append(inner, err)
		_, err = g.Send(py.None)
		inner = append(inner, err)
		_, err = g.Throw(py.Tuple{py.ValueError}, nil)
		inner = append(inner, err)
		_, err = g.Close()
		inner = append(inner, err)
		return py.Int(1), false, nil
	}
	g, _ = newGen(body, returns(py.None))
	v, err := g.M__next__()
	require.NoError(t, err)
	assert.Equal(t, py.Int(1), v)
	assert.Equal(t, py.True, running)
	assert.Equal(t, py.True, runningAttr)
	require.Len(t, inner, 4)
	for _, err := range inner {
		pyassert.Exception(t, err, py.ValueError, py.String("generator already executing"))
	}
	assert.False(t, g.Running())
}

func TestRunningClearedOnPanic(t *testing.T) {
	g, _ := newGen(func(py.Object, error) (py.Object, bool, error) { panic("evaluator bug") })
	assert.Panics(t, func() { _, _ = g.M__next__() })
	assert.False(t, g.Running())
}

func TestPEP479(t *testing.T) {
	for _, stop := range []error{
		py.StopIteration,
		py.ExceptionNewf(py.StopIteration, "inner"),
		iterproto.StopIteration(py.Int(3)),
	} {
		g, _ := newGen(raises(stop))
		_, err := g.M__next__()
		e := pyassert.Exception(t, err, py.RuntimeError, py.String("generator raised StopIteration"))
		cause, ok := e.Cause.(*py.Exception)
		require.True(t, ok, "cause %T", e.Cause)
		assert.Equal(t, py.StopIteration, cause.Base)
		assert.Same(t, cause, e.Context)
		assert.True(t, e.SuppressContext)
		assert.True(t, g.Done())
	}
}

func TestPEP479KeepsCauseTraceback(t *testing.T) {
	tb := &py.Traceback{Lineno: 7}
	si := &py.Exception{Base: py.StopIteration, Args: py.Tuple{}, Dict: py.StringDict{}}
	g, _ := newGen(raises(py.ExceptionInfo{Type: py.StopIteration, Value: si, Traceback: tb}))
	_, err := g.M__next__()
	e := pyassert.Exception(t, err, py.RuntimeError, py.String("generator raised StopIteration"))
	assert.Same(t, tb, e.Cause.(*py.Exception).Traceback)
}

func TestThrownStopIterationBecomesRuntimeError(t *testing.T) {
	g, _ := newGen(yields(py.Int(1)), yields(py.Int(2)))
	_, err := g.M__next__()
	require.NoError(t, err)
	_, err = g.Throw(py.Tuple{py.StopIteration}, nil)
	pyassert.Exception(t, err, py.RuntimeError, py.String("generator raised StopIteration"))
}

func TestOtherErrorsPropagate(t *testing.T) {
	g, _ := newGen(raises(py.ExceptionNewf(py.KeyError, "k")))
	_, err := g.M__next__()
	pyassert.Exception(t, err, py.KeyError, py.String("k"))
	assert.True(t, g.Done())
	_, err = g.M__next__()
	pyassert.Exception(t, err, py.StopIteration)
}

func TestThrowForms(t *testing.T) {
	inst := py.ExceptionNewf(py.ValueError, "inst")
	tb := &py.Traceback{Lineno: 3}
	tests := []struct {
		name   string
		args   py.Tuple
		typ    *py.Type
		args2  py.Tuple
		same   *py.Exception
		wantTb *py.Traceback
	}{
		{"class", py.Tuple{py.ValueError}, py.ValueError, py.Tuple{}, nil, nil},
		{"class and value", py.Tuple{py.ValueError, py.Int(1)}, py.ValueError, py.Tuple{py.Int(1)}, nil, nil},
		{"class and None", py.Tuple{py.ValueError, py.None}, py.ValueError, py.Tuple{}, nil, nil},
		{"class and tuple value", py.Tuple{py.ValueError, py.Tuple{py.Int(1), py.Int(2)}}, py.ValueError, py.Tuple{py.Int(1), py.Int(2)}, nil, nil},
		{"class and instance of it", py.Tuple{py.ValueError, inst}, py.ValueError, py.Tuple{py.String("inst")}, inst, nil},
		{"class and instance of a subclass", py.Tuple{py.LookupError, py.ExceptionNewf(py.KeyError, "k")}, py.KeyError, py.Tuple{py.String("k")}, nil, nil},
		{"class and other instance", py.Tuple{py.KeyError, inst}, py.KeyError, py.Tuple{inst}, nil, nil},
		{"class, value, traceback", py.Tuple{py.ValueError, py.Int(1), tb}, py.ValueError, py.Tuple{py.Int(1)}, nil, tb},
		{"class, value, None", py.Tuple{py.ValueError, py.Int(1), py.None}, py.ValueError, py.Tuple{py.Int(1)}, nil, nil},
		{"instance", py.Tuple{inst}, py.ValueError, py.Tuple{py.String("inst")}, inst, nil},
		{"instance, None", py.Tuple{inst, py.None}, py.ValueError, py.Tuple{py.String("inst")}, inst, nil},
		{"instance, None, traceback", py.Tuple{inst, py.None, tb}, py.ValueError, py.Tuple{py.String("inst")}, inst, tb},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, f := newGen(yields(py.Int(1)), yields(py.Int(2)))
			_, err := g.M__next__()
			require.NoError(t, err)
			_, err = g.Throw(tc.args, nil)
			pyassert.Exception(t, err, tc.typ, tc.args2...)
			require.Len(t, f.excs, 2)
			thrown := pyassert.Info(t, f.excs[1])
			assert.Equal(t, tc.typ, thrown.Type)
			if tc.same != nil {
				assert.Same(t, tc.same, thrown.Value)
			}
			if tc.wantTb != nil {
				assert.Same(t, tc.wantTb, thrown.Traceback)
			}
			assert.Equal(t, py.None, f.values[1])
		})
	}
}

func TestThrowCaughtYields(t *testing.T) {
	g, f := newGen(yields(py.Int(1)), catches(yields(py.Int(2))), returns(py.None))
	_, err := g.M__next__()
	require.NoError(t, err)
	v, err := g.Throw(py.Tuple{py.ValueError}, nil)
	require.NoError(t, err)
	assert.Equal(t, py.Int(2), v)
	assert.False(t, g.Done())
	pyassert.Exception(t, f.excs[1], py.ValueError)
}

func TestThrowTypeErrors(t *testing.T) {
	tests := []struct {
		name   string
		args   py.Tuple
		kwargs py.StringDict
		msg    string
	}{
		{"no args", py.Tuple{}, nil, "throw expected at least 1 argument, got 0"},
		{"four args", py.Tuple{py.ValueError, py.None, py.None, py.None}, nil, "throw expected at most 3 arguments, got 4"},
		{"keywords", py.Tuple{}, py.StringDict{"typ": py.ValueError}, "generator.throw() takes no keyword arguments"},
		{"int", py.Tuple{py.Int(1)}, nil, "exceptions must be classes or instances deriving from BaseException, not int"},
		{"non-exception class", py.Tuple{py.IntType}, nil, "exceptions must be classes or instances deriving from BaseException, not type"},
		{"str", py.Tuple{py.String("x")}, nil, "exceptions must be classes or instances deriving from BaseException, not str"},
		{"instance with value", py.Tuple{py.ExceptionNewf(py.ValueError, "v"), py.Int(1)}, nil, "instance exception may not have a separate value"},
		{"bad traceback", py.Tuple{py.ValueError, py.Int(1), py.Int(5)}, nil, "throw() third argument must be a traceback object"},
		{"bad traceback wins over bad type", py.Tuple{py.Int(1), py.Int(1), py.Int(5)}, nil, "throw() third argument must be a traceback object"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, f := newGen(yields(py.Int(1)))
			_, err := g.Throw(tc.args, tc.kwargs)
			pyassert.Exception(t, err, py.TypeError, py.String(tc.msg))
			assert.Empty(t, f.values, "the body must not run")
			assert.False(t, g.Done())
		})
	}
}

func TestSendCloseArgErrors(t *testing.T) {
	g, _ := newGen(yields(py.Int(1)))
	_, err := call(t, g, "send")
	pyassert.Exception(t, err, py.TypeError, py.String("generator.send() takes exactly one argument (0 given)"))
	_, err = call(t, g, "send", py.None, py.None)
	pyassert.Exception(t, err, py.TypeError, py.String("generator.send() takes exactly one argument (2 given)"))
	_, err = call(t, g, "close", py.None)
	pyassert.Exception(t, err, py.TypeError, py.String("generator.close() takes no arguments (1 given)"))
	m, err := py.GetAttrString(g, "send")
	require.NoError(t, err)
	_, err = py.Call(m, py.Tuple{py.None}, py.StringDict{"x": py.None})
	pyassert.Exception(t, err, py.TypeError, py.String("generator.send() takes no keyword arguments"))
}

func TestThrowOnFinished(t *testing.T) {
	g, f := newGen(returns(py.None))
	_, err := g.M__next__()
	requireStop(t, err, py.None)
	_, err = g.Throw(py.Tuple{py.ExceptionNewf(py.KeyError, "k")}, nil)
	pyassert.Exception(t, err, py.KeyError, py.String("k"))
	// Not converted by PEP 479: the body does not run.
	_, err = g.Throw(py.Tuple{py.StopIteration}, nil)
	pyassert.Exception(t, err, py.StopIteration)
	assert.Len(t, f.values, 1)
}

func TestThrowOnUnstarted(t *testing.T) {
	g, f := newGen(yields(py.Int(1)))
	_, err := g.Throw(py.Tuple{py.GeneratorExit}, nil)
	pyassert.Exception(t, err, py.GeneratorExit)
	assert.True(t, g.Done())
	require.Len(t, f.excs, 1, "the frame raises the exception at its start")
	assert.Equal(t, py.None, f.values[0])
	_, err = g.M__next__()
	pyassert.Exception(t, err, py.StopIteration)
}

func TestCloseUnstarted(t *testing.T) {
	g, f := newGen(yields(py.Int(1)))
	r, err := g.Close()
	require.NoError(t, err)
	assert.Equal(t, py.None, r)
	assert.True(t, g.Done())
	assert.Empty(t, f.values)
	gf, err := py.GetAttrString(g, "gi_frame")
	require.NoError(t, err)
	assert.Equal(t, py.None, gf)
	_, err = g.M__next__()
	pyassert.Exception(t, err, py.StopIteration)
	// A closed generator accepts any value: it is no longer just started.
	_, err = g.Send(py.Int(1))
	pyassert.Exception(t, err, py.StopIteration)
}

func TestClose(t *testing.T) {
	tests := []struct {
		name    string
		after   step
		wantErr *py.Type
		msg     py.Object
		done    bool
	}{
		{"exit propagates", yields(py.Int(2)), nil, nil, true},
		{"body returns", catches(returns(py.Int(5))), nil, nil, true},
		{"body raises GeneratorExit itself", catches(raises(py.GeneratorExit)), nil, nil, true},
		{"body yields", catches(yields(py.Int(2))), py.RuntimeError, py.String("generator ignored GeneratorExit"), false},
		{"body raises StopIteration", catches(raises(py.ExceptionNewf(py.StopIteration, "s"))), py.RuntimeError, py.String("generator raised StopIteration"), true},
		{"body raises other", catches(raises(py.ExceptionNewf(py.ValueError, "v"))), py.ValueError, py.String("v"), true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, f := newGen(yields(py.Int(1)), tc.after, returns(py.None))
			_, err := g.M__next__()
			require.NoError(t, err)
			r, err := call(t, g, "close")
			if tc.wantErr == nil {
				require.NoError(t, err)
				assert.Equal(t, py.None, r)
			} else {
				pyassert.Exception(t, err, tc.wantErr, tc.msg)
			}
			pyassert.Exception(t, f.excs[1], py.GeneratorExit)
			assert.Equal(t, tc.done, g.Done())
		})
	}
}

func TestCloseFinishedIsNoop(t *testing.T) {
	g, f := newGen(returns(py.None))
	_, _ = g.M__next__()
	r, err := g.Close()
	require.NoError(t, err)
	assert.Equal(t, py.None, r)
	assert.Len(t, f.values, 1)
}

func TestPythonAttributes(t *testing.T) {
	g, f := newGen(yields(py.Int(1)), returns(py.None))
	assert.Equal(t, "generator", g.Type().Name)

	get := func(name string) py.Object {
		t.Helper()
		v, err := py.GetAttrString(g, name)
		require.NoError(t, err, name)
		return v
	}
	assert.Equal(t, py.String("gen"), get("__name__"))
	assert.Equal(t, py.String("outer.<locals>.gen"), get("__qualname__"))
	assert.Equal(t, py.False, get("gi_running"))
	assert.Equal(t, py.False, get("gi_suspended"))
	assert.Same(t, f.pf, get("gi_frame"))
	assert.Same(t, g.Code(), get("gi_code"))
	assert.Equal(t, py.None, get("gi_yieldfrom"))

	it, err := iterproto.Iter(g)
	require.NoError(t, err)
	assert.Same(t, g, it)
	v, err := call(t, g, "__next__")
	require.NoError(t, err)
	assert.Equal(t, py.Int(1), v)
	assert.Equal(t, py.True, get("gi_suspended"))

	sub := py.NewList()
	f.yf = sub
	assert.Same(t, sub, get("gi_yieldfrom"))

	_, err = call(t, g, "send", py.Int(3))
	requireStop(t, err, py.None)
	assert.Equal(t, py.Int(3), f.values[1])
	assert.Equal(t, py.None, get("gi_frame"))
	assert.Equal(t, py.None, get("gi_yieldfrom"))
	assert.Equal(t, py.False, get("gi_suspended"))
}

func TestNameAssignment(t *testing.T) {
	g, _ := newGen(yields(py.Int(1)))
	_, err := py.SetAttrString(g, "__qualname__", py.String("x"))
	require.NoError(t, err)
	_, err = py.SetAttrString(g, "__name__", py.String("y"))
	require.NoError(t, err)
	assert.Equal(t, "x", g.Qualname())
	assert.Equal(t, "y", g.Name())
	r, err := py.ReprAsString(g)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(r, "<generator object x at 0x"), r)
	assert.True(t, strings.HasSuffix(r, ">"), r)
	r2, _ := py.ReprAsString(g)
	assert.Equal(t, r, r2, "the address is stable")

	_, err = py.SetAttrString(g, "__name__", py.Int(5))
	pyassert.Exception(t, err, py.TypeError, py.String("__name__ must be set to a string object"))
	_, err = py.SetAttrString(g, "__qualname__", py.Int(5))
	pyassert.Exception(t, err, py.TypeError, py.String("__qualname__ must be set to a string object"))
	err = py.DeleteAttrString(g, "__name__")
	pyassert.Exception(t, err, py.TypeError, py.String("__name__ must be set to a string object"))
	_, err = py.SetAttrString(g, "gi_running", py.True)
	pyassert.Exception(t, err, py.AttributeError, py.String("attribute 'gi_running' of 'generator' objects is not writable"))
}

func TestGpythonNext(t *testing.T) {
	g, _ := newGen(yields(py.Int(1)), returns(py.Int(2)))
	v, err := py.Next(g)
	require.NoError(t, err)
	assert.Equal(t, py.Int(1), v)
	_, err = py.Next(g)
	requireStop(t, err, py.Int(2))
}

func TestCollect(t *testing.T) {
	g, _ := newGen(yields(py.Int(1)), yields(py.Int(2)), returns(py.Int(9)))
	items, err := iterproto.Collect(g)
	require.NoError(t, err)
	assert.Equal(t, []py.Object{py.Int(1), py.Int(2)}, items)
}

func TestThrowError(t *testing.T) {
	g, f := newGen(yields(py.Int(1)), catches(yields(py.Int(2))))
	_, _ = g.M__next__()
	v, err := g.ThrowError(pyerr.Newf(py.KeyError, "c"))
	require.NoError(t, err)
	assert.Equal(t, py.Int(2), v)
	pyassert.Exception(t, f.excs[1], py.KeyError, py.String("c"))
	_, err = g.ThrowError(nil)
	pyassert.Exception(t, err, py.SystemError, py.String("ThrowError called with a nil error"))
}

func TestMethodThroughType(t *testing.T) {
	m := coroutine.GeneratorType.Dict["send"]
	_, err := py.Call(m, py.Tuple{py.None, py.None}, nil)
	pyassert.Exception(t, err, py.TypeError, py.String("descriptor 'send' for 'generator' objects doesn't apply to a 'NoneType' object"))
	_, err = py.Call(m, py.Tuple{}, nil)
	pyassert.Exception(t, err, py.TypeError, py.String("unbound method generator.send() needs an argument"))

	g, _ := newGen(yields(py.Int(1)))
	v, err := py.Call(m, py.Tuple{g, py.None}, nil)
	require.NoError(t, err)
	assert.Equal(t, py.Int(1), v)
}

func TestResumeRefused(t *testing.T) {
	refused := func(py.Object, error) (py.Object, bool, error) {
		return nil, false, py.ExceptionNewf(py.RuntimeError, "maximum recursion depth exceeded")
	}
	g, _ := newGen(yields(py.Int(1)), refused, returns(py.Int(2)))
	_, err := g.M__next__()
	require.NoError(t, err)
	_, err = g.M__next__()
	pyassert.Exception(t, err, py.RuntimeError, py.String("maximum recursion depth exceeded"))
	assert.False(t, g.Done())
	assert.False(t, g.Running())
	_, err = g.M__next__()
	requireStop(t, err, py.Int(2))
}
