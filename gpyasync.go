// Package gpyasync embeds a Python 3.11-compatible interpreter with an
// asyncio event loop in Go programs.
//
// A Runtime owns one interpreter context and its event loop, both driven by
// a goroutine that the Runtime starts; every method hands its work to that
// goroutine and waits for the answer, so a Runtime may be used from any
// number of goroutines. Python exceptions come back as errors that wrap a
// py.ExceptionInfo (use errors.As).
//
// The package is the embedding API; it is not the interpreter (see interp)
// nor the event loop (see eventloop), and it runs no script files of its own
// (see cmd/gpyasync).
package gpyasync

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"sync/atomic"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/eventloop"
	_ "github.com/gpyasync/gpyasync/eventloop/asyncio" // asyncio, contextvars
	"github.com/gpyasync/gpyasync/interp"
	"github.com/gpyasync/gpyasync/pyerr"
)

// ErrClosed is returned by the methods of a Runtime that was closed.
var ErrClosed = errors.New("gpyasync: runtime is closed")

// Option configures a Runtime.
type Option func(*interp.Config)

// WithStdout sets sys.stdout; the default is os.Stdout. The writer is only
// used from the Runtime's goroutine.
func WithStdout(w io.Writer) Option { return func(c *interp.Config) { c.Stdout = w } }

// WithStderr sets sys.stderr; the default is os.Stderr.
func WithStderr(w io.Writer) Option { return func(c *interp.Config) { c.Stderr = w } }

// WithArgv sets sys.argv.
func WithArgv(argv ...string) Option {
	return func(c *interp.Config) { c.Argv = append([]string(nil), argv...) }
}

// WithPath sets sys.path, the directories imports search; the default is the
// current directory.
func WithPath(dirs ...string) Option {
	return func(c *interp.Config) { c.Path = append([]string(nil), dirs...) }
}

// Runtime is an interpreter context with its own event loop, run by one
// goroutine. Its methods are safe for concurrent use. Python objects it
// returns belong to that goroutine: read them only while no Python code
// that could change them runs, and pass them back to the Runtime to use
// them further.
type Runtime struct {
	ctx  py.Context
	loop *eventloop.Loop

	stop    context.CancelFunc // ends the loop's run
	done    chan struct{}      // closed when the goroutine has ended
	closing atomic.Bool
	once    sync.Once
	err     error // of Close
}

// New starts a Runtime. Close it to stop its goroutine.
func New(opts ...Option) *Runtime {
	var cfg interp.Config
	for _, o := range opts {
		o(&cfg)
	}
	runCtx, stop := context.WithCancel(context.Background())
	r := &Runtime{stop: stop, done: make(chan struct{})}
	ready := make(chan struct{})
	go r.serve(runCtx, cfg, ready)
	<-ready
	return r
}

// serve is the Runtime's goroutine: it makes the context and the loop,
// which must be made by the goroutine that owns them, and runs the loop
// until Close.
func (r *Runtime) serve(runCtx context.Context, cfg interp.Config, ready chan<- struct{}) {
	defer close(r.done)
	r.ctx = interp.NewContext(cfg)
	r.loop = eventloop.New(r.ctx)
	eventloop.SetCurrent(r.ctx, r.loop)
	close(ready)
	// A callback raising SystemExit or KeyboardInterrupt ends a run early;
	// the Runtime keeps serving until Close.
	for runCtx.Err() == nil {
		_ = r.loop.Run(runCtx)
	}
	r.err = r.shutdown()
}

// shutdown cancels the tasks left, as asyncio.run does, and releases the
// loop and the context.
func (r *Runtime) shutdown() error {
	var err error
	if mod, ierr := py.ImportModuleLevelObject(r.ctx, "asyncio", nil, nil, nil, 0); ierr != nil {
		err = ierr
	} else if fn, aerr := py.GetAttrString(mod, "_cancel_all_tasks"); aerr != nil {
		err = aerr
	} else {
		_, err = py.Call(fn, py.Tuple{r.loop}, nil)
	}
	if cerr := r.loop.Close(); err == nil {
		err = cerr
	}
	eventloop.SetCurrent(r.ctx, nil)
	eventloop.Forget(r.ctx)
	r.ctx.Close()
	if err != nil {
		return fmt.Errorf("gpyasync: close: %w", pyerr.Info(err))
	}
	return nil
}

// Close cancels the tasks still pending and lets them end, closes the loop
// and the context, and waits for the Runtime's goroutine to end. Calls
// waiting for a result return ErrClosed. Closing again returns the first
// result. Do not call it from Python code the Runtime runs: it would wait
// for itself.
func (r *Runtime) Close() error {
	r.once.Do(func() {
		r.closing.Store(true)
		r.stop()
		<-r.done
	})
	return r.err
}

// submit runs fn on the Runtime's goroutine.
func (r *Runtime) submit(fn func()) error {
	if r.closing.Load() {
		return ErrClosed
	}
	if err := r.loop.Submit(fn); err != nil {
		return ErrClosed
	}
	return nil
}

// Do runs fn on the Runtime's goroutine, where it may use the context and
// every Python object of the Runtime, and returns its error. Cancelling ctx
// stops the wait, not fn.
func (r *Runtime) Do(ctx context.Context, fn func(py.Context) error) error {
	res := make(chan error, 1)
	if err := r.submit(func() { res <- fn(r.ctx) }); err != nil {
		return err
	}
	select {
	case err := <-res:
		return err
	case <-ctx.Done():
		return ctx.Err()
	case <-r.done:
		return ErrClosed
	}
}

// Exec runs src as the body of the __main__ module; filename is what
// tracebacks name. The first Exec makes the module; later ones run in its
// globals, so definitions accumulate. Module code runs while the loop
// runs: it may schedule tasks, but asyncio.run refuses to run inside it, as
// in CPython. Module code cannot be interrupted: cancelling ctx only stops
// the wait.
func (r *Runtime) Exec(ctx context.Context, src, filename string) error {
	err := r.Do(ctx, func(pc py.Context) error {
		main, err := pc.GetModule("__main__")
		if err != nil {
			return interp.RunMain(pc, src, filename)
		}
		code, err := py.Compile(src, filename, py.ExecMode, 0, true)
		if err == nil {
			_, err = pc.RunCode(code, main.Globals, main.Globals, nil)
		}
		return err
	})
	if err != nil {
		return fmt.Errorf("gpyasync: exec %s: %w", filename, wrapped(err))
	}
	return nil
}

// Call calls the global function name of __main__ with args and returns its
// result. When the result is awaitable (a coroutine, a Future, a Task, or an
// object with __await__) Call awaits it on the loop, as Await does, and
// returns what it produces.
func (r *Runtime) Call(ctx context.Context, name string, args ...py.Object) (py.Object, error) {
	var res py.Object
	var isAwaitable bool
	err := r.Do(ctx, func(pc py.Context) error {
		main, err := pc.GetModule("__main__")
		if err != nil {
			return pyerr.Newf(py.NameError, "name '%s' is not defined", name)
		}
		fn, ok := main.Globals[name]
		if !ok {
			return pyerr.Newf(py.NameError, "name '%s' is not defined", name)
		}
		res, err = py.Call(fn, py.Tuple(args), nil)
		isAwaitable = err == nil && awaitable(res)
		return err
	})
	if err == nil && isAwaitable {
		res, err = r.Await(ctx, res)
	}
	if err != nil {
		return nil, fmt.Errorf("gpyasync: call %s: %w", name, wrapped(err))
	}
	return res, nil
}

// awaitable reports whether await accepts o. It runs on the Runtime's
// goroutine.
func awaitable(o py.Object) bool {
	if eventloop.IsCoroutine(o) {
		return true
	}
	switch o.(type) {
	case *eventloop.Task, *eventloop.Future:
		return true
	}
	_, err := py.GetAttrString(o, "__await__")
	return err == nil
}

// Await runs the awaitable aw as a task on the loop, concurrently with the
// other tasks, and returns its result. Cancelling ctx cancels the task, so
// CancelledError is raised inside it; Await then waits for the task to end
// and returns ctx.Err(), wrapped.
func (r *Runtime) Await(ctx context.Context, aw py.Object) (py.Object, error) {
	type outcome struct {
		v   py.Object
		err error
	}
	res := make(chan outcome, 1)
	setup := make(chan func(), 1) // the task's Cancel; nil when res has the error
	err := r.submit(func() {
		fut, cancel, err := r.future(aw)
		if err != nil {
			res <- outcome{err: err}
			setup <- nil
			return
		}
		setup <- cancel
		fut.AddDoneFunc(func(py.Object) {
			v, err := fut.Result()
			res <- outcome{v, err}
		})
	})
	if err != nil {
		return nil, err
	}
	var cancel func()
	select {
	case cancel = <-setup:
	case <-r.done:
		return nil, ErrClosed
	}
	if cancel == nil {
		o := <-res
		return nil, fmt.Errorf("gpyasync: await: %w", wrapped(o.err))
	}
	done := ctx.Done()
	var ctxErr error
	for {
		select {
		case o := <-res:
			switch {
			case ctxErr != nil:
				return nil, fmt.Errorf("gpyasync: await: %w", ctxErr)
			case o.err != nil:
				return nil, fmt.Errorf("gpyasync: await: %w", wrapped(o.err))
			}
			return o.v, nil
		case <-done:
			// Wait for the task to end after cancelling it, so that its
			// clean-up has run when Await returns.
			ctxErr, done = ctx.Err(), nil
			if err := r.submit(cancel); err != nil {
				return nil, err
			}
		case <-r.done:
			return nil, ErrClosed
		}
	}
}

// future wraps aw in a task of the loop unless it is a future already, and
// returns the future and the function that cancels it. It runs on the
// Runtime's goroutine.
func (r *Runtime) future(aw py.Object) (*eventloop.Future, func(), error) {
	obj, err := r.loop.EnsureFuture(aw)
	if err != nil {
		return nil, nil, err
	}
	switch f := obj.(type) {
	case *eventloop.Task:
		return &f.Future, func() { f.Cancel(nil) }, nil
	case *eventloop.Future:
		return f, func() { f.Cancel(nil) }, nil
	}
	return nil, nil, pyerr.Newf(py.TypeError, "An asyncio.Future, a coroutine or an awaitable is required")
}

// Go runs fn on a new goroutine and returns a Future for its outcome, which
// Python code can await; cancelling the Future cancels fn's context. See
// eventloop.Loop.Go. It is safe for concurrent use; the Future belongs to
// the Runtime's goroutine.
func (r *Runtime) Go(fn func(context.Context) (py.Object, error)) py.Object {
	return r.loop.Go(fn)
}

// wrapped normalizes a Python exception into a py.ExceptionInfo and leaves
// the Runtime's own errors as they are.
func wrapped(err error) error {
	if errors.Is(err, ErrClosed) || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return pyerr.Info(err)
}
