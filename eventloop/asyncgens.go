package eventloop

import (
	"cmp"
	"context"
	"fmt"
	"runtime"
	"slices"
	"sync"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/awaitproto"
	"github.com/gpyasync/gpyasync/coroutine"
	"github.com/gpyasync/gpyasync/interp/pytext"
	"github.com/gpyasync/gpyasync/pyerr"
)

// asyncGens is a loop's bookkeeping of async generators, CPython's
// _asyncgens and _asyncgens_shutdown_called: the generators first
// iterated while the loop ran and not finalized since, which
// shutdown_asyncgens closes. Most generators are exhausted soon after
// they start: the recent ones are held in young, and only those still
// unfinished when young fills up are watched by the collector (see
// coroutine.AsyncGenerator.Watch), which costs more.
type asyncGens struct {
	young []youngAsyncGen
	gens  map[coroutine.AsyncGenRef]uint64 // the watched ones, with their order
	seq   uint64                           // the order of first iterations
	// shutdownCalled is set by shutdown_asyncgens.
	shutdownCalled bool
}

type youngAsyncGen struct {
	gen *coroutine.AsyncGenerator
	seq uint64
}

// youngAsyncGens is how many generators a loop holds before it watches
// the unfinished ones.
const youngAsyncGens = 256

// add tracks a.
func (g *asyncGens) add(a *coroutine.AsyncGenerator) {
	g.seq++
	g.young = append(g.young, youngAsyncGen{a, g.seq})
	if len(g.young) < youngAsyncGens {
		return
	}
	for _, y := range g.young {
		if !y.gen.Done() {
			g.gens[y.gen.Watch()] = y.seq
		}
	}
	clear(g.young)
	g.young = g.young[:0]
}

// remove stops tracking a.
func (g *asyncGens) remove(a *coroutine.AsyncGenerator) {
	delete(g.gens, a.Ref())
	for i, y := range g.young {
		if y.gen == a {
			g.young = slices.Delete(g.young, i, i+1)
			return
		}
	}
}

// take returns the generators tracked, in the order they were first
// iterated, and forgets them.
func (g *asyncGens) take() []*coroutine.AsyncGenerator {
	type entry struct {
		ref coroutine.AsyncGenRef
		seq uint64
	}
	all := make([]entry, 0, len(g.gens)+len(g.young))
	for r, seq := range g.gens {
		all = append(all, entry{r, seq})
	}
	for _, y := range g.young {
		all = append(all, entry{y.gen.Ref(), y.seq})
	}
	slices.SortFunc(all, func(a, b entry) int { return cmp.Compare(a.seq, b.seq) })
	clear(g.gens)
	clear(g.young)
	g.young = g.young[:0]
	out := make([]*coroutine.AsyncGenerator, len(all))
	for i, e := range all {
		out[i] = e.ref.Object()
	}
	return out
}

// loopAsyncGens holds the asyncGens of loops, by a weak pointer to the
// loop: the entry goes with the loop. It keeps the young generators and
// the bodies of the watched ones alive, and so whatever those reference
// (the loop, often), until they are finalized or shut down: a loop
// closed without shutdown_asyncgens may stay with them.
var loopAsyncGens sync.Map // weak.Pointer[Loop] -> *asyncGens

// asyncGens returns l's bookkeeping, made if create is set, else nil when
// there is none.
func (l *Loop) asyncGens(create bool) *asyncGens {
	key := weak.Make(l)
	if v, ok := loopAsyncGens.Load(key); ok {
		return v.(*asyncGens)
	}
	if !create {
		return nil
	}
	g := &asyncGens{gens: map[coroutine.AsyncGenRef]uint64{}}
	loopAsyncGens.Store(key, g)
	runtime.AddCleanup(l, func(k weak.Pointer[Loop]) { loopAsyncGens.Delete(k) }, key)
	return g
}

// asyncgenHookType is the type of the loop's hooks, which CPython's
// sys.get_asyncgen_hooks shows as bound methods.
var asyncgenHookType = py.NewType("method", "A method of an event loop bound to it.")

// asyncgenHook is the firstiter (finalizer false) or finalizer hook that
// a loop installs in its context while it runs. The finalizer is a
// coroutine.Owner: generators the Go collector found unreachable are
// finalized on the loop's goroutine.
type asyncgenHook struct {
	loop      *Loop
	finalizer bool
	gens      *asyncGens // the loop's, once looked up
}

func (h *asyncgenHook) Type() *py.Type { return asyncgenHookType }

func (h *asyncgenHook) name() string {
	if h.finalizer {
		return "_asyncgen_finalizer_hook"
	}
	return "_asyncgen_firstiter_hook"
}

func (h *asyncgenHook) M__repr__() (py.Object, error) {
	return py.String("<bound method BaseEventLoop." + h.name() + " of " + pytext.SafeRepr(h.loop) + ">"), nil
}

func (h *asyncgenHook) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) != 0 {
		return nil, pyerr.Newf(py.TypeError, "BaseEventLoop.%s() got an unexpected keyword argument '%s'", h.name(), firstKey(kwargs))
	}
	if len(args) != 1 {
		return nil, pyerr.Newf(py.TypeError, "BaseEventLoop.%s() takes 2 positional arguments but %d were given", h.name(), len(args)+1)
	}
	if h.finalizer {
		return py.None, h.loop.finalizeAsyncGen(args[0])
	}
	// _asyncgen_firstiter_hook tracks the generator for
	// shutdown_asyncgens. After shutdown_asyncgens, CPython warns with a
	// ResourceWarning, which its default warning filters ignore; gpyasync
	// has no warning filters and stays silent likewise.
	if a, ok := args[0].(*coroutine.AsyncGenerator); ok {
		if h.gens == nil {
			h.gens = h.loop.asyncGens(true)
		}
		h.gens.add(a)
	}
	return py.None, nil
}

// Submit runs fn on the loop's goroutine (see coroutine.Owner).
func (h *asyncgenHook) Submit(fn func()) error { return h.loop.Submit(fn) }

// Forget drops a generator that died finished, as CPython's weak set of
// them does.
func (h *asyncgenHook) Forget(r coroutine.AsyncGenRef) {
	if g := h.loop.asyncGens(false); g != nil {
		delete(g.gens, r)
	}
}

func firstKey(d py.StringDict) string {
	keys := make([]string, 0, len(d))
	for k := range d {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys[0]
}

// finalizeAsyncGen is _asyncgen_finalizer_hook: it forgets agen and, the
// loop being open, schedules a task that runs agen.aclose().
func (l *Loop) finalizeAsyncGen(agen py.Object) error {
	a, ok := agen.(*coroutine.AsyncGenerator)
	if ok {
		if g := l.asyncGens(false); g != nil {
			g.remove(a)
		}
	}
	if l.closed.Load() {
		return nil
	}
	var aw py.Object
	if ok {
		aw = a.AThrow(nil)
	} else {
		var err error
		if aw, err = callMethod(agen, "aclose"); err != nil {
			return err
		}
	}
	l.callSoon(func() {
		if !l.closed.Load() {
			_, _ = l.createTask(aw)
		}
	})
	return nil
}

// installAsyncGenHooks makes l's hooks those of its context while it
// runs, as CPython's run_forever does, and returns what restores the
// hooks it found.
func installAsyncGenHooks(l *Loop) func() {
	if l.ctx == nil {
		return nil
	}
	old := coroutine.GetAsyncGenHooks(l.ctx)
	coroutine.SetAsyncGenHooks(l.ctx, coroutine.AsyncGenHooks{
		FirstIter: &asyncgenHook{loop: l},
		Finalizer: &asyncgenHook{loop: l, finalizer: true},
	})
	return func() { coroutine.SetAsyncGenHooks(l.ctx, old) }
}

// shutdownAsyncGens is the body of loop.shutdown_asyncgens(): it closes
// every tracked generator with aclose(), each in a task, gathered with
// return_exceptions, and reports those that failed with an Exception to
// the loop's exception handler.
type shutdownAsyncGens struct {
	loop    *Loop
	closing []*coroutine.AsyncGenerator
	all     *Future
}

func (s *shutdownAsyncGens) Step(_ py.Object, thrown error) (awaitproto.Result, error) {
	if thrown != nil {
		return awaitproto.Result{}, thrown
	}
	l := s.loop
	if s.all == nil {
		g := l.asyncGens(true)
		g.shutdownCalled = true
		if len(g.gens) == 0 && len(g.young) == 0 {
			return awaitproto.Result{Value: py.None, Done: true}, nil
		}
		s.closing = g.take()
		tasks := make([]py.Object, len(s.closing))
		for i, a := range s.closing {
			t, err := l.createTask(a.AThrow(nil))
			if err != nil {
				return awaitproto.Result{}, err
			}
			tasks[i] = t
		}
		s.all = l.gather(tasks, true)
		s.all.blocking = true
		return awaitproto.Result{Value: s.all}, nil
	}
	res, err := s.all.Result()
	if err != nil {
		return awaitproto.Result{}, err
	}
	results, _ := res.(*py.List)
	for i, a := range s.closing {
		if results == nil || i >= len(results.Items) {
			break
		}
		exc, ok := results.Items[i].(*py.Exception)
		if !ok || !pyerr.Matches(pyerr.Info(exc), py.ExceptionType) {
			continue
		}
		l.reportAsyncGenError(a, exc)
	}
	return awaitproto.Result{Value: py.None, Done: true}, nil
}

// reportAsyncGenError hands the failure of a's aclose to the exception
// handler with CPython's context: message, exception and asyncgen.
// ExceptionContext has no asyncgen field, so a Python handler is called
// here with the whole dict, and the default handler gets the asyncgen
// line it would print as part of the message.
func (l *Loop) reportAsyncGenError(a *coroutine.AsyncGenerator, exc *py.Exception) {
	repr := pytext.SafeRepr(a)
	msg := fmt.Sprintf("an error occurred during closing of asynchronous generator %s", repr)
	info := pyerr.Info(exc)
	switch {
	case l.pyHandler != nil:
		d := contextDict(ExceptionContext{Message: msg, Exception: info})
		_, err := py.SetItem(d, py.String("asyncgen"), a)
		if err == nil {
			_, err = callPython(l.pyHandler, py.Tuple{l, d})
		}
		if err != nil {
			l.DefaultExceptionHandler(ExceptionContext{Message: "Unhandled error in exception handler", Exception: pyerr.Info(err)})
		}
	case l.handler != nil:
		l.CallExceptionHandler(ExceptionContext{Message: msg, Exception: info})
	default:
		l.DefaultExceptionHandler(ExceptionContext{Message: msg + "\nasyncgen: " + repr, Exception: info})
	}
}

// ShutdownAsyncGens returns the coroutine of loop.shutdown_asyncgens().
// It is a loop-only method.
func (l *Loop) ShutdownAsyncGens() py.Object {
	return awaitproto.NewCoroutine("shutdown_asyncgens", &shutdownAsyncGens{loop: l})
}

// shutdownAsyncGensForRun runs shutdown_asyncgens() to completion, as
// asyncio.run does before closing its loop.
func (l *Loop) shutdownAsyncGensForRun() error {
	_, err := l.RunUntilComplete(context.Background(), l.ShutdownAsyncGens())
	return err
}

func init() {
	readyType(asyncgenHookType)
	OnRun(installAsyncGenHooks)
	d := LoopType.Dict
	for _, fin := range []bool{false, true} {
		h := asyncgenHook{finalizer: fin}
		name := h.name()
		d[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			l, err := loopOf(self, name)
			if err != nil {
				return nil, err
			}
			return (&asyncgenHook{loop: l, finalizer: fin}).M__call__(args, kwargs)
		}, 0, "")
	}
	hookAttr := func(name string, get func(h *asyncgenHook) py.Object) {
		asyncgenHookType.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			h, ok := self.(*asyncgenHook)
			if !ok {
				return nil, pyerr.Newf(py.TypeError, "descriptor '%s' for 'method' objects doesn't apply to a '%s' object", name, self.Type().Name)
			}
			return get(h), nil
		}}
	}
	hookAttr("__name__", func(h *asyncgenHook) py.Object { return py.String(h.name()) })
	hookAttr("__qualname__", func(h *asyncgenHook) py.Object { return py.String("BaseEventLoop." + h.name()) })
	hookAttr("__self__", func(h *asyncgenHook) py.Object { return h.loop })
	d["_asyncgens_shutdown_called"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		l, err := loopOf(self, "_asyncgens_shutdown_called")
		if err != nil {
			return nil, err
		}
		g := l.asyncGens(false)
		return py.NewBool(g != nil && g.shutdownCalled), nil
	}}
}
