package awaitproto_test

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

// awaitable is a Go type whose __await__ returns it or fails with err.
type awaitable struct {
	it  py.Object
	err error
}

var awaitableType = py.NewType("fake_awaitable", "")

func (a *awaitable) Type() *py.Type { return awaitableType }
func (a *awaitable) M__await__() (py.Object, error) {
	return a.it, a.err
}

// iterOnly has __next__ and nothing else: it yields items, then fails with
// end.
type iterOnly struct {
	items []py.Object
	end   error
}

var iterOnlyType = py.NewType("fake_iterator", "")

func (f *iterOnly) Type() *py.Type                { return iterOnlyType }
func (f *iterOnly) M__iter__() (py.Object, error) { return f, nil }
func (f *iterOnly) M__next__() (py.Object, error) {
	if len(f.items) == 0 {
		return nil, f.end
	}
	v := f.items[0]
	f.items = f.items[1:]
	return v, nil
}

// fakeCoroutine stands for a native coroutine object: a code with
// CoCoroutine and, optionally, a pending await of its own.
type fakeCoroutine struct {
	yf py.Object
}

var fakeCoroutineType = py.NewType("coroutine", "")

func (c *fakeCoroutine) Type() *py.Type       { return fakeCoroutineType }
func (c *fakeCoroutine) Code() *py.Code       { return &py.Code{Flags: awaitproto.CoCoroutine} }
func (c *fakeCoroutine) YieldFrom() py.Object { return c.yf }

// frame is an evaluator frame that yields its values one by one, then
// returns end; a thrown exception is raised again.
type frame struct {
	yields []py.Object
	end    py.Object
	got    []py.Object
}

func (f *frame) Resume(value py.Object, exc error) (py.Object, bool, error) {
	f.got = append(f.got, value)
	if exc != nil {
		return nil, true, exc
	}
	if len(f.yields) == 0 {
		return f.end, true, nil
	}
	v := f.yields[0]
	f.yields = f.yields[1:]
	return v, false, nil
}

func (f *frame) YieldFrom() py.Object { return nil }
func (f *frame) PyFrame() *py.Frame   { return nil }

func newGenerator(flags int32, f *frame) *coroutine.Generator {
	return coroutine.NewGenerator(f, &py.Code{Name: "g", Flags: flags}, "g", "g")
}

func str(s string) py.Object { return py.String(s) }

func TestIteratorErrors(t *testing.T) {
	cases := []struct {
		name string
		obj  py.Object
		typ  *py.Type
		msg  string
	}{
		{"int", py.Int(1), py.TypeError, "object int can't be used in 'await' expression"},
		{"None", py.None, py.TypeError, "object NoneType can't be used in 'await' expression"},
		{"nil", nil, py.TypeError, "object NoneType can't be used in 'await' expression"},
		{"class", py.IntType, py.TypeError, "object type can't be used in 'await' expression"},
		{"plain generator", newGenerator(py.CO_GENERATOR, &frame{}), py.TypeError, "object generator can't be used in 'await' expression"},
		{"non-iterator", &awaitable{it: py.Int(1)}, py.TypeError, "__await__() returned non-iterator of type 'int'"},
		{"iterable", &awaitable{it: py.NewList()}, py.TypeError, "__await__() returned non-iterator of type 'list'"},
		{"nil iterator", &awaitable{}, py.TypeError, "__await__() returned non-iterator of type 'NoneType'"},
		{"coroutine", &awaitable{it: &fakeCoroutine{}}, py.TypeError, "__await__() returned a coroutine"},
		{"generator coroutine", &awaitable{it: newGenerator(py.CO_GENERATOR|awaitproto.CoIterableCoroutine, &frame{})}, py.TypeError, "__await__() returned a coroutine"},
		{"raises", &awaitable{err: pyerr.Newf(py.KeyError, "k")}, py.KeyError, "k"},
		{"raises bare class", &awaitable{err: py.IndexError}, py.IndexError, ""},
		{"awaited already", &fakeCoroutine{yf: &iterOnly{}}, py.RuntimeError, "coroutine is being awaited already"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			it, err := awaitproto.Iterator(c.obj)
			assert.Nil(t, it)
			if c.msg == "" {
				pyassert.Exception(t, err, c.typ)
			} else {
				pyassert.Exception(t, err, c.typ, str(c.msg))
			}
		})
	}
}

func TestIteratorAccepts(t *testing.T) {
	it := &iterOnly{}
	got, err := awaitproto.Iterator(&awaitable{it: it})
	require.NoError(t, err)
	assert.Same(t, it, got)

	// A generator-based coroutine and a native coroutine are their own
	// await iterators.
	g := newGenerator(py.CO_GENERATOR|awaitproto.CoIterableCoroutine, &frame{})
	got, err = awaitproto.Iterator(g)
	require.NoError(t, err)
	assert.Same(t, g, got)
	c := &fakeCoroutine{}
	got, err = awaitproto.Iterator(c)
	require.NoError(t, err)
	assert.Same(t, c, got)

	// A plain generator is a fine await iterator when __await__ returns
	// it, as a Future's __await__ does in CPython.
	g = newGenerator(py.CO_GENERATOR, &frame{})
	got, err = awaitproto.Iterator(&awaitable{it: g})
	require.NoError(t, err)
	assert.Same(t, g, got)
}

func TestSendNextOnly(t *testing.T) {
	it := &iterOnly{items: []py.Object{py.Int(1), nil}, end: pyerr.New(py.StopIteration, py.Int(9))}
	r, err := awaitproto.Send(it, py.None)
	require.NoError(t, err)
	assert.Equal(t, awaitproto.Result{Value: py.Int(1)}, r)
	r, err = awaitproto.Send(it, nil)
	require.NoError(t, err)
	assert.Equal(t, awaitproto.Result{Value: py.None}, r, "a nil item is None")

	// A value other than None needs a send method.
	_, err = awaitproto.Send(it, py.Int(3))
	pyassert.Exception(t, err, py.AttributeError, str("'fake_iterator' object has no attribute 'send'"))

	r, err = awaitproto.Send(it, py.None)
	require.NoError(t, err)
	assert.Equal(t, awaitproto.Result{Value: py.Int(9), Done: true}, r)
}

func TestSendStopForms(t *testing.T) {
	withValue := pyerr.New(py.StopIteration, py.Int(1), py.Int(2))
	withValue.Value.(*py.Exception).Dict["value"] = py.String("v")
	cases := []struct {
		name string
		end  error
		want py.Object
	}{
		{"class", py.StopIteration, py.None},
		{"instance", py.MakeException(py.StopIteration), py.None},
		{"first arg", pyerr.New(py.StopIteration, py.Int(4), py.Int(5)), py.Int(4)},
		{"value attribute", withValue, py.String("v")},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r, err := awaitproto.Send(&iterOnly{end: c.end}, py.None)
			require.NoError(t, err)
			assert.Equal(t, awaitproto.Result{Value: c.want, Done: true}, r)
		})
	}
}

func TestSendGenerator(t *testing.T) {
	f := &frame{yields: []py.Object{py.Int(1)}, end: py.String("end")}
	g := newGenerator(py.CO_GENERATOR|awaitproto.CoIterableCoroutine, f)
	it, err := awaitproto.Iterator(g)
	require.NoError(t, err)
	r, err := awaitproto.Send(it, py.None)
	require.NoError(t, err)
	assert.Equal(t, awaitproto.Result{Value: py.Int(1)}, r)
	r, err = awaitproto.Send(it, py.Int(7))
	require.NoError(t, err)
	assert.Equal(t, awaitproto.Result{Value: py.String("end"), Done: true}, r)
	assert.Equal(t, []py.Object{py.None, py.Int(7)}, f.got)
}

func TestThrowWithoutThrowMethod(t *testing.T) {
	it := &iterOnly{items: []py.Object{py.Int(1)}}
	exc := pyerr.Newf(py.ValueError, "boom")
	_, err := awaitproto.Throw(it, exc)
	e := pyassert.Exception(t, err, py.ValueError, str("boom"))
	assert.Same(t, exc.Value, e, "the thrown exception comes back unchanged")
	assert.Len(t, it.items, 1, "the iterator is not stepped")

	_, err = awaitproto.Throw(it, nil)
	pyassert.Exception(t, err, py.SystemError, str("awaitproto.Throw called with a nil error"))

	// A bare class is instantiated.
	_, err = awaitproto.Throw(it, py.KeyError)
	pyassert.Exception(t, err, py.KeyError)
}

func TestThrowGenerator(t *testing.T) {
	f := &frame{yields: []py.Object{py.Int(1)}}
	g := newGenerator(py.CO_GENERATOR, f)
	_, err := awaitproto.Send(g, py.None)
	require.NoError(t, err)
	_, err = awaitproto.Throw(g, pyerr.Newf(py.ValueError, "in"))
	pyassert.Exception(t, err, py.ValueError, str("in"))
	assert.True(t, g.Done())
}

func TestThrowGeneratorExitCloses(t *testing.T) {
	f := &frame{yields: []py.Object{py.Int(1)}}
	g := newGenerator(py.CO_GENERATOR, f)
	_, err := awaitproto.Send(g, py.None)
	require.NoError(t, err)
	_, err = awaitproto.Throw(g, pyerr.New(py.GeneratorExit))
	pyassert.Exception(t, err, py.GeneratorExit)
	assert.True(t, g.Done(), "GeneratorExit closes the await iterator")
}

func TestCloseWithoutCloseMethod(t *testing.T) {
	assert.NoError(t, awaitproto.Close(&iterOnly{}))
	assert.NoError(t, awaitproto.Close(py.Int(1)))
	assert.NoError(t, awaitproto.Close(nil))
}

func TestDriveGenerator(t *testing.T) {
	f := &frame{yields: []py.Object{py.Int(1), py.Int(2)}, end: py.String("result")}
	g := newGenerator(py.CO_GENERATOR|awaitproto.CoIterableCoroutine, f)
	var seen []py.Object
	res, err := awaitproto.Drive(g, func(y py.Object) (py.Object, error) {
		seen = append(seen, y)
		return py.Int(10 * len(seen)), nil
	})
	require.NoError(t, err)
	assert.Equal(t, py.String("result"), res)
	assert.Equal(t, []py.Object{py.Int(1), py.Int(2)}, seen)
	assert.Equal(t, []py.Object{py.None, py.Int(10), py.Int(20)}, f.got)
}

func TestDriveErrors(t *testing.T) {
	_, err := awaitproto.Drive(py.Int(1), func(py.Object) (py.Object, error) { return nil, nil })
	pyassert.Exception(t, err, py.TypeError, str("object int can't be used in 'await' expression"))

	_, err = awaitproto.Drive(&awaitable{it: &iterOnly{end: py.StopIteration}}, nil)
	pyassert.Exception(t, err, py.SystemError, str("awaitproto.Drive called with a nil resume function"))

	// The iterator fails on its own.
	it := &iterOnly{items: []py.Object{py.Int(1)}, end: pyerr.Newf(py.OSError, "io")}
	_, err = awaitproto.Drive(&awaitable{it: it}, func(py.Object) (py.Object, error) { return nil, nil })
	pyassert.Exception(t, err, py.OSError, str("io"))

	// An awaitable that yields forever is stopped by resume throwing in.
	forever := awaitproto.NewCoroutine("forever", awaitproto.StepFunc(func(_ py.Object, thrown error) (awaitproto.Result, error) {
		if thrown != nil {
			return awaitproto.Result{}, thrown
		}
		return awaitproto.Result{Value: py.None}, nil
	}))
	n := 0
	_, err = awaitproto.Drive(forever, func(py.Object) (py.Object, error) {
		n++
		if n == 100 {
			return nil, pyerr.Newf(py.TimeoutError, "too many steps")
		}
		return nil, nil
	})
	pyassert.Exception(t, err, py.TimeoutError, str("too many steps"))
	assert.Equal(t, 100, n)
}

func TestIsAwaitable(t *testing.T) {
	for _, obj := range []py.Object{
		&awaitable{it: py.Int(1)},
		&fakeCoroutine{},
		newGenerator(py.CO_GENERATOR|awaitproto.CoIterableCoroutine, &frame{}),
		awaitproto.Ready(nil),
		awaitproto.NewCoroutine("c", awaitproto.StepFunc(func(py.Object, error) (awaitproto.Result, error) {
			return awaitproto.Result{Done: true}, nil
		})),
	} {
		assert.True(t, awaitproto.IsAwaitable(obj), "%T", obj)
	}
	for _, obj := range []py.Object{nil, py.None, py.Int(1), py.IntType, &iterOnly{}, newGenerator(py.CO_GENERATOR, &frame{})} {
		assert.False(t, awaitproto.IsAwaitable(obj), "%T", obj)
	}
}
