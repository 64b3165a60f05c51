package eventloop

import (
	"fmt"
	"os"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp"
	"github.com/gpyasync/gpyasync/interp/hashed"
	"github.com/gpyasync/gpyasync/interp/pytext"

	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// defaultSlowCallback is CPython's loop.slow_callback_duration: in debug
// mode, callbacks that take longer are logged. The loop keeps the value
// for programs that read or set it.
const defaultSlowCallback = 0.1

// AbstractEventLoopType and BaseEventLoopType are the bases of LoopType
// that programs name in isinstance checks and annotations, with CPython's
// modules.
var (
	AbstractEventLoopType = loopBase(py.NewType("AbstractEventLoop", "Abstract event loop."), "asyncio.events")
	BaseEventLoopType     = loopBase(AbstractEventLoopType.NewType("BaseEventLoop", "The base of asyncio's event loops.", nil, nil), "asyncio.base_events")
)

func loopBase(t *py.Type, module string) *py.Type {
	readyType(t)
	t.Dict["__module__"] = py.String(module)
	return t
}

// factoryTask makes the task of create_task through the loop's task
// factory, called as CPython calls it: factory(loop, coro), with a
// context keyword only when one was given, then named.
func (l *Loop) factoryTask(coro, name, ctxArg py.Object) (py.Object, error) {
	var kwargs py.StringDict
	if ctxArg != nil && ctxArg != py.None {
		kwargs = py.StringDict{"context": ctxArg}
	}
	t, err := py.Call(l.taskFactory, py.Tuple{l, coro}, kwargs)
	if err != nil {
		return nil, pyerr.Info(err)
	}
	if name != nil && name != py.None {
		setName, err := py.GetAttrString(t, "set_name")
		if err != nil {
			return nil, pyerr.Info(err)
		}
		if _, err := py.Call(setName, py.Tuple{name}, nil); err != nil {
			return nil, pyerr.Info(err)
		}
	}
	return t, nil
}

// taskStack is Task.get_stack: the frames of the suspended coroutine,
// oldest first, at most limit of the newest; for a task that ended with
// an exception, the frames of its traceback.
func taskStack(t *Task, limit int) (py.Object, error) {
	var frames []py.Object
	f := frameAttr(t.coro, "cr_frame")
	if f == nil {
		f = frameAttr(t.coro, "gi_frame")
	}
	if f != nil {
		for f != nil && (limit < 0 || len(frames) < limit) {
			frames = append(frames, f)
			f = frameAttr(f, "f_back")
		}
		for i, j := 0, len(frames)-1; i < j; i, j = i+1, j-1 {
			frames[i], frames[j] = frames[j], frames[i]
		}
		return py.NewListFromItems(frames), nil
	}
	if t.state == finished && t.exc != nil {
		var tb py.Object = py.None
		if e, ok := pyerr.Info(t.exc).Value.(*py.Exception); ok {
			tb = e.Traceback
		}
		for tb != nil && tb != py.None && (limit < 0 || len(frames) < limit) {
			if fr := frameAttr(tb, "tb_frame"); fr != nil {
				frames = append(frames, fr)
			}
			next, err := py.GetAttrString(tb, "tb_next")
			if err != nil {
				break
			}
			tb = next
		}
	}
	return py.NewListFromItems(frames), nil
}

// printStack is Task.print_stack: the frames of get_stack, with their
// source lines, written to file (sys.stderr when nil), as CPython's
// traceback module lays them out.
func printStack(t *Task, limit int, file py.Object) error {
	list, err := taskStack(t, limit)
	if err != nil {
		return err
	}
	frames := list.(*py.List).Items
	var b strings.Builder
	failed := t.state == finished && t.exc != nil && frameAttr(t.coro, "cr_frame") == nil
	switch {
	case len(frames) == 0:
		fmt.Fprintf(&b, "No stack for %s\n", pytext.SafeRepr(t))
	case failed:
		fmt.Fprintf(&b, "Traceback for %s (most recent call last):\n", pytext.SafeRepr(t))
	default:
		fmt.Fprintf(&b, "Stack for %s (most recent call last):\n", pytext.SafeRepr(t))
	}
	lines := map[string][]string{}
	for _, f := range frames {
		code := frameAttr(f, "f_code")
		if code == nil {
			continue
		}
		file := pytext.SafeStr(frameAttr(code, "co_filename"))
		name := pytext.SafeStr(frameAttr(code, "co_name"))
		n, _ := frameAttr(f, "f_lineno").(py.Int)
		fmt.Fprintf(&b, "  File \"%s\", line %d, in %s\n", file, n, name)
		if _, ok := lines[file]; !ok && !strings.HasPrefix(file, "<") {
			if src, err := os.ReadFile(file); err == nil {
				lines[file] = strings.Split(string(src), "\n")
			}
		}
		if src := lines[file]; n >= 1 && int(n) <= len(src) {
			if line := strings.TrimSpace(src[n-1]); line != "" {
				fmt.Fprintf(&b, "    %s\n", line)
			}
		}
	}
	if failed && len(frames) > 0 {
		text := strings.TrimRight(interp.FormatException(t.exc), "\n")
		b.WriteString(text[strings.LastIndex(text, "\n")+1:] + "\n")
	}
	if file == nil || file == py.None {
		t.loop.writeStderr(b.String())
		return nil
	}
	_, err = callMethod(file, "write", py.String(b.String()))
	return err
}

// frameAttr is the attribute name of o when it is set, else nil (also
// when o is nil).
func frameAttr(o py.Object, name string) py.Object {
	if o == nil {
		return nil
	}
	v, err := py.GetAttrString(o, name)
	if err != nil || v == py.None {
		return nil
	}
	return v
}

// timerCompare orders two TimerHandles by deadline, as CPython's do;
// anything else is NotImplemented.
func timerCompare(a *Handle, other py.Object, cmp func(a, b *Handle) bool) (py.Object, error) {
	b, ok := other.(*Handle)
	if !a.timer || !ok || !b.timer {
		return py.NotImplemented, nil
	}
	return py.NewBool(cmp(a, b)), nil
}

// M__hash__ is a TimerHandle's deadline's hash; a Handle's is its
// identity's.
func (h *Handle) M__hash__() (py.Object, error) {
	if !h.timer {
		return py.Int(hashed.IdentityHash(h)), nil
	}
	v, err := hashed.Hash(py.Float(h.when))
	return py.Int(v), err
}

// The comparisons of TimerHandles; plain Handles compare by identity.

func (h *Handle) M__lt__(other py.Object) (py.Object, error) {
	return timerCompare(h, other, func(a, b *Handle) bool { return a.when < b.when })
}

func (h *Handle) M__le__(other py.Object) (py.Object, error) {
	return timerCompare(h, other, func(a, b *Handle) bool { return a.when < b.when || timersEqual(a, b) })
}

func (h *Handle) M__gt__(other py.Object) (py.Object, error) {
	return timerCompare(h, other, func(a, b *Handle) bool { return a.when > b.when })
}

func (h *Handle) M__ge__(other py.Object) (py.Object, error) {
	return timerCompare(h, other, func(a, b *Handle) bool { return a.when > b.when || timersEqual(a, b) })
}

func (h *Handle) M__eq__(other py.Object) (py.Object, error) {
	if !h.timer {
		return py.NewBool(h == other), nil
	}
	return timerCompare(h, other, timersEqual)
}

func (h *Handle) M__ne__(other py.Object) (py.Object, error) {
	if !h.timer {
		return py.NewBool(h != other), nil
	}
	return timerCompare(h, other, func(a, b *Handle) bool { return !timersEqual(a, b) })
}

// timersEqual is TimerHandle.__eq__: same deadline, callback, arguments
// and cancellation.
func timersEqual(a, b *Handle) bool {
	if a == b {
		return true
	}
	if a.when != b.when || a.cancelled != b.cancelled || a.callable == nil || b.callable == nil {
		return false
	}
	if a.callable != b.callable {
		eq, err := py.Eq(a.callable, b.callable)
		if err != nil || eq != py.True {
			return false
		}
	}
	eq, err := py.Eq(a.args, b.args)
	return err == nil && eq == py.True
}

// limitArg is the limit of get_stack and print_stack: -1 for None.
func limitArg(limit py.Object) (int, error) {
	if limit == py.None {
		return -1, nil
	}
	i, ok := limit.(py.Int)
	if !ok {
		return 0, pyerr.Newf(py.TypeError, "'<=' not supported between instances of '%s' and 'int'", pyobj.TypeOf(limit).Name)
	}
	return max(int(i), 0), nil
}

func init() {
	d := LoopType.Dict
	d["set_task_factory"] = py.MustNewMethod("set_task_factory", func(self, factory py.Object) (py.Object, error) {
		l, err := loopOf(self, "set_task_factory")
		if err != nil {
			return nil, err
		}
		if factory == py.None {
			l.taskFactory = nil
			return py.None, nil
		}
		if checkCallback(factory, "set_task_factory") != nil {
			return nil, pyerr.Newf(py.TypeError, "task factory must be a callable or None")
		}
		l.taskFactory = factory
		return py.None, nil
	}, 0, "Set a task factory that will be used by loop.create_task().")
	d["get_task_factory"] = py.MustNewMethod("get_task_factory", func(self py.Object) (py.Object, error) {
		l, err := loopOf(self, "get_task_factory")
		if err != nil {
			return nil, err
		}
		if l.taskFactory == nil {
			return py.None, nil
		}
		return l.taskFactory, nil
	}, 0, "Return a task factory, or None if the default one is in use.")
	// A plain attribute in CPython: any value is accepted.
	d["slow_callback_duration"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			l, err := loopOf(self, "slow_callback_duration")
			if err != nil {
				return nil, err
			}
			if l.slowCallback == nil {
				return py.Float(defaultSlowCallback), nil
			}
			return l.slowCallback, nil
		},
		Fset: func(self, v py.Object) error {
			l, err := loopOf(self, "slow_callback_duration")
			if err != nil {
				return err
			}
			l.slowCallback = v
			return nil
		},
		Doc: "Callbacks taking longer than this many seconds are logged in debug mode.",
	}

	TaskType.Dict["get_stack"] = py.MustNewMethod("get_stack", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		t, err := taskOf(self, "get_stack")
		if err != nil {
			return nil, err
		}
		var limit py.Object = py.None
		if err := py.ParseTupleAndKeywords(args, kwargs, "|$O:get_stack", []string{"limit"}, &limit); err != nil {
			return nil, err
		}
		n, err := limitArg(limit)
		if err != nil {
			return nil, err
		}
		return taskStack(t, n)
	}, 0, "Return the list of stack frames for this task's coroutine.")

	TaskType.Dict["print_stack"] = py.MustNewMethod("print_stack", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		t, err := taskOf(self, "print_stack")
		if err != nil {
			return nil, err
		}
		var limit, file py.Object = py.None, py.None
		if err := py.ParseTupleAndKeywords(args, kwargs, "|$OO:print_stack", []string{"limit", "file"}, &limit, &file); err != nil {
			return nil, err
		}
		n, err := limitArg(limit)
		if err != nil {
			return nil, err
		}
		return py.None, printStack(t, n, file)
	}, 0, "Print the stack or traceback for this task's coroutine.")

	// The modules CPython's classes come from, which their reprs show.
	FutureType.Dict["__module__"] = py.String("_asyncio")
	TaskType.Dict["__module__"] = py.String("_asyncio")
	HandleType.Dict["__module__"] = py.String("asyncio.events")
	TimerHandleType.Dict["__module__"] = py.String("asyncio.events")
}
