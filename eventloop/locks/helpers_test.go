package locks_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"

	"github.com/gpyasync/gpyasync/awaitproto"
	"github.com/gpyasync/gpyasync/eventloop"
	"github.com/gpyasync/gpyasync/eventloop/locks"
	"github.com/gpyasync/gpyasync/interp"
	"github.com/gpyasync/gpyasync/pyerr"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// env is a loop on an interpreter
// context whose builtins hold the package's members, the loop, and
// sleep0, a coroutine that yields to the loop once.
type env struct {
	loop   *eventloop.Loop
	ctx    py.Context
	stdout *bytes.Buffer
}

func newEnv(t testing.TB) *env {
	t.Helper()
	e := &env{stdout: &bytes.Buffer{}}
	e.ctx = interp.NewContext(interp.Config{Stdout: e.stdout, Stderr: e.stdout})
	e.loop = eventloop.New(e.ctx)
	b := e.ctx.Store().Builtins.Globals
	for k, v := range locks.Members() {
		b[k] = v
	}
	b["loop"] = e.loop
	b["CancelledError"] = eventloop.CancelledError
	b["sleep0"] = py.MustNewMethod("sleep0", func(py.Object, py.Tuple) (py.Object, error) {
		return sleep0(), nil
	}, 0, "")
	t.Cleanup(func() {
		_ = e.loop.Close()
		_ = e.ctx.Close()
	})
	return e
}

// sleep0 is asyncio.sleep(0): it yields None once, which makes its task
// run again in the next iteration of the loop.
func sleep0() py.Object {
	yielded := false
	return awaitproto.NewCoroutine("sleep0", awaitproto.StepFunc(func(_ py.Object, thrown error) (awaitproto.Result, error) {
		if thrown != nil {
			return awaitproto.Result{}, thrown
		}
		if !yielded {
			yielded = true
			return awaitproto.Result{Value: py.None}, nil
		}
		return awaitproto.Result{Value: py.None, Done: true}, nil
	}))
}

// exec runs Python source as __main__ and returns its globals.
func (e *env) exec(t testing.TB, src string) py.StringDict {
	t.Helper()
	if err := interp.RunMain(e.ctx, src, "test.py"); err != nil {
		t.Fatalf("python failed:\n%s\nstdout:\n%s", interp.FormatException(err), e.stdout.String())
	}
	m, err := e.ctx.GetModule("__main__")
	require.NoError(t, err)
	return m.Globals
}

// run runs aw as a task until it is done, with a safety timeout.
func (e *env) run(t testing.TB, aw py.Object) (py.Object, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return e.loop.RunUntilComplete(ctx, aw)
}

// runScript runs testdata/name and returns what it printed.
func (e *env) runScript(t *testing.T, name string) string {
	t.Helper()
	if err := interp.RunFile(e.ctx, filepath.Join("testdata", name)); err != nil {
		t.Fatalf("%s failed:\n%s\nstdout so far:\n%s", name, interp.FormatException(err), e.stdout.String())
	}
	return e.stdout.String()
}

// golden reads the output CPython 3.11 printed for testdata/name.
func golden(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name+".out"))
	require.NoError(t, err)
	return string(b)
}

// requireExc checks that err is a Python exception of class typ whose
// first argument is msg.
func requireExc(t testing.TB, err error, typ *py.Type, msg string) {
	t.Helper()
	require.Error(t, err)
	require.True(t, pyerr.Matches(err, typ), "got %v, want %s", err, typ.Name)
	args := pyerr.Exception(err).Args.(py.Tuple)
	got := ""
	if len(args) > 0 {
		got = string(args[0].(py.String))
	}
	require.Equal(t, msg, got)
}

func pyerrMatches(err error, typ *py.Type) bool { return err != nil && pyerr.Matches(err, typ) }

// excArg is the first argument of the exception err, as a string.
func excArg(err error) string {
	args := pyerr.Exception(err).Args.(py.Tuple)
	if len(args) == 0 {
		return ""
	}
	s, _ := args[0].(py.String)
	return string(s)
}
