package eventloop

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/awaitproto"
	"github.com/gpyasync/gpyasync/coroutine"
	"github.com/gpyasync/gpyasync/interp/pytext"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// TaskType is the Python type of Task objects, a subclass of Future.
var TaskType = FutureType.NewType("Task", "A coroutine wrapped in a Future.", nil, nil)

// Task is asyncio's Task: a Future whose result is that of an awaitable,
// which the task steps on the loop. Each step resumes the awaitable's
// await iterator (see package awaitproto) and looks at what it yields: a
// pending Future of the same loop makes the task wait for it, None makes
// it run again in the next iteration, anything else is an error thrown
// back in. Its methods must be called on the loop's goroutine.
type Task struct {
	Future
	coro       py.Object // the awaitable, as get_coro returns it
	waiter     py.Object // the Future or Task the task waits for
	vars       *Context  // the contextvars context the task runs in
	prev, next *Task     // neighbours in the loop's live list
	number     int       // while no name was given, the name is "Task-<number>"
	numCancels int32
	mustCancel bool
}

// stepTask and wakeTask are the callbacks a task schedules for itself:
// plain functions that get the task as their argument, which spares a
// closure per step.
func stepTask(t py.Object) { t.(*Task).step(nil) }

func wakeTask(t py.Object) { t.(*Task).wakeup() }

// CreateTask wraps the awaitable aw in a task and schedules its first
// step. It fails when aw cannot be awaited. It is a loop-only method.
func (l *Loop) CreateTask(aw py.Object) (*Task, error) {
	if err := l.check(); err != nil {
		return nil, err
	}
	return l.createTask(aw)
}

func (l *Loop) createTask(aw py.Object) (*Task, error) {
	it, err := awaitproto.Iterator(aw)
	if err != nil {
		// CPython 3.11 still runs plain generators as tasks.
		if !isGenerator(aw) {
			return nil, err
		}
		it = aw
	}
	l.tasks++
	// The default name is built when asked for: most tasks never are.
	t := &Task{coro: aw, number: l.taskNumber()}
	if _, native := aw.(*coroutine.Coroutine); !native {
		t.extra().it = it
	}
	t.loop = l
	t.self = t
	t.vars = l.varState().current.copy()
	l.live.add(t)
	l.callSoon1(stepTask, t)
	return t, nil
}

// taskNumber numbers default task names. CPython numbers them across
// all loops of the process; gpyasync, across the loops of a py.Context,
// which is its interpreter. A loop without a context numbers its own.
func (l *Loop) taskNumber() int {
	if l.ctx == nil {
		return l.tasks
	}
	st := l.varState()
	st.tasks++
	return st.tasks
}

// taskList is the list of a loop's tasks that are not done, in the order
// they were made. Linking the tasks themselves spares a map entry per
// task.
type taskList struct {
	first, last *Task
	n           int
}

func (ls *taskList) add(t *Task) {
	t.prev = ls.last
	if ls.last != nil {
		ls.last.next = t
	} else {
		ls.first = t
	}
	ls.last = t
	ls.n++
}

func (ls *taskList) remove(t *Task) {
	if t.prev != nil {
		t.prev.next = t.next
	} else if ls.first == t {
		ls.first = t.next
	} else {
		return // not in the list
	}
	if t.next != nil {
		t.next.prev = t.prev
	} else {
		ls.last = t.prev
	}
	t.prev, t.next = nil, nil
	ls.n--
}

// CurrentTask returns the task whose step is running, or nil.
func (l *Loop) CurrentTask() *Task { return l.current }

// Type returns TaskType.
func (t *Task) Type() *py.Type { return TaskType }

// Coro returns the awaitable the task runs.
func (t *Task) Coro() py.Object { return t.coro }

// Name returns the task's name, "Task-N" unless set.
func (t *Task) Name() string {
	if t.number != 0 {
		return "Task-" + strconv.Itoa(t.number)
	}
	return t.x.name
}

// SetName renames the task.
func (t *Task) SetName(name string) { t.extra().name, t.number = name, 0 }

// Cancelling returns the number of cancellations requested and not
// withdrawn by Uncancel.
func (t *Task) Cancelling() int { return int(t.numCancels) }

// Uncancel withdraws one cancellation request and returns how many are
// left.
func (t *Task) Uncancel() int {
	if t.numCancels > 0 {
		t.numCancels--
	}
	return int(t.numCancels)
}

// Cancel asks the task to cancel itself: CancelledError(msg) is thrown
// into the awaitable at its next step (at once if it waits for a future,
// by cancelling that future). It reports false when the task is done.
func (t *Task) Cancel(msg py.Object) bool {
	t.retrieved()
	if t.state != pending {
		return false
	}
	t.numCancels++
	if t.waiter != nil && cancelObject(t.waiter, msg) {
		return true
	}
	t.mustCancel = true
	if (msg != nil && msg != py.None) || t.x != nil {
		t.extra().cancelMsg = msg
	}
	return true
}

// cancelObject cancels a Future or a Task.
func cancelObject(o py.Object, msg py.Object) bool {
	if t, ok := o.(*Task); ok {
		return t.Cancel(msg)
	}
	return o.(interface{ future() *Future }).future().Cancel(msg)
}

// step resumes the awaitable once, sending None or throwing exc.
func (t *Task) step(exc error) {
	l := t.loop
	if t.state != pending {
		l.CallExceptionHandler(ExceptionContext{
			Message:   "Exception in callback " + t.Name() + " step",
			Exception: pyerr.Newf(InvalidStateError, "_step(): already done: %s", pytext.SafeRepr(t)),
			Future:    t,
		})
		return
	}
	if t.mustCancel {
		if exc == nil || !pyerr.Matches(exc, CancelledError) {
			exc = t.makeCancelledError()
		}
		t.mustCancel = false
	}
	t.waiter = nil
	prev := l.current
	l.current = t
	st := l.varState()
	vars := enterContext(st, t.vars)
	r, err := t.resume(exc)
	exitContext(st, vars)
	l.current = prev
	switch {
	case err != nil:
		t.fail(err)
	case r.Done:
		if t.mustCancel {
			t.Future.Cancel(t.cancelMsg())
		} else {
			_ = t.SetResult(r.Value)
		}
	default:
		t.suspend(r.Value)
	}
	if t.state != pending {
		l.live.remove(t)
	}
}

// resume sends None into the awaitable, or throws exc, turning a panic
// of the interpreter into a SystemError.
func (t *Task) resume(exc error) (r awaitproto.Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			r, err = awaitproto.Result{}, pyerr.Newf(py.SystemError, "%v", p)
		}
	}()
	it := t.coro
	if t.x != nil && t.x.it != nil {
		it = t.x.it
	}
	if exc == nil {
		if c, ok := it.(*coroutine.Coroutine); ok {
			v, done, err := c.Step(py.None)
			return awaitproto.Result{Value: v, Done: done}, err
		}
		return awaitproto.Send(it, py.None)
	}
	return awaitproto.Throw(it, exc)
}

// cancelMsg is the message of the cancellation requested, or nil.
func (t *Task) cancelMsg() py.Object {
	if t.x == nil {
		return nil
	}
	return t.x.cancelMsg
}

// fail ends the task with the exception its awaitable raised.
func (t *Task) fail(err error) {
	if pyerr.Matches(err, CancelledError) {
		t.Future.Cancel(nil)
		t.extra().cancelledExc = err
		return
	}
	if serr := t.SetException(err); serr != nil {
		_ = t.SetException(serr)
	}
	if fatal(err) {
		t.loop.fatal = err
	}
}

// suspend handles a value the awaitable yielded.
func (t *Task) suspend(v py.Object) {
	l := t.loop
	var bad error
	switch {
	case v == py.Object(t):
		// CPython checks this before anything else about the value.
		bad = pyerr.Newf(py.RuntimeError, "Task cannot await on itself: %s", pytext.SafeRepr(t))
	case isFuture(v):
		f := v.(interface{ future() *Future }).future()
		switch {
		case f.loop != l:
			bad = pyerr.Newf(py.RuntimeError, "Task %s got Future %s attached to a different loop", pytext.SafeRepr(t), pytext.SafeRepr(v))
		case !f.blocking:
			bad = pyerr.Newf(py.RuntimeError, "yield was used instead of yield from in task %s with %s", pytext.SafeRepr(t), pytext.SafeRepr(v))
		default:
			f.blocking = false
			f.addCallback(doneCallback{fn: t, name: taskWakeup})
			t.waiter = v
			if t.mustCancel && cancelObject(v, t.cancelMsg()) {
				t.mustCancel = false
			}
			return
		}
	case v == py.None:
		l.callSoon1(stepTask, t)
		return
	case isGenerator(v):
		bad = pyerr.Newf(py.RuntimeError, "yield was used instead of yield from for generator in task %s with %s", pytext.SafeRepr(t), pytext.SafeRepr(v))
	default:
		bad = pyerr.Newf(py.RuntimeError, "Task got bad yield: %s", pytext.SafeRepr(v))
	}
	l.callSoon(func() { t.step(bad) })
}

// isGenerator reports whether v is a generator object.
func isGenerator(v py.Object) bool {
	_, ok := v.(interface{ Code() *py.Code })
	return ok && pyobj.TypeOf(v).Name == "generator"
}

func isFuture(v py.Object) bool {
	_, ok := v.(interface{ future() *Future })
	return ok
}

// wakeup is the done callback of the future the task waits for: it
// resumes the task with the future's outcome.
func (t *Task) wakeup() {
	_, err := t.waiter.(interface{ future() *Future }).future().Result()
	t.step(err)
}

// M__repr__ is <Task pending name='Task-1' coro=<...>>.
func (t *Task) M__repr__() (py.Object, error) {
	state := strings.ToLower(t.state.String())
	if t.mustCancel && t.state == pending {
		state = "cancelling"
	}
	parts := []string{state, "name=" + pytext.SafeRepr(py.String(t.Name())), "coro=<" + t.coroRepr() + ">"}
	if t.waiter != nil {
		parts = append(parts, "wait_for="+pytext.SafeRepr(t.waiter))
	}
	if rest := t.reprInfo(); rest != "" {
		if i := strings.IndexByte(rest, ' '); i >= 0 {
			parts = append(parts, rest[i+1:])
		}
	}
	return py.String("<Task " + strings.Join(parts, " ") + ">"), nil
}

// coroRepr describes the awaitable as CPython describes a coroutine:
// "f() running at file:line" or "f() done, defined at file:line", with
// the line where the function starts.
func (t *Task) coroRepr() string {
	c, ok := t.coro.(interface{ Code() *py.Code })
	if !ok || c.Code() == nil {
		r := pytext.SafeRepr(t.coro)
		if len(r) >= 2 && r[0] == '<' && r[len(r)-1] == '>' {
			r = r[1 : len(r)-1]
		}
		return r
	}
	code := c.Code()
	name := code.Name
	if q, err := getAttrSafe(t.coro, "__qualname__"); err == nil {
		if s, ok := q.(py.String); ok {
			name = string(s)
		}
	}
	if t.state != pending {
		return fmt.Sprintf("%s() done, defined at %s:%d", name, code.Filename, code.Firstlineno)
	}
	// A suspended coroutine is shown at the line it waits on.
	line := int(code.Firstlineno)
	if n, ok := frameAttr(frameAttr(t.coro, "cr_frame"), "f_lineno").(py.Int); ok && n > 0 {
		line = int(n)
	}
	return fmt.Sprintf("%s() running at %s:%d", name, code.Filename, line)
}

// taskOf checks the receiver of a Task method.
func taskOf(self py.Object, method string) (*Task, error) {
	if t, ok := self.(*Task); ok {
		return t, nil
	}
	return nil, pyerr.Newf(py.TypeError, "descriptor '%s' for 'Task' objects doesn't apply to a '%s' object", method, pyobj.TypeOf(self).Name)
}

// taskMethod defines a Task method that takes no arguments.
func taskMethod(name, doc string, fn func(t *Task) (py.Object, error)) {
	TaskType.Dict[name] = py.MustNewMethod(name, func(self py.Object) (py.Object, error) {
		t, err := taskOf(self, name)
		if err != nil {
			return nil, err
		}
		return fn(t)
	}, 0, doc)
}

func init() {
	readyType(TaskType)
	taskMethod("get_coro", "Return the coroutine the task runs.", func(t *Task) (py.Object, error) {
		return t.coro, nil
	})
	taskMethod("get_name", "Return the task's name.", func(t *Task) (py.Object, error) {
		return py.String(t.Name()), nil
	})
	taskMethod("cancelling", "Return the number of pending cancellation requests.", func(t *Task) (py.Object, error) {
		return py.Int(t.Cancelling()), nil
	})
	taskMethod("uncancel", "Decrement the number of pending cancellation requests.", func(t *Task) (py.Object, error) {
		return py.Int(t.Uncancel()), nil
	})
	TaskType.Dict["set_name"] = py.MustNewMethod("set_name", func(self, v py.Object) (py.Object, error) {
		t, err := taskOf(self, "set_name")
		if err != nil {
			return nil, err
		}
		t.SetName(pytext.SafeStr(v))
		return py.None, nil
	}, 0, "Set the task's name.")
}

var _ py.I__repr__ = (*Task)(nil)
