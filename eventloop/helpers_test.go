package eventloop_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"

	"github.com/gpyasync/gpyasync/awaitproto"
	"github.com/gpyasync/gpyasync/eventloop"
	"github.com/gpyasync/gpyasync/interp"
	"github.com/gpyasync/gpyasync/pyerr"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// lockedBuffer is a bytes.Buffer safe for concurrent use.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (w *lockedBuffer) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(p)
}

func (w *lockedBuffer) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.String()
}

// env is a loop on an interpreter context whose output is captured.
type env struct {
	loop           *eventloop.Loop
	ctx            py.Context
	stdout, stderr *lockedBuffer
}

func newEnv(t testing.TB, opts ...eventloop.Option) *env {
	t.Helper()
	e := &env{stdout: &lockedBuffer{}, stderr: &lockedBuffer{}}
	e.ctx = interp.NewContext(interp.Config{Stdout: e.stdout, Stderr: e.stderr})
	e.loop = eventloop.New(e.ctx, opts...)
	b := e.ctx.Store().Builtins.Globals
	b["loop"] = e.loop
	b["CancelledError"] = eventloop.CancelledError
	b["InvalidStateError"] = eventloop.InvalidStateError
	b["coroutine"] = py.MustNewMethod("coroutine", markCoroutine, 0, "types.coroutine")
	t.Cleanup(func() {
		_ = e.loop.Close()
		_ = e.ctx.Close()
		eventloop.Forget(e.ctx)
	})
	return e
}

// markCoroutine is types.coroutine for generator functions: it flags the
// code so that await (and awaitproto) drive its generators directly.
func markCoroutine(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "coroutine() takes one argument")
	}
	if f, ok := args[0].(*py.Function); ok {
		f.Code.Flags |= awaitproto.CoIterableCoroutine
	}
	return args[0], nil
}

// exec runs Python source as __main__ and returns its globals.
func (e *env) exec(t testing.TB, src string) py.StringDict {
	t.Helper()
	err := interp.RunMain(e.ctx, src, "test.py")
	if err != nil {
		t.Fatalf("python failed:\n%s", interp.FormatException(err))
	}
	m, err := e.ctx.GetModule("__main__")
	require.NoError(t, err)
	return m.Globals
}

// runScript runs testdata/name and returns what it printed.
func (e *env) runScript(t *testing.T, name string) string {
	t.Helper()
	dir, err := os.Getwd()
	require.NoError(t, err)
	if err := interp.RunFile(e.ctx, filepath.Join(dir, "testdata", name)); err != nil {
		t.Fatalf("%s failed:\n%s\nstdout so far:\n%s", name, interp.FormatException(err), e.stdout.String())
	}
	// CPython names the script by its absolute path; the goldens are
	// relative to this directory.
	return strings.ReplaceAll(e.stdout.String(), dir+string(filepath.Separator), "")
}

// golden reads the output CPython 3.11 printed for testdata/name.
func golden(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name+".out"))
	require.NoError(t, err)
	return string(b)
}

// runFor runs the loop for about d.
func runFor(t testing.TB, l *eventloop.Loop, d time.Duration) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	err := l.Run(ctx)
	require.ErrorIs(t, err, context.DeadlineExceeded)
}

// runUntilStopped runs the loop with a safety timeout.
func runUntilStopped(t testing.TB, l *eventloop.Loop) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	require.NoError(t, l.Run(ctx))
}

// requireExc checks that err is a py.ExceptionInfo of class typ whose
// str is msg.
func requireExc(t testing.TB, err error, typ *py.Type, msg string) {
	t.Helper()
	require.Error(t, err)
	var info py.ExceptionInfo
	require.ErrorAs(t, err, &info)
	require.Equal(t, typ.Name, info.Type.Name)
	require.True(t, pyerr.Matches(err, typ))
	args := pyerr.Exception(err).Args.(py.Tuple)
	got := ""
	if len(args) > 0 {
		got = string(args[0].(py.String))
	}
	require.Equal(t, msg, got)
}

// requireExcType checks that err is a Python exception of class typ.
func requireExcType(t testing.TB, err error, typ *py.Type) {
	t.Helper()
	require.Error(t, err)
	var info py.ExceptionInfo
	require.ErrorAs(t, err, &info)
	require.True(t, pyerr.Matches(err, typ), "got %s, want %s", info.Type.Name, typ.Name)
}
