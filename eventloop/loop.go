// Package eventloop is gpyasync's event loop: a Go-native loop that owns a
// py.Context, runs callbacks and timers, and steps Python awaitables as
// tasks, with the semantics of CPython 3.11's asyncio (BaseEventLoop,
// Future, Task, Handle). It also bridges Go to Python: Go runs a function
// on its own goroutine and hands Python a Future for its result.
//
// Importing the package registers the Python modules `asyncio` (run,
// Runner, tasks, gather, wait, wait_for, shield, as_completed, timeout,
// TaskGroup, the loop accessors...) and `contextvars`; package
// eventloop/asyncio adds the synchronization primitives and queues of
// package eventloop/locks to the former. The parts of asyncio that are
// not on the hot path are written in Python (asyncio.py, embedded).
//
// It does no I/O: it has no selector, sockets, subprocesses, signals or
// thread pool; run_in_executor runs Go-backed callables (GoCallable) on a
// goroutine and Python callables on the loop itself. For the same reason
// asyncio.run_coroutine_threadsafe targets the caller's own loop: its
// concurrent.futures.Future completes once the loop ran the coroutine, and
// Go code on other goroutines waits for Python work with Submit, Go or
// gpyasync.Runtime.Await instead. Policies exist (get_event_loop_policy),
// the default one keeping one current loop per py.Context.
//
// Threading: a Loop belongs to the goroutine that made it, which also owns
// the loop's py.Context and is where Run and RunUntilComplete run. Python
// objects (futures, tasks, handles) are used only on that goroutine. Other
// goroutines hand work to the loop with Submit, stop it with Stop and start
// Go functions with Go; Time, IsRunning and IsClosed are safe anywhere too.
// Every other method is loop-only: called from another goroutine, those
// that return an error return CPython's "Non-thread-safe operation invoked
// on an event loop other than the current one" RuntimeError instead of
// racing; the others (Future.Cancel, Handle.Cancel...) must not be called
// there.
package eventloop

import (
	"context"
	"fmt"
	"math"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/internal/heapq"
	"github.com/gpyasync/gpyasync/interp"
	"github.com/gpyasync/gpyasync/interp/pytext"
	"github.com/gpyasync/gpyasync/pyerr"
)

// epoch is the origin of Loop.Time; only differences between times matter.
var epoch = time.Now()

// Loop is an event loop. Make one with New.
type Loop struct {
	ctx   py.Context
	owner uint64 // goroutine that may call loop-only methods

	ready           queue
	timers          []*Handle // a heap in CPython's heapq order
	cancelledTimers int       // cancelled handles still in timers

	mu        sync.Mutex // guards submitted and sealed
	submitted []func()
	sealed    bool
	pending   atomic.Int32 // len(submitted), read without the lock
	inflight  atomic.Int32 // Go calls whose outcome is not submitted yet
	wake      chan struct{}
	sleeping  atomic.Bool
	stopping  atomic.Bool
	running   atomic.Bool
	closed    atomic.Bool

	timer   *time.Timer
	fatal   error // SystemExit or KeyboardInterrupt raised by a callback
	tasks   int   // tasks made, for their default names
	current *Task
	live    taskList  // tasks not done yet, for all_tasks
	vars    *varState // ctx's contextvars state, looked up once
	debug   bool

	unretrieved map[*excLog]struct{} // failed futures whose exception nobody saw
	failures    uint64

	handler   ExceptionHandler
	pyHandler py.Object // the Python callable behind handler, if any

	taskFactory  py.Object // set_task_factory's callable, nil for none
	slowCallback py.Object // slow_callback_duration, nil for the default
}

// Option configures a Loop.
type Option func(*Loop)

// WithExceptionHandler sets the handler of errors no Python code can
// catch: a callback that raised, a task whose exception was never
// retrieved. The default is DefaultExceptionHandler.
func WithExceptionHandler(h ExceptionHandler) Option {
	return func(l *Loop) { l.handler = h }
}

// New makes a loop that runs Python code in ctx. The calling goroutine
// owns the loop and must own ctx.
func New(ctx py.Context, opts ...Option) *Loop {
	l := &Loop{
		ctx:   ctx,
		owner: goroutineID(),
		wake:  make(chan struct{}, 1),
	}
	for _, o := range opts {
		o(l)
	}
	return l
}

// varState returns the contextvars state of the loop's context.
func (l *Loop) varState() *varState {
	if l.vars == nil {
		l.vars = stateOf(l.ctx)
	}
	return l.vars
}

// Context returns the py.Context the loop runs.
func (l *Loop) Context() py.Context { return l.ctx }

// Time returns the loop's clock: monotonic, in seconds. It is safe for
// concurrent use.
func (l *Loop) Time() float64 { return time.Since(epoch).Seconds() }

// IsRunning reports whether Run or RunUntilComplete is under way. It is
// safe for concurrent use.
func (l *Loop) IsRunning() bool { return l.running.Load() }

// IsClosed reports whether Close was called. It is safe for concurrent
// use.
func (l *Loop) IsClosed() bool { return l.closed.Load() }

// check refuses a loop-only call made from a goroutine other than the
// owner, or on a closed loop.
func (l *Loop) check() error {
	if err := l.checkOwner(); err != nil {
		return err
	}
	return l.checkClosed()
}

// checkOwner refuses a call made from a goroutine other than the owner.
func (l *Loop) checkOwner() error {
	if goroutineID() != l.owner {
		return pyerr.Newf(py.RuntimeError, "Non-thread-safe operation invoked on an event loop other than the current one")
	}
	return nil
}

func (l *Loop) checkClosed() error {
	if l.closed.Load() {
		return pyerr.Newf(py.RuntimeError, "Event loop is closed")
	}
	return nil
}

// checkRunnable is the set of checks before the loop starts running.
func (l *Loop) checkRunnable() error {
	if err := l.check(); err != nil {
		return err
	}
	if l.running.Load() {
		return pyerr.Newf(py.RuntimeError, "This event loop is already running")
	}
	return nil
}

// Run runs the loop until Stop is called or ctx is done. It returns nil
// after Stop, ctx.Err() when ctx ended the run, and the exception when a
// callback raised SystemExit or KeyboardInterrupt, which, as in CPython,
// end the run instead of going to the exception handler.
func (l *Loop) Run(ctx context.Context) error {
	if err := l.checkRunnable(); err != nil {
		return err
	}
	done := ctx.Done()
	return l.run(func() <-chan struct{} { return done }, func() error { return ctx.Err() })
}

// run runs iterations until the loop is stopped. done gives the channel
// whose closing ends the run, after which end says the error to return,
// or nil to go on.
func (l *Loop) run(done func() <-chan struct{}, end func() error) error {
	unmark, err := l.markRunning()
	if err != nil {
		return err
	}
	defer unmark()
	l.running.Store(true)
	defer l.running.Store(false)
	for {
		if fired := l.runOnce(done()); fired {
			if err := end(); err != nil {
				return err
			}
		}
		if l.fatal != nil {
			err := l.fatal
			l.fatal = nil
			return err
		}
		if l.stopping.Load() {
			l.stopping.Store(false)
			return nil
		}
	}
}

// runOnce is one iteration: wait for work if there is none, move due
// submissions and timers to the ready queue, and run the callbacks that
// were ready at that point; those they schedule run in the next
// iteration. It reports whether done was closed while waiting.
func (l *Loop) runOnce(done <-chan struct{}) (fired bool) {
	if l.ready.len() == 0 && !l.stopping.Load() {
		fired = l.wait(done)
	} else {
		// A loop that always has work must still notice done.
		select {
		case <-done:
			fired = true
		default:
		}
	}
	l.drainSubmitted()
	l.dropCancelledTimers()
	if len(l.timers) > 0 {
		now := l.Time()
		for len(l.timers) > 0 && l.timers[0].when <= now {
			h, _ := heapq.Pop(&l.timers, earlier)
			h.scheduled = false
			l.ready.push(entry{h: h})
		}
	}
	for n := l.ready.len(); n > 0; n-- {
		e := l.ready.pop()
		switch {
		case e.h == nil:
			l.runEntry(e)
		case !e.h.cancelled:
			e.h.run()
		}
		if l.fatal != nil {
			return fired
		}
	}
	return fired
}

// wait blocks until a submission, a stop, the first timer's deadline or
// done.
func (l *Loop) wait(done <-chan struct{}) (fired bool) {
	// Without timers the loop still sleeps with a deadline: a program
	// that waits for something that can never happen must hang, as in
	// CPython, and not trip the Go runtime's deadlock detector, which
	// ends the process.
	secs := maxWait
	if len(l.timers) > 0 {
		secs = l.timers[0].when - l.Time()
		if secs <= 0 {
			return false
		}
	}
	// Far deadlines would overflow a Duration; waking up early only
	// costs an iteration.
	d := time.Duration(min(secs, maxWait) * float64(time.Second))
	if l.timer == nil {
		l.timer = time.NewTimer(d)
	} else {
		l.timer.Reset(d)
	}
	defer l.timer.Stop()
	timeout := l.timer.C
	if l.inflight.Load() > 0 && l.yieldForGo() {
		return false
	}
	// Announce the sleep before looking at the queue: a Submit that comes
	// after the look sees the announcement and wakes us.
	l.sleeping.Store(true)
	defer l.sleeping.Store(false)
	if l.pending.Load() > 0 || l.stopping.Load() {
		return false
	}
	select {
	case <-l.wake:
	case <-timeout:
	case <-done:
		return true
	}
	return false
}

// maxWait is the longest the loop sleeps in one go, in seconds.
const maxWait = 3600.0

// goYields bounds how many times the loop yields its thread, before it
// sleeps, to a Go call that is about to deliver its outcome.
const goYields = 20

// yieldForGo lets the goroutines of Go calls in flight run for a moment
// and reports whether one submitted work meanwhile. Short Go functions
// usually finish within a few yields; catching their outcome this way
// spares the loop a sleep and a wake-up, which cost microseconds.
func (l *Loop) yieldForGo() bool {
	for i := 0; i < goYields; i++ {
		runtime.Gosched()
		if l.pending.Load() > 0 || l.stopping.Load() {
			return true
		}
	}
	return false
}

func (l *Loop) drainSubmitted() {
	if l.pending.Load() == 0 {
		return
	}
	l.mu.Lock()
	fns := l.submitted
	l.submitted = nil
	l.pending.Store(0)
	l.mu.Unlock()
	for _, fn := range fns {
		l.ready.push(entry{fn: fn})
	}
}

// Stop asks the loop to stop: Run returns after running the callbacks
// that are ready now. Stopping a loop that is not running makes its next
// run do one iteration. It is safe for concurrent use.
func (l *Loop) Stop() {
	l.stopping.Store(true)
	l.signal()
}

func (l *Loop) signal() {
	if l.sleeping.Load() {
		select {
		case l.wake <- struct{}{}:
		default:
		}
	}
}

// Submit schedules fn to run on the loop's goroutine, in submission order,
// as call_soon_threadsafe does; it wakes a loop that is waiting. fn may use
// the loop's Python objects. Submit is safe for concurrent use; after
// Close it returns a RuntimeError and drops fn.
func (l *Loop) Submit(fn func()) error {
	if fn == nil {
		return pyerr.Newf(py.TypeError, "Submit called with a nil function")
	}
	l.mu.Lock()
	if l.sealed {
		l.mu.Unlock()
		return pyerr.Newf(py.RuntimeError, "Event loop is closed")
	}
	l.submitted = append(l.submitted, fn)
	l.pending.Add(1)
	l.mu.Unlock()
	l.signal()
	return nil
}

// Close closes the loop: pending callbacks, timers and submissions are
// dropped, and Submit fails from then on. Closing a closed loop does
// nothing. It fails with CPython's "Cannot close a running event loop"
// while the loop runs, and on a goroutine other than the owner's.
func (l *Loop) Close() error {
	if l.running.Load() {
		return pyerr.Newf(py.RuntimeError, "Cannot close a running event loop")
	}
	if err := l.checkOwner(); err != nil {
		return err
	}
	if l.closed.Swap(true) {
		return nil
	}
	l.mu.Lock()
	l.sealed = true
	l.submitted = nil
	l.pending.Store(0)
	l.mu.Unlock()
	l.ready = queue{}
	l.reportAllUnretrieved()
	for _, h := range l.timers {
		h.scheduled = false
	}
	l.timers, l.cancelledTimers = nil, 0
	return nil
}

// CallSoon schedules fn(*args) for the next iteration of the loop, after
// the callbacks scheduled before it. fn is a Python callable. It is a
// loop-only method.
func (l *Loop) CallSoon(fn py.Object, args ...py.Object) (*Handle, error) {
	if err := l.check(); err != nil {
		return nil, err
	}
	if err := checkCallback(fn, "call_soon"); err != nil {
		return nil, err
	}
	h := l.pyHandle(fn, args)
	l.ready.push(entry{h: h})
	return h, nil
}

// CallSoonFunc is CallSoon with a Go function. It is a loop-only method.
func (l *Loop) CallSoonFunc(fn func()) (*Handle, error) {
	if err := l.check(); err != nil {
		return nil, err
	}
	if fn == nil {
		return nil, pyerr.Newf(py.TypeError, "CallSoonFunc called with a nil function")
	}
	h := l.goHandle(fn)
	l.ready.push(entry{h: h})
	return h, nil
}

// CallLater schedules fn(*args) to run once delay has passed. Callbacks
// due at the same time run in the order they were scheduled. It is a
// loop-only method.
func (l *Loop) CallLater(delay time.Duration, fn py.Object, args ...py.Object) (*Handle, error) {
	return l.CallAt(l.Time()+delay.Seconds(), fn, args...)
}

// CallLaterFunc is CallLater with a Go function. It is a loop-only method.
func (l *Loop) CallLaterFunc(delay time.Duration, fn func()) (*Handle, error) {
	return l.CallAtFunc(l.Time()+delay.Seconds(), fn)
}

// CallAt schedules fn(*args) to run at when, a time of the loop's clock
// (see Time). It is a loop-only method.
func (l *Loop) CallAt(when float64, fn py.Object, args ...py.Object) (*Handle, error) {
	if err := l.check(); err != nil {
		return nil, err
	}
	if err := checkCallback(fn, "call_at"); err != nil {
		return nil, err
	}
	return l.callAt(when, l.pyHandle(fn, args)), nil
}

// CallAtFunc is CallAt with a Go function. It is a loop-only method.
func (l *Loop) CallAtFunc(when float64, fn func()) (*Handle, error) {
	if err := l.check(); err != nil {
		return nil, err
	}
	if fn == nil {
		return nil, pyerr.Newf(py.TypeError, "CallAtFunc called with a nil function")
	}
	return l.callAt(when, l.goHandle(fn)), nil
}

// callSoon queues fn without the owner check, for code that already runs
// on the loop's goroutine. Such callbacks have no Handle: nobody can
// cancel them, and not making one saves an allocation per callback.
func (l *Loop) callSoon(fn func()) { l.ready.push(entry{fn: fn}) }

// callSoon1 queues fn(arg), sparing the closure callSoon would need.
func (l *Loop) callSoon1(fn func(py.Object), arg py.Object) {
	l.ready.push(entry{fn1: fn, arg: arg})
}

// entry is an item of the ready queue: a Handle, or a callback of the
// loop's own machinery.
type entry struct {
	h   *Handle
	fn  func()
	fn1 func(py.Object)
	arg py.Object
}

// runEntry runs an internal callback. A panic goes to the exception
// handler, as for a Go callback with a Handle.
func (l *Loop) runEntry(e entry) {
	defer func() {
		if p := recover(); p != nil {
			f := any(e.fn)
			if e.fn == nil {
				f = e.fn1
			}
			l.CallExceptionHandler(ExceptionContext{
				Message:   "Exception in callback " + goFuncName(f) + "()",
				Exception: pyerr.Newf(py.RuntimeError, "Go callback panicked: %v", p),
			})
		}
	}()
	if e.fn != nil {
		e.fn()
		return
	}
	e.fn1(e.arg)
}

func (l *Loop) callAt(when float64, h *Handle) *Handle {
	if math.IsNaN(when) {
		// A NaN deadline is never due and would disorder the heap.
		when = math.Inf(1)
	}
	h.timer = true
	h.when = when
	h.scheduled = true
	_ = heapq.Push(&l.timers, h, earlier)
	return h
}

// ExceptionContext describes an error that no Python code can catch, as
// the context dict of CPython's call_exception_handler does.
type ExceptionContext struct {
	Message   string
	Exception error     // a py.ExceptionInfo, or nil
	Handle    *Handle   // the callback that raised, or nil
	Future    py.Object // the Future concerned, or nil
	Task      py.Object // the Task concerned, or nil
	// FutureRepr is the repr of the Future or Task concerned when the
	// object itself is not at hand: one whose exception was never
	// retrieved is reported after Go's collector found it unreachable.
	FutureRepr string
}

// ExceptionHandler handles an ExceptionContext. It runs on the loop's
// goroutine.
type ExceptionHandler func(*Loop, ExceptionContext)

// CallExceptionHandler hands c to the loop's exception handler. A handler
// that panics is reported by DefaultExceptionHandler.
func (l *Loop) CallExceptionHandler(c ExceptionContext) {
	if l.handler == nil {
		l.DefaultExceptionHandler(c)
		return
	}
	defer func() {
		if p := recover(); p != nil {
			l.DefaultExceptionHandler(ExceptionContext{
				Message:   "Unhandled error in exception handler",
				Exception: pyerr.Newf(py.RuntimeError, "exception handler panicked: %v", p),
			})
		}
	}()
	l.handler(l, c)
}

// DefaultExceptionHandler writes c to the context's sys.stderr as
// CPython's default handler logs it: the message, then "future: ..." and
// "handle: ..." lines, then the traceback of the exception.
func (l *Loop) DefaultExceptionHandler(c ExceptionContext) {
	text := c.Message
	switch {
	case c.Task != nil:
		text += "\ntask: " + pytext.SafeRepr(c.Task)
	case c.Future != nil:
		text += "\nfuture: " + pytext.SafeRepr(c.Future)
	case c.FutureRepr != "":
		text += "\nfuture: " + c.FutureRepr
	}
	if c.Handle != nil {
		text += "\nhandle: " + pytext.SafeRepr(c.Handle)
	}
	text += "\n"
	if c.Exception != nil {
		text += interp.FormatException(c.Exception)
	}
	l.writeStderr(text)
}

// writeStderr writes to the context's sys.stderr, or to os.Stderr when
// the context has none that works.
func (l *Loop) writeStderr(text string) {
	if l.ctx != nil {
		if sys, err := l.ctx.GetModule("sys"); err == nil {
			if w, ok := sys.Globals["stderr"]; ok {
				if _, err := callMethod(w, "write", py.String(text)); err == nil {
					return
				}
			}
		}
	}
	fmt.Fprint(os.Stderr, text)
}

// callMethod calls obj.name(*args).
func callMethod(obj py.Object, name string, args ...py.Object) (py.Object, error) {
	m, err := py.GetAttrString(obj, name)
	if err != nil {
		return nil, pyerr.Info(err)
	}
	res, err := py.Call(m, py.Tuple(args), nil)
	if err != nil {
		return nil, pyerr.Info(err)
	}
	return res, nil
}

// queue is the FIFO of ready callbacks: a ring whose size is a power of
// two, so that callbacks scheduled while others run never move the
// waiting ones.
type queue struct {
	items []entry
	head  int // index of the first item
	n     int // number of items
}

func (q *queue) len() int { return q.n }

func (q *queue) push(e entry) {
	if q.n == len(q.items) {
		q.grow()
	}
	q.items[(q.head+q.n)&(len(q.items)-1)] = e
	q.n++
}

func (q *queue) grow() {
	items := make([]entry, max(16, 2*len(q.items)))
	k := copy(items, q.items[q.head:])
	copy(items[k:], q.items[:q.head])
	q.items = items
	q.head = 0
}

func (q *queue) pop() entry {
	e := q.items[q.head]
	q.items[q.head] = entry{}
	q.head = (q.head + 1) & (len(q.items) - 1)
	q.n--
	if q.n == 0 && len(q.items) > maxIdleQueue {
		// A burst (100k tasks made at once) must not leave its array
		// behind for the rest of the loop's life.
		*q = queue{}
	}
	return e
}

// maxIdleQueue is the largest ring the ready queue keeps when it empties.
const maxIdleQueue = 4096

// earlier orders timers by deadline alone, as TimerHandle.__lt__ does;
// heapq's algorithm then decides between equal deadlines as in CPython.
func earlier(a, b *Handle) (bool, error) { return a.when < b.when, nil }

// Thresholds of CPython's base_events for dropping cancelled timers.
const (
	minScheduledTimers     = 100
	minCancelledTimersPart = 0.5
)

// dropCancelledTimers removes cancelled timers the way CPython's
// _run_once does: all at once when they are most of a large heap, else
// those at its head.
func (l *Loop) dropCancelledTimers() {
	if n := len(l.timers); n > minScheduledTimers && float64(l.cancelledTimers)/float64(n) > minCancelledTimersPart {
		kept := l.timers[:0]
		for _, h := range l.timers {
			if h.cancelled {
				h.scheduled = false
			} else {
				kept = append(kept, h)
			}
		}
		clear(l.timers[len(kept):])
		l.timers = kept
		_ = heapq.Init(l.timers, earlier)
		l.cancelledTimers = 0
		return
	}
	for len(l.timers) > 0 && l.timers[0].cancelled {
		h, _ := heapq.Pop(&l.timers, earlier)
		h.scheduled = false
		l.cancelledTimers--
	}
}
