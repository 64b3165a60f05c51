package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/awaitproto"
	"github.com/gpyasync/gpyasync/interp/compiler"
	"github.com/gpyasync/gpyasync/pyerr"
)

// Frame is one activation of a code object. It embeds the py.Frame that
// tracebacks and gi_frame point at, and implements coroutine.Frame for
// generator bodies. A Frame is used only by the goroutine that owns its
// context.
//
// Its locals and value stack share one array, Localsplus followed by
// Stack. Localsplus is not capped, so that its capacity is the whole
// array, which a reused frame starts from. Small frames are allocated
// together with their array (frame2...frame16), so that a call allocates
// once and a suspended coroutine costs one object.
type Frame struct {
	py.Frame
	frameState

	t *Thread
}

// frameState is what a reused frame must start without; release resets it
// in one assignment.
type frameState struct {
	back     *Frame           // the frame that called or resumed this one
	sp       int              // top of the value stack, py.Frame.Stack, sized from Code.Stacksize
	pc       int              // where a suspended body resumes
	exc      py.ExceptionInfo // the exception this frame is handling
	curexc   py.ExceptionInfo // the exception in flight while unwinding
	retval   py.Object
	yf       py.Object // receiver of the pending yield from
	depth    int32     // the thread's depth while f runs
	class    uint8     // index of the free list the frame goes back to
	started  bool
	finished bool
	escaped  bool // a traceback refers to the frame: never reuse it
}

// Frames with their slots in the same allocation, one type per size
// class: frameClasses[i] slots for class i. Larger frames (class
// bigClass) get a separate array.
type (
	frame2 struct {
		Frame
		slots [2]py.Object
	}
	frame4 struct {
		Frame
		slots [4]py.Object
	}
	frame8 struct {
		Frame
		slots [8]py.Object
	}
	frame16 struct {
		Frame
		slots [16]py.Object
	}
)

var frameClasses = [...]int{2, 4, 8, 16}

const bigClass = len(frameClasses)

// PyFrame implements coroutine.Frame. Python code may keep the frame
// object, so f is never reused.
func (f *Frame) PyFrame() *py.Frame {
	f.escaped = true
	return &f.Frame
}

// YieldFrom implements coroutine.Frame.
func (f *Frame) YieldFrom() py.Object { return f.yf }

// Back returns the frame that called or last resumed f, or nil.
func (f *Frame) Back() *Frame { return f.back }

// maxFree bounds the frames a Thread keeps for reuse in each size class.
const maxFree = 64

// allocFrame makes a frame of the given class whose array is at least
// size slots.
func allocFrame(class, size int) (*Frame, []py.Object) {
	switch class {
	case 0:
		fr := new(frame2)
		return &fr.Frame, fr.slots[:]
	case 1:
		fr := new(frame4)
		return &fr.Frame, fr.slots[:]
	case 2:
		fr := new(frame8)
		return &fr.Frame, fr.slots[:]
	case 3:
		fr := new(frame16)
		return &fr.Frame, fr.slots[:]
	}
	return new(Frame), make([]py.Object, size)
}

// newFrame makes a frame for code with unbound locals, reusing a released
// one when it can.
func (t *Thread) newFrame(ctx py.Context, code *py.Code, globals, locals py.StringDict) *Frame {
	// Clamping keeps a malformed code object from panicking here, outside
	// the evaluation loop's recovery; its bad indices fail there instead.
	nl := max(int(code.Nlocals), 0)
	n := nl + len(code.Cellvars) + len(code.Freevars)
	size := n + max(int(code.Stacksize), 0)
	class := 0
	for class < bigClass && frameClasses[class] < size {
		class++
	}
	var f *Frame
	var buf []py.Object
	if k := len(t.free[class]); k > 0 {
		f = t.free[class][k-1]
		t.free[class] = t.free[class][:k-1]
		buf = f.Localsplus[:cap(f.Localsplus)]
		if len(buf) < size {
			buf = make([]py.Object, size)
		}
	} else {
		f, buf = allocFrame(class, size)
		f.t = t
	}
	f.class = uint8(class)
	f.Context = ctx
	f.Code = code
	f.Builtins = t.builtins()
	f.Globals = globals
	f.Locals = locals
	f.LocalVars = buf[:nl:nl]
	f.CellAndFreeVars = buf[nl:n:n]
	f.Localsplus = buf[:n]
	f.Stack = buf[n:size]
	return f
}

// release gives a finished frame that newFrame made back for reuse,
// unless something may still refer to it (a traceback does).
func (t *Thread) release(f *Frame) {
	class := f.class
	if f.escaped || len(t.free[class]) >= maxFree {
		return
	}
	clear(f.Localsplus)
	clear(f.Stack)
	// newFrame sets the other fields of py.Frame; those it sets keep
	// their references here, which spares clearing the whole struct on
	// every call (code and globals outlive their frames anyway).
	f.Locals = nil
	f.Lasti = 0
	f.Yielded = false
	f.Blockstack = f.Blockstack[:0]
	f.Block = nil
	f.frameState = frameState{}
	t.free[class] = append(t.free[class], f)
}

func (t *Thread) builtins() py.StringDict {
	if t.builtinsDict == nil {
		if b := t.ctx.Store().Builtins; b != nil {
			t.builtinsDict = b.Globals
		}
	}
	return t.builtinsDict
}

// Resume implements coroutine.Frame.
func (f *Frame) Resume(value py.Object, exc error) (py.Object, bool, error) {
	if f.finished {
		return nil, true, pyerr.Newf(py.SystemError, "resuming a finished frame")
	}
	t := f.t
	if err := t.push(f); err != nil {
		// CPython checks the depth inside the body, so the body ends.
		f.finished = true
		return nil, true, pyerr.Info(err)
	}
	var pending error
	throw := false
	switch {
	case exc != nil && f.yf != nil:
		r, suspended, err := f.throwIntoYieldFrom(exc)
		if suspended {
			t.pop(f)
			return r, false, nil
		}
		pending = err
		throw = true
	case exc != nil:
		pending = exc
		throw = true
	case f.started:
		f.push(value)
	}
	f.started = true
	res, yielded, err := f.run(pending, throw)
	t.pop(f)
	if yielded {
		return res, false, nil
	}
	f.finished = true
	if err != nil {
		t.lastExc = pyerr.Exception(err)
		return nil, true, err
	}
	// The generator object drops a finished body, so the frame can be
	// reused unless Python code holds it.
	t.release(f)
	return res, true, nil
}

// throwIntoYieldFrom offers exc to the sub-iterator of a pending yield
// from, as CPython's gen.throw does. It reports whether the sub-iterator
// yielded (r is then the value to yield); otherwise the frame continues
// with the error returned, or with the sub-iterator's result pushed when
// the error is nil.
func (f *Frame) throwIntoYieldFrom(exc error) (r py.Object, suspended bool, err error) {
	// The sub-iterator may be Go code; its panic is raised in the frame.
	defer func() {
		if p := recover(); p != nil {
			r, suspended, err = nil, false, panicError(p)
		}
	}()
	step, terr := awaitproto.Throw(f.yf, exc)
	if terr == nil && !step.Done {
		return step.Value, true, nil
	}
	// The delegation is over: drop the receiver and step past YIELD_FROM.
	f.sp--
	f.Stack[f.sp] = nil
	f.yf = nil
	f.pc = int(f.Lasti) + 1
	if terr == nil {
		f.push(step.Value)
	}
	return nil, false, terr
}

func (f *Frame) push(v py.Object) {
	f.Stack[f.sp] = v
	f.sp++
}

func (f *Frame) pop() py.Object {
	f.sp--
	return f.Stack[f.sp]
}

func (f *Frame) top() py.Object { return f.Stack[f.sp-1] }

func (f *Frame) pushBlock(kind py.TryBlockType, handler int, level int) {
	f.Blockstack = append(f.Blockstack, py.TryBlock{Type: kind, Handler: int32(handler), Level: level})
}

// setExc makes v (an exception instance or None) the exception f handles.
func (f *Frame) setExc(v, tb py.Object) {
	was := f.exc.Value != nil
	if e, ok := v.(*py.Exception); ok {
		t, _ := tb.(*py.Traceback)
		f.exc = py.ExceptionInfo{Type: e.Base, Value: e, Traceback: t}
	} else {
		f.exc = py.ExceptionInfo{}
	}
	// f is running, so it is counted in its thread's handlers.
	if now := f.exc.Value != nil; now != was {
		if now {
			f.t.handlers++
		} else {
			f.t.handlers--
		}
	}
}

// handled returns the exception being handled as seen from f.
func (f *Frame) handled() *py.Exception {
	if f.t.handlers == 0 {
		return nil
	}
	for g := f; g != nil; g = g.back {
		if e, ok := g.exc.Value.(*py.Exception); ok {
			return e
		}
	}
	return nil
}

// chain sets e.__context__ to the exception being handled, as raising an
// exception inside an except or finally block does in CPython.
func (f *Frame) chain(e *py.Exception) {
	chainTo(e, f.handled())
}

// chainTo sets e.__context__ to h, the exception being handled, unless
// h is nil or e itself.
func chainTo(e, h *py.Exception) {
	if h == nil || h == e {
		return
	}
	// Break a cycle that would make e its own context.
	o := h
	for i := 0; i < 10000; i++ {
		c, ok := o.Context.(*py.Exception)
		if !ok {
			break
		}
		if c == e {
			o.Context = nil
			break
		}
		o = c
	}
	e.Context = h
}

// sharedExceptions holds exception instances that gpython returns again
// and again (division by zero, for one). Raising one copies it, so that its
// traceback and context describe this raise only.
var sharedExceptions = map[*py.Exception]bool{}

func init() {
	probes := []func() (py.Object, error){
		func() (py.Object, error) { return py.TrueDiv(py.Int(1), py.Int(0)) },
		func() (py.Object, error) { return py.FloorDiv(py.Int(1), py.Int(0)) },
		func() (py.Object, error) { return py.Mod(py.Int(1), py.Int(0)) },
		func() (py.Object, error) { return py.TrueDiv(py.Float(1), py.Float(0)) },
		func() (py.Object, error) { return py.FloorDiv(py.Float(1), py.Float(0)) },
		func() (py.Object, error) { return py.Mod(py.Float(1), py.Float(0)) },
	}
	for _, p := range probes {
		if _, err := p(); err != nil {
			if e, ok := err.(*py.Exception); ok {
				sharedExceptions[e] = true
			}
		}
	}
}

// raiseError makes err, returned by an instruction, the exception in
// flight. It is fresh, and so chained to the exception being handled,
// unless it is the one that just left a Python frame.
func (f *Frame) raiseError(err error) {
	info := pyerr.Info(err)
	e := info.Value.(*py.Exception)
	if sharedExceptions[e] {
		c := *e
		c.Traceback, c.Context, c.Cause = nil, nil, nil
		e = &c
		info = py.ExceptionInfo{Type: e.Base, Value: e}
	}
	fresh := e != f.t.lastExc
	if fresh && e.Context == nil {
		f.chain(e)
	}
	f.raise(info, false, false)
}

// raise makes err the exception in flight in f. fresh says err was just
// raised (not propagated from a Python frame that already chained it);
// reraise says f already appears in its traceback.
func (f *Frame) raise(err error, fresh, reraise bool) {
	info := pyerr.Info(err)
	e := info.Value.(*py.Exception)
	if fresh {
		f.chain(e)
	}
	if !reraise {
		// The traceback keeps f, and f_back reaches its callers.
		for g := f; g != nil && !g.escaped; g = g.back {
			g.escaped = true
		}
		info.Traceback = py.NewTraceback(info.Traceback, &f.Frame, f.Lasti, int32(compiler.Addr2Line(f.Code, f.Lasti)))
	}
	if info.Traceback != nil {
		e.Traceback = info.Traceback
	}
	f.curexc = info
}
