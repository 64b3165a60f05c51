package eventloop

import (
	"context"
	_ "embed"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/awaitproto"
	"github.com/gpyasync/gpyasync/coroutine"
	"github.com/gpyasync/gpyasync/interp/pytext"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// asyncioSource is the part of the asyncio module written in Python:
// the functions built from the Go primitives whose speed matters less.
//
//go:embed asyncio.py
var asyncioSource string

// Flags of code objects, as CPython's inspect names them.
const (
	coCoroutine = 0x0080
)

// moduleLoop returns the loop of the py.Context of the module a function
// was called through, as get_event_loop does: the running one, else the
// current one, else a new one made current unless set_event_loop was
// called in the context.
func moduleLoop(self py.Object) (*Loop, error) {
	ctx := moduleContext(self)
	if l := Current(ctx); l != nil {
		return l, nil
	}
	if _, set := setCalled.Load(ctx); set {
		return nil, pyerr.Newf(py.RuntimeError, "There is no current event loop in thread 'MainThread'.")
	}
	l := New(ctx)
	SetCurrent(ctx, l)
	return l, nil
}

// IsCoroutine reports whether obj is a coroutine object, as
// asyncio.iscoroutine does.
func IsCoroutine(obj py.Object) bool {
	switch obj.(type) {
	case *coroutine.Coroutine:
		return true
	}
	return obj != nil && obj.Type() == awaitproto.CoroutineType
}

// isCoroutineFunction is inspect.iscoroutinefunction, which asyncio's
// calls: it sees through bound methods and functools.partial objects.
func isCoroutineFunction(obj py.Object) bool {
	for range 100 {
		if m, ok := obj.(*py.BoundMethod); ok {
			obj = m.Method
			continue
		}
		if !isPartial(obj) {
			break
		}
		inner, err := py.GetAttrString(obj, "func")
		if err != nil {
			return false
		}
		obj = inner
	}
	f, ok := obj.(*py.Function)
	return ok && f.Code != nil && f.Code.Flags&coCoroutine != 0
}

// isPartial reports whether obj is a functools.partial (or a subclass's
// instance).
func isPartial(obj py.Object) bool {
	for _, t := range pyobj.TypeOf(obj).Mro {
		if t, ok := t.(*py.Type); ok && t.Name == "partial" {
			if m, ok := t.Dict["__module__"].(py.String); ok && m == "functools" {
				return true
			}
		}
	}
	return false
}

// EnsureFuture returns obj when it is a Future or Task, wraps a
// coroutine in a task of l, and any other awaitable in a task that awaits
// it; anything else is CPython's TypeError. It is a loop-only method.
func (l *Loop) EnsureFuture(obj py.Object) (py.Object, error) {
	if isFuture(obj) {
		return obj, nil
	}
	if IsCoroutine(obj) || isGenerator(obj) || awaitproto.IsAwaitable(obj) {
		if err := l.checkClosed(); err != nil {
			return nil, err
		}
		if l.taskFactory != nil && (IsCoroutine(obj) || isGenerator(obj)) {
			return l.factoryTask(obj, nil, nil)
		}
		t, err := l.createTask(obj)
		if err != nil {
			return nil, err
		}
		return t, nil
	}
	return nil, pyerr.Newf(py.TypeError, "An asyncio.Future, a coroutine or an awaitable is required")
}

// futureLoop returns the loop of a Future or Task.
func futureLoop(o py.Object) *Loop { return o.(interface{ future() *Future }).future().loop }

// yielder is the body of asyncio.sleep(0), the commonest sleep: a bare
// yield, after which the task runs again in the next iteration. It is
// what sleeper does for a delay of zero or less, in a smaller object.
type yielder struct {
	result  py.Object
	yielded bool
}

func (y *yielder) Step(_ py.Object, thrown error) (awaitproto.Result, error) {
	if thrown != nil {
		return awaitproto.Result{}, thrown
	}
	if !y.yielded {
		y.yielded = true
		return awaitproto.Result{Value: py.None}, nil
	}
	return awaitproto.Result{Value: y.result, Done: true}, nil
}

// nonPositive reports whether the delay given to sleep is an int or float
// of zero or less, for which sleep is a yielder.
func nonPositive(delay py.Object) bool {
	switch d := delay.(type) {
	case py.Int:
		return d <= 0
	case py.Float:
		return d <= 0
	}
	return false
}

// sleeper is the body of asyncio.sleep.
type sleeper struct {
	ctx     py.Context
	arg     py.Object // the delay as given, checked at the first step as CPython does
	delay   float64
	result  py.Object
	fut     *Future
	timer   *Handle
	yielded bool
}

func (s *sleeper) Step(_ py.Object, thrown error) (awaitproto.Result, error) {
	if s.arg != nil {
		d, err := floatArg(s.arg, "sleep")
		if err != nil {
			return awaitproto.Result{}, pyerr.Newf(py.TypeError, "'<=' not supported between instances of '%s' and 'int'", pyobj.TypeOf(s.arg).Name)
		}
		s.delay, s.arg = d, nil
	}
	if s.delay <= 0 {
		// sleep(0) is a bare yield: the task runs again in the next
		// iteration.
		if thrown != nil {
			return awaitproto.Result{}, thrown
		}
		if !s.yielded {
			s.yielded = true
			return awaitproto.Result{Value: py.None}, nil
		}
		return awaitproto.Result{Value: s.result, Done: true}, nil
	}
	if s.fut == nil {
		l, err := Running(s.ctx)
		if err != nil {
			return awaitproto.Result{}, err
		}
		f := l.NewFuture()
		res := s.result
		s.fut = f
		s.timer = l.callAt(l.Time()+s.delay, l.goHandle(func() {
			if f.state == pending {
				_ = f.SetResult(res)
			}
		}))
		f.blocking = true
		return awaitproto.Result{Value: f}, nil
	}
	s.timer.Cancel()
	if thrown != nil {
		return awaitproto.Result{}, thrown
	}
	v, err := s.fut.Result()
	if err != nil {
		return awaitproto.Result{}, err
	}
	return awaitproto.Result{Value: v, Done: true}, nil
}

// Run is asyncio.run: it runs the coroutine main on a new loop of ctx,
// cancels the tasks left when it ends, and closes the loop. It refuses
// to run while a loop runs in ctx. Call it on the goroutine that owns
// ctx. Before closing the loop it closes the async generators that are
// still suspended, as loop.shutdown_asyncgens() does.
func Run(ctx py.Context, main py.Object) (py.Object, error) {
	return run(ctx, main, nil)
}

// run is Run with the debug argument of asyncio.run: nil leaves the
// loop's default.
func run(ctx py.Context, main py.Object, debug *bool) (py.Object, error) {
	if runningLoop(ctx) != nil {
		return nil, pyerr.Newf(py.RuntimeError, "asyncio.run() cannot be called from a running event loop")
	}
	if !IsCoroutine(main) {
		return nil, pyerr.Newf(py.ValueError, "a coroutine was expected, got %s", pytext.SafeRepr(main))
	}
	l := New(ctx)
	if debug != nil {
		l.debug = *debug
	}
	SetCurrent(ctx, l)
	defer SetCurrent(ctx, nil)
	res, err := l.runMain(context.Background(), main)
	if ferr := l.finish(); err == nil && ferr != nil {
		return nil, ferr
	}
	return res, err
}

// finish cancels the tasks still pending, shuts down the async
// generators and closes the loop.
func (l *Loop) finish() error {
	defer l.Close()
	err := l.cancelAll()
	if err == nil {
		err = l.shutdownAsyncGensForRun()
	}
	// CPython then runs shutdown_default_executor() as a task, which
	// takes a number of the default task names; later names match
	// CPython's only if it is taken here too.
	l.taskNumber()
	return err
}

// pendingTasks lists the tasks not done, in the order they were made.
func (l *Loop) pendingTasks() []*Task {
	out := make([]*Task, 0, l.live.n)
	for t := l.live.first; t != nil; t = t.next {
		if t.state == pending {
			out = append(out, t)
		}
	}
	return out
}

// gatherState is the bookkeeping of one gather call.
type gatherState struct {
	outer     *Future
	children  []py.Object
	finished  int
	returnExc bool
	cancelReq bool
}

// gather is asyncio.gather over futures and tasks of l.
func (l *Loop) gather(children []py.Object, returnExc bool) *Future {
	g := &gatherState{outer: l.NewFuture(), children: children, returnExc: returnExc}
	g.outer.extra().cancelFn = g.cancel
	if len(children) == 0 {
		_ = g.outer.SetResult(py.NewList())
		return g.outer
	}
	for _, c := range children {
		c.(interface{ future() *Future }).future().addCallback(doneCallback{goFn: g.childDone, name: gatherDone})
	}
	return g.outer
}

func (g *gatherState) cancel(msg py.Object) bool {
	if g.outer.state != pending {
		return false
	}
	ret := false
	for _, c := range g.children {
		if cancelObject(c, msg) {
			ret = true
		}
	}
	if ret {
		g.cancelReq = true
	}
	return ret
}

func (g *gatherState) childDone(c py.Object) {
	f := c.(interface{ future() *Future }).future()
	g.finished++
	outer := g.outer
	if outer.state != pending {
		if !f.Cancelled() {
			_, _ = f.Exception()
		}
		return
	}
	if !g.returnExc {
		if f.Cancelled() {
			_ = outer.SetException(f.makeCancelledError())
			return
		}
		if exc, _ := f.Exception(); exc != nil {
			_ = outer.SetException(exc)
			return
		}
	}
	if g.finished < len(g.children) {
		return
	}
	results := make([]py.Object, len(g.children))
	for i, c := range g.children {
		cf := c.(interface{ future() *Future }).future()
		switch exc, _ := cf.Exception(); {
		case cf.Cancelled():
			// CPython's gather spells a missing message as ''.
			var msg py.Object
			if cf.x != nil {
				msg = cf.x.cancelMsg
			}
			if msg == nil || msg == py.None {
				msg = py.String("")
			}
			results[i] = pyerr.New(CancelledError, msg).Value
		case exc != nil:
			results[i] = pyerr.Exception(exc)
		default:
			results[i] = cf.result
		}
	}
	if g.cancelReq {
		_ = outer.SetException(f.makeCancelledError())
		return
	}
	_ = outer.SetResult(py.NewListFromItems(results))
}

// shield is asyncio.shield over a Future or Task.
func (l *Loop) shield(inner py.Object) py.Object {
	in := inner.(interface{ future() *Future }).future()
	if in.Done() {
		return inner
	}
	outer := in.loop.NewFuture()
	detached := false
	in.addCallback(doneCallback{name: shieldInnerDone, goFn: func(py.Object) {
		if detached {
			return
		}
		if outer.Cancelled() {
			if !in.Cancelled() {
				_, _ = in.Exception()
			}
			return
		}
		if in.Cancelled() {
			outer.Cancel(nil)
			return
		}
		if exc, _ := in.Exception(); exc != nil {
			_ = outer.SetException(exc)
			return
		}
		_ = outer.SetResult(in.result)
	}})
	outer.addCallback(doneCallback{name: shieldOuterDone, goFn: func(py.Object) {
		if !in.Done() {
			detached = true
		}
	}})
	return outer
}
