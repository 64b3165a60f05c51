package awaitproto_test

import (
	"fmt"
	"regexp"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/awaitproto"
	"github.com/gpyasync/gpyasync/internal/pyassert"
	"github.com/gpyasync/gpyasync/iterproto"
	"github.com/gpyasync/gpyasync/pyerr"
)

// call is step one of a scripted body: what it was resumed with, and what
// it answers.
type call struct {
	sent   py.Object
	thrown error
}

// script is a Stepper that plays answers in order and records each call.
type script struct {
	answers []func(sent py.Object, thrown error) (awaitproto.Result, error)
	calls   []call
}

func (s *script) Step(sent py.Object, thrown error) (awaitproto.Result, error) {
	s.calls = append(s.calls, call{sent, thrown})
	if len(s.answers) == 0 {
		panic("script stepped after its end")
	}
	a := s.answers[0]
	s.answers = s.answers[1:]
	return a(sent, thrown)
}

func yield(v py.Object) func(py.Object, error) (awaitproto.Result, error) {
	return func(_ py.Object, thrown error) (awaitproto.Result, error) {
		if thrown != nil {
			return awaitproto.Result{}, thrown
		}
		return awaitproto.Result{Value: v}, nil
	}
}

func finish(v py.Object) func(py.Object, error) (awaitproto.Result, error) {
	return func(_ py.Object, thrown error) (awaitproto.Result, error) {
		if thrown != nil {
			return awaitproto.Result{}, thrown
		}
		return awaitproto.Result{Value: v, Done: true}, nil
	}
}

func fail(err error) func(py.Object, error) (awaitproto.Result, error) {
	return func(py.Object, error) (awaitproto.Result, error) { return awaitproto.Result{}, err }
}

func newScript(answers ...func(py.Object, error) (awaitproto.Result, error)) (py.Object, *script) {
	s := &script{answers: answers}
	return awaitproto.NewCoroutine("scripted", s), s
}

func method(t *testing.T, obj py.Object, name string, args ...py.Object) (py.Object, error) {
	t.Helper()
	return py.Call(attr(t, obj, name), py.Tuple(args), nil)
}

func requireStop(t *testing.T, err error, value py.Object) {
	t.Helper()
	v, ok := iterproto.StopValue(err)
	require.True(t, ok, "want StopIteration, got %v", err)
	assert.Equal(t, value, v)
}

func TestCoroutineSendAndFinish(t *testing.T) {
	c, s := newScript(yield(py.Int(1)), yield(py.Int(2)), finish(str("done")))
	it, err := awaitproto.Iterator(c)
	require.NoError(t, err)
	assert.Same(t, c, it, "__await__ returns the coroutine itself")
	self, err := py.Iter(c)
	require.NoError(t, err)
	assert.Same(t, c, self, "__iter__ returns the coroutine itself")

	v, err := py.Next(c)
	require.NoError(t, err)
	assert.Equal(t, py.Int(1), v)
	v, err = method(t, c, "send", py.Int(10))
	require.NoError(t, err)
	assert.Equal(t, py.Int(2), v)
	_, err = method(t, c, "send", py.Int(20))
	requireStop(t, err, str("done"))
	pyassert.Exception(t, err, py.StopIteration, str("done"))
	assert.Equal(t, []call{{py.None, nil}, {py.Int(10), nil}, {py.Int(20), nil}}, s.calls)

	for _, name := range []string{"__next__", "send"} {
		args := []py.Object{}
		if name == "send" {
			args = append(args, py.None)
		}
		_, err = method(t, c, name, args...)
		pyassert.Exception(t, err, py.RuntimeError, str("cannot reuse already awaited coroutine"))
	}
	_, err = method(t, c, "throw", py.ValueError)
	pyassert.Exception(t, err, py.RuntimeError, str("cannot reuse already awaited coroutine"))
	v, err = method(t, c, "close")
	require.NoError(t, err)
	assert.Equal(t, py.None, v)
	assert.Len(t, s.calls, 3, "a finished body is not stepped again")
}

func TestCoroutineFinishNone(t *testing.T) {
	c, _ := newScript(finish(nil))
	_, err := py.Next(c)
	e := pyassert.Exception(t, err, py.StopIteration)
	assert.Equal(t, py.None, iterproto.ExceptionValue(e))
}

func TestCoroutineYieldNil(t *testing.T) {
	c, _ := newScript(yield(nil))
	r, err := awaitproto.Send(c, nil)
	require.NoError(t, err)
	assert.Equal(t, awaitproto.Result{Value: py.None}, r)
}

func TestCoroutineJustStarted(t *testing.T) {
	c, s := newScript(yield(py.Int(1)))
	_, err := awaitproto.Send(c, py.Int(1))
	pyassert.Exception(t, err, py.TypeError, str("can't send non-None value to a just-started coroutine"))
	assert.Empty(t, s.calls)
	r, err := awaitproto.Send(c, py.None)
	require.NoError(t, err)
	assert.Equal(t, awaitproto.Result{Value: py.Int(1)}, r, "still usable")
}

func TestCoroutineAlreadyExecuting(t *testing.T) {
	var c py.Object
	var inner []error
	c = awaitproto.NewCoroutine("reentrant", awaitproto.StepFunc(func(py.Object, error) (awaitproto.Result, error) {
		_, err := awaitproto.Send(c, py.None)
		inner = append(inner, err)
		_, err = method(t, c, "throw", py.ValueError)
		inner = append(inner, err)
		inner = append(inner, awaitproto.Close(c))
		return awaitproto.Result{Value: py.Int(1)}, nil
	}))
	r, err := awaitproto.Send(c, py.None)
	require.NoError(t, err)
	assert.Equal(t, awaitproto.Result{Value: py.Int(1)}, r)
	require.Len(t, inner, 3)
	for _, err := range inner {
		pyassert.Exception(t, err, py.ValueError, str("coroutine already executing"))
	}
}

func TestCoroutineThrow(t *testing.T) {
	caught := func(_ py.Object, thrown error) (awaitproto.Result, error) {
		if pyerr.Matches(thrown, py.KeyError) {
			return awaitproto.Result{Value: str("handled")}, nil
		}
		return awaitproto.Result{}, thrown
	}
	c, s := newScript(yield(py.Int(1)), caught, yield(nil))
	_, err := awaitproto.Send(c, nil)
	require.NoError(t, err)
	r, err := awaitproto.Throw(c, pyerr.Newf(py.KeyError, "k"))
	require.NoError(t, err)
	assert.Equal(t, awaitproto.Result{Value: str("handled")}, r)
	_, err = method(t, c, "throw", py.ValueError, str("v"))
	pyassert.Exception(t, err, py.ValueError, str("v"))
	require.Len(t, s.calls, 3)
	pyassert.Exception(t, s.calls[1].thrown, py.KeyError, str("k"))
	assert.Equal(t, py.None, s.calls[1].sent)
	_, err = py.Next(c)
	pyassert.Exception(t, err, py.RuntimeError, str("cannot reuse already awaited coroutine"))
}

func TestCoroutineThrowUnstarted(t *testing.T) {
	c, s := newScript(yield(py.Int(1)))
	_, err := method(t, c, "throw", py.ValueError, str("y"))
	pyassert.Exception(t, err, py.ValueError, str("y"))
	assert.Empty(t, s.calls, "the body never runs")
	_, err = py.Next(c)
	pyassert.Exception(t, err, py.RuntimeError, str("cannot reuse already awaited coroutine"))
}

func TestCoroutineThrowArguments(t *testing.T) {
	c, _ := newScript(yield(py.Int(1)))
	inst := pyerr.Exception(pyerr.Newf(py.ValueError, "a"))
	cases := []struct {
		args []py.Object
		msg  string
	}{
		{nil, "throw expected at least 1 argument, got 0"},
		{[]py.Object{py.ValueError, py.None, py.None, py.None}, "throw expected at most 3 arguments, got 4"},
		{[]py.Object{py.Int(1)}, "exceptions must be classes or instances deriving from BaseException, not int"},
		{[]py.Object{py.IntType}, "exceptions must be classes or instances deriving from BaseException, not type"},
		{[]py.Object{inst, py.Int(1)}, "instance exception may not have a separate value"},
		{[]py.Object{py.ValueError, py.Int(1), py.Int(2)}, "throw() third argument must be a traceback object"},
	}
	for _, cs := range cases {
		t.Run(cs.msg, func(t *testing.T) {
			_, err := method(t, c, "throw", cs.args...)
			pyassert.Exception(t, err, py.TypeError, str(cs.msg))
		})
	}
	_, err := py.Call(attr(t, c, "throw"), py.Tuple{py.ValueError}, py.StringDict{"tb": py.None})
	pyassert.Exception(t, err, py.TypeError, str("go_coroutine.throw() takes no keyword arguments"))

	// The class is instantiated with the value, as CPython does.
	for _, val := range []py.Object{str("x"), py.Tuple{str("x")}} {
		c, _ := newScript(yield(py.Int(1)), yield(py.Int(2)))
		_, err = py.Next(c)
		require.NoError(t, err)
		_, err = method(t, c, "throw", py.ValueError, val)
		pyassert.Exception(t, err, py.ValueError, str("x"))
	}
	c, _ = newScript(yield(py.Int(1)), yield(py.Int(2)))
	_, err = py.Next(c)
	require.NoError(t, err)
	_, err = method(t, c, "throw", py.ValueError, py.None, py.None)
	pyassert.Exception(t, err, py.ValueError)
}

func TestCoroutineMethodArguments(t *testing.T) {
	c, _ := newScript(yield(py.Int(1)))
	_, err := method(t, c, "send")
	pyassert.Exception(t, err, py.TypeError, str("go_coroutine.send() takes exactly one argument (0 given)"))
	_, err = method(t, c, "send", py.None, py.None)
	pyassert.Exception(t, err, py.TypeError, str("go_coroutine.send() takes exactly one argument (2 given)"))
	_, err = py.Call(attr(t, c, "send"), nil, py.StringDict{"x": py.None})
	pyassert.Exception(t, err, py.TypeError, str("go_coroutine.send() takes no keyword arguments"))
	_, err = method(t, c, "close", py.None)
	pyassert.Exception(t, err, py.TypeError, str("go_coroutine.close() takes no arguments (1 given)"))

	// Through the type, the coroutine is the first argument.
	v, err := py.Call(awaitproto.CoroutineType.Dict["send"], py.Tuple{c, py.None}, nil)
	require.NoError(t, err)
	assert.Equal(t, py.Int(1), v)
	_, err = py.Call(awaitproto.CoroutineType.Dict["send"], py.Tuple{py.Int(1), py.None}, nil)
	pyassert.Exception(t, err, py.TypeError, str("descriptor 'send' for 'go_coroutine' objects doesn't apply to a 'int' object"))
	_, err = py.Call(awaitproto.CoroutineType.Dict["close"], nil, nil)
	pyassert.Exception(t, err, py.TypeError, str("unbound method go_coroutine.close() needs an argument"))
}

func TestCoroutineClose(t *testing.T) {
	// Unstarted: the body never runs.
	c, s := newScript(yield(py.Int(1)))
	require.NoError(t, awaitproto.Close(c))
	assert.Empty(t, s.calls)
	_, err := py.Next(c)
	pyassert.Exception(t, err, py.RuntimeError, str("cannot reuse already awaited coroutine"))

	// Suspended: GeneratorExit is thrown in.
	c, s = newScript(yield(py.Int(1)), yield(py.Int(2)))
	_, err = py.Next(c)
	require.NoError(t, err)
	require.NoError(t, awaitproto.Close(c))
	require.Len(t, s.calls, 2)
	pyassert.Exception(t, s.calls[1].thrown, py.GeneratorExit)
	require.NoError(t, awaitproto.Close(c), "closing twice is harmless")

	// Finishing with a value on GeneratorExit is fine too.
	c, _ = newScript(yield(py.Int(1)), func(py.Object, error) (awaitproto.Result, error) {
		return awaitproto.Result{Value: py.Int(3), Done: true}, nil
	})
	_, err = py.Next(c)
	require.NoError(t, err)
	require.NoError(t, awaitproto.Close(c))

	// Yielding instead is refused, and the body stays suspended.
	c, s = newScript(yield(py.Int(1)), func(py.Object, error) (awaitproto.Result, error) {
		return awaitproto.Result{Value: py.Int(2)}, nil
	}, finish(str("end")))
	_, err = py.Next(c)
	require.NoError(t, err)
	_, err = method(t, c, "close")
	pyassert.Exception(t, err, py.RuntimeError, str("coroutine ignored GeneratorExit"))
	_, err = py.Next(c)
	requireStop(t, err, str("end"))

	// Another error comes out of close.
	c, _ = newScript(yield(py.Int(1)), fail(pyerr.Newf(py.OSError, "cleanup")))
	_, err = py.Next(c)
	require.NoError(t, err)
	pyassert.Exception(t, awaitproto.Close(c), py.OSError, str("cleanup"))
}

func TestCoroutineThrowGeneratorExit(t *testing.T) {
	c, s := newScript(yield(py.Int(1)), yield(py.Int(2)))
	_, err := py.Next(c)
	require.NoError(t, err)
	_, err = awaitproto.Throw(c, pyerr.New(py.GeneratorExit))
	pyassert.Exception(t, err, py.GeneratorExit)
	require.Len(t, s.calls, 2)
	_, err = py.Next(c)
	pyassert.Exception(t, err, py.RuntimeError, str("cannot reuse already awaited coroutine"))
}

func TestCoroutinePEP479(t *testing.T) {
	for _, stop := range []error{py.StopIteration, pyerr.New(py.StopIteration, py.Int(1))} {
		c, _ := newScript(fail(stop))
		_, err := py.Next(c)
		e := pyassert.Exception(t, err, py.RuntimeError, str("coroutine raised StopIteration"))
		cause, ok := e.Cause.(*py.Exception)
		require.True(t, ok, "cause %v", e.Cause)
		assert.Equal(t, py.StopIteration, cause.Base)
		assert.True(t, e.SuppressContext)
	}
}

func TestCoroutinePanic(t *testing.T) {
	c, _ := newScript(func(py.Object, error) (awaitproto.Result, error) { panic("bug") })
	_, err := py.Next(c)
	pyassert.Exception(t, err, py.SystemError, str("Go coroutine scripted panicked: bug"))
	_, err = py.Next(c)
	pyassert.Exception(t, err, py.RuntimeError, str("cannot reuse already awaited coroutine"))
}

func TestCoroutineNames(t *testing.T) {
	c, _ := newScript()
	assert.Equal(t, str("scripted"), attr(t, c, "__name__"))
	assert.Equal(t, str("scripted"), attr(t, c, "__qualname__"))
	assert.Equal(t, awaitproto.CoroutineType, c.Type())
	r, err := py.Repr(c)
	require.NoError(t, err)
	assert.Regexp(t, regexp.MustCompile(`^<go_coroutine object scripted at 0x[0-9a-f]+>$`), string(r.(py.String)))
}

func TestFunc(t *testing.T) {
	var gotArgs py.Tuple
	var gotKwargs py.StringDict
	fn := awaitproto.Func("add", func(args py.Tuple, kwargs py.StringDict) (awaitproto.Stepper, error) {
		gotArgs, gotKwargs = args, kwargs
		if len(args) != 2 {
			return nil, pyerr.Newf(py.TypeError, "add() takes 2 positional arguments but %d were given", len(args))
		}
		a, b := args[0].(py.Int), args[1].(py.Int)
		return awaitproto.StepFunc(func(py.Object, error) (awaitproto.Result, error) {
			return awaitproto.Result{Value: a + b, Done: true}, nil
		}), nil
	})
	c, err := py.Call(fn, py.Tuple{py.Int(1), py.Int(2)}, py.StringDict{"k": py.True})
	require.NoError(t, err)
	assert.Equal(t, py.Tuple{py.Int(1), py.Int(2)}, gotArgs)
	assert.Equal(t, py.StringDict{"k": py.True}, gotKwargs)
	assert.Equal(t, str("add"), attr(t, c, "__name__"))
	res, err := awaitproto.Drive(c, sendNone)
	require.NoError(t, err)
	assert.Equal(t, py.Int(3), res)

	_, err = py.Call(fn, py.Tuple{py.Int(1)}, nil)
	pyassert.Exception(t, err, py.TypeError, str("add() takes 2 positional arguments but 1 were given"))

	noBody := awaitproto.Func("nobody", func(py.Tuple, py.StringDict) (awaitproto.Stepper, error) { return nil, nil })
	_, err = py.Call(noBody, nil, nil)
	pyassert.Exception(t, err, py.SystemError, str("Go coroutine function nobody returned no body"))

	panics := awaitproto.Func("bad", func(args py.Tuple, _ py.StringDict) (awaitproto.Stepper, error) {
		_ = args[5]
		return nil, nil
	})
	_, err = py.Call(panics, nil, nil)
	e := pyassert.Exception(t, err, py.SystemError, str(fmt.Sprintf("Go coroutine function bad panicked: %v", "runtime error: index out of range [5] with length 0")))
	assert.NotNil(t, e)
}

func TestReady(t *testing.T) {
	r := awaitproto.Ready(py.Int(7))
	assert.Equal(t, awaitproto.ReadyType, r.Type())
	for range 2 {
		res, err := awaitproto.Drive(r, func(py.Object) (py.Object, error) {
			t.Fatal("Ready must not suspend")
			return nil, nil
		})
		require.NoError(t, err)
		assert.Equal(t, py.Int(7), res, "Ready can be awaited again")
	}
	res, err := awaitproto.Drive(awaitproto.Ready(nil), sendNone)
	require.NoError(t, err)
	assert.Equal(t, py.None, res)
}
