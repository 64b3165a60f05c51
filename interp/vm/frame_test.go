package vm

import (
	"bytes"
	"errors"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/coroutine"
	"github.com/gpyasync/gpyasync/interp/compiler"
	"github.com/gpyasync/gpyasync/pyerr"
)

func mustInfo(t *testing.T, err error) py.ExceptionInfo {
	t.Helper()
	require.Error(t, err)
	var info py.ExceptionInfo
	require.True(t, errors.As(err, &info), "error %T is not a py.ExceptionInfo", err)
	return info
}

func TestUncaughtPanicIsSystemErrorWithTraceback(t *testing.T) {
	_, err := runSource(t, "panic.py", "def f():\n    go_panic()\n\nf()\n")
	info := mustInfo(t, err)
	assert.Equal(t, py.SystemError, info.Type)
	assert.Contains(t, pyerr.Exception(err).Error(), "boom from Go")
	// Traceback entries, outermost first: the module (line 4) then f (line 2).
	var lines []int32
	var names []string
	for tb := info.Traceback; tb != nil; tb = tb.Next {
		require.NotNil(t, tb.Frame)
		require.NotNil(t, tb.Frame.Code)
		lines = append(lines, tb.Lineno)
		names = append(names, tb.Frame.Code.Name)
	}
	assert.Equal(t, []int32{4, 2}, lines)
	assert.Equal(t, []string{"<module>", "f"}, names)
	assert.Same(t, info.Traceback, pyerr.Exception(err).Traceback)
}

func TestMalformedBytecodeIsSystemError(t *testing.T) {
	ctx, g := newTestContext(t, &bytes.Buffer{})
	for name, bytecode := range map[string]string{
		"unknown opcode":  "\x00",
		"truncated arg":   string([]byte{byte(100)}),
		"runs off end":    string([]byte{byte(100), 0, 0}),
		"stack underflow": string([]byte{1, 1, 1}),
	} {
		code := &py.Code{Code: bytecode, Consts: py.Tuple{py.None}, Name: name, Filename: "bad", Stacksize: 1}
		_, err := EvalCode(ctx, code, g, g, nil, nil, nil, nil, nil)
		info := mustInfo(t, err)
		assert.Equal(t, py.SystemError, info.Type, name)
	}
}

func TestNilInputsAreSystemErrors(t *testing.T) {
	ctx, g := newTestContext(t, &bytes.Buffer{})
	code := &py.Code{Code: "d\x00\x00S", Consts: py.Tuple{py.None}, Stacksize: 1}
	_, err := EvalCode(nil, code, g, g, nil, nil, nil, nil, nil)
	assert.Equal(t, py.SystemError, mustInfo(t, err).Type)
	_, err = EvalCode(ctx, nil, g, g, nil, nil, nil, nil, nil)
	assert.Equal(t, py.SystemError, mustInfo(t, err).Type)
	_, err = EvalCode(ctx, code, nil, nil, nil, nil, nil, nil, nil)
	assert.Equal(t, py.SystemError, mustInfo(t, err).Type)
	_, err = RunFrame(nil)
	assert.Equal(t, py.SystemError, mustInfo(t, err).Type)
	res, err := EvalCode(ctx, code, g, g, nil, nil, nil, nil, nil)
	require.NoError(t, err)
	assert.Equal(t, py.None, res)
}

func TestRecursionLimit(t *testing.T) {
	ctx, _ := newTestContext(t, &bytes.Buffer{})
	th := ThreadOf(ctx)
	assert.Same(t, th, ThreadOf(ctx))
	assert.Equal(t, DefaultRecursionLimit, th.RecursionLimit())
	require.NoError(t, th.SetRecursionLimit(50))
	assert.Equal(t, 50, th.RecursionLimit())
	assert.Equal(t, py.ValueError, mustInfo(t, pyerr.Info(th.SetRecursionLimit(0))).Type)

	out, err := runSourceIn(t, ctx, "def d(n):\n    return d(n + 1)\n\ntry:\n    d(0)\nexcept RecursionError as e:\n    print('limit', *e.args)\n")
	require.NoError(t, err)
	assert.Equal(t, "limit maximum recursion depth exceeded\n", out)
	assert.Equal(t, 0, th.Depth())
}

func TestExcInfoOutsideHandlerIsEmpty(t *testing.T) {
	ctx, _ := newTestContext(t, &bytes.Buffer{})
	assert.Nil(t, ExcInfo(ctx).Value)
}

func TestGeneratorFrameContract(t *testing.T) {
	src := "def sub():\n    yield 1\n    return 'r'\n\ndef gen():\n    x = yield from sub()\n    yield x\n"
	ctx, g := newTestContext(t, &bytes.Buffer{})
	code, err := compiler.Compile(src, "gen.py", py.ExecMode, 0, true)
	require.NoError(t, err)
	_, err = EvalCode(ctx, code, g, g, nil, nil, nil, nil, nil)
	require.NoError(t, err)
	obj, err := py.Call(g["gen"], nil, nil)
	require.NoError(t, err)
	gen, ok := obj.(*coroutine.Generator)
	require.True(t, ok, "got %T", obj)
	assert.Equal(t, "gen", gen.Name())

	v, err := py.Next(gen)
	require.NoError(t, err)
	assert.Equal(t, py.Int(1), v)
	sub, ok := gen.YieldFrom().(*coroutine.Generator)
	require.True(t, ok, "YieldFrom while delegating")
	assert.Equal(t, "sub", sub.Name())

	v, err = py.Next(gen)
	require.NoError(t, err)
	assert.Equal(t, py.String("r"), v)
	assert.Nil(t, gen.YieldFrom())
}

func TestPrintExprWritesRepr(t *testing.T) {
	var out bytes.Buffer
	ctx, g := newTestContext(t, &out)
	sys, err := ctx.GetModule("sys")
	require.NoError(t, err)
	// Without sys.displayhook, the default hook's behaviour.
	delete(sys.Globals, "displayhook")
	code, err := compiler.Compile("'a' + 'b'\n", "<stdin>", py.SingleMode, 0, true)
	require.NoError(t, err)
	_, err = EvalCode(ctx, code, g, g, nil, nil, nil, nil, nil)
	require.NoError(t, err)
	assert.Equal(t, "'ab'\n", out.String())
	assert.Equal(t, py.String("ab"), ctx.Store().Builtins.Globals["_"])

	var shown []py.Object
	sys.Globals["displayhook"] = py.MustNewMethod("displayhook", func(_ py.Object, v py.Object) (py.Object, error) {
		shown = append(shown, v)
		return py.None, nil
	}, 0, "")
	_, err = EvalCode(ctx, code, g, g, nil, nil, nil, nil, nil)
	require.NoError(t, err)
	assert.Equal(t, []py.Object{py.String("ab")}, shown)
}

func TestBindingErrorsFromGo(t *testing.T) {
	ctx, g := newTestContext(t, &bytes.Buffer{})
	code, err := compiler.Compile("def f(a, b):\n    return a + b\n", "f.py", py.ExecMode, 0, true)
	require.NoError(t, err)
	_, err = EvalCode(ctx, code, g, g, nil, nil, nil, nil, nil)
	require.NoError(t, err)
	fn := g["f"].(*py.Function)
	res, err := EvalCode(ctx, fn.Code, fn.Globals, nil, []py.Object{py.Int(1)}, py.StringDict{"b": py.Int(2)}, nil, nil, nil)
	require.NoError(t, err)
	assert.Equal(t, py.Int(3), res)
	_, err = EvalCode(ctx, fn.Code, fn.Globals, nil, []py.Object{py.Int(1)}, nil, nil, nil, nil)
	info := mustInfo(t, err)
	assert.Equal(t, py.TypeError, info.Type)
	assert.Equal(t, "TypeError: \"f() missing 1 required positional argument: 'b'\"", info.Error())
}

// runSourceIn runs src as __main__ in an existing test context.
func runSourceIn(t *testing.T, ctx py.Context, src string) (string, error) {
	var out bytes.Buffer
	sys, err := ctx.GetModule("sys")
	require.NoError(t, err)
	sys.Globals["stdout"] = &outWriter{&out}
	code, err := compiler.Compile(src, "main.py", py.ExecMode, 0, true)
	require.NoError(t, err)
	g := py.NewStringDict()
	_, err = EvalCode(ctx, code, g, g, nil, nil, nil, nil, nil)
	return out.String(), err
}

func TestContextsRunInParallel(t *testing.T) {
	src := "def gen(n):\n    for i in range(n):\n        try:\n            raise KeyError(i)\n        except KeyError:\n            yield i\n\ntotal = 0\nfor v in gen(200):\n    total += v\nprint(total)\n"
	code, err := compiler.Compile(src, "par.py", py.ExecMode, 0, true)
	require.NoError(t, err)
	const n = 4
	outs := make([]bytes.Buffer, n)
	errs := make(chan error, n)
	for i := 0; i < n; i++ {
		ctx, g := newTestContext(t, &outs[i])
		go func() {
			_, err := EvalCode(ctx, code, g, g, nil, nil, nil, nil, nil)
			errs <- err
		}()
	}
	for i := 0; i < n; i++ {
		assert.NoError(t, <-errs)
	}
	for i := range outs {
		assert.Equal(t, "19900\n", outs[i].String())
	}
}

func TestRunFrameRunsGpythonFrame(t *testing.T) {
	ctx, g := newTestContext(t, &bytes.Buffer{})
	code, err := compiler.Compile("a = 1 + 2\n", "rf.py", py.ExecMode, 0, true)
	require.NoError(t, err)
	res, err := RunFrame(py.NewFrame(ctx, g, g, code, nil))
	require.NoError(t, err)
	assert.Equal(t, py.None, res)
	assert.Equal(t, py.Int(3), g["a"])
}

func TestThreadLocalsSeesCallingFrame(t *testing.T) {
	ctx, g := newTestContext(t, &bytes.Buffer{})
	var seen py.StringDict
	g["snapshot"] = py.MustNewMethod("snapshot", func(py.Object, py.Tuple) (py.Object, error) {
		seen = ThreadOf(ctx).Locals()
		return py.None, nil
	}, 0, "")
	code, err := compiler.Compile("def f(x):\n    y = x * 2\n    snapshot()\n\nf(4)\n", "loc.py", py.ExecMode, 0, true)
	require.NoError(t, err)
	_, err = EvalCode(ctx, code, g, g, nil, nil, nil, nil, nil)
	require.NoError(t, err)
	assert.Equal(t, py.StringDict{"x": py.Int(4), "y": py.Int(8)}, seen)
	assert.Nil(t, ThreadOf(ctx).Locals())
}

// CTRL-C: KeyboardInterrupt is raised in a running loop at its back edge,
// and can be caught there like any exception.
func TestInterruptRaisesKeyboardInterruptInLoops(t *testing.T) {
	var out bytes.Buffer
	ctx, _ := newTestContext(t, &out)
	require.False(t, Interrupt(ctx))
	require.True(t, Interrupt(ctx), "still pending: no loop ran since")
	got, err := runSourceIn(t, ctx, "n = 0\ntry:\n    while True:\n        n += 1\nexcept KeyboardInterrupt:\n    print('interrupted after', n)\n")
	require.NoError(t, err)
	assert.Equal(t, "interrupted after 1\n", got)
	assert.False(t, Interrupt(ctx), "the interrupt was taken")
}
