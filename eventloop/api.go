package eventloop

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// defaultSlowCallback is CPython's loop.slow_callback_duration: in debug
// mode, callbacks that take longer are logged. The loop keeps the value
// for programs that read or set it.
const defaultSlowCallback = 0.1

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

// frameAttr is the attribute name of o when it is set, else nil.
func frameAttr(o py.Object, name string) py.Object {
	v, err := py.GetAttrString(o, name)
	if err != nil || v == py.None {
		return nil
	}
	return v
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
	d["slow_callback_duration"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			l, err := loopOf(self, "slow_callback_duration")
			if err != nil {
				return nil, err
			}
			return py.Float(l.slowCallback), nil
		},
		Fset: func(self, v py.Object) error {
			l, err := loopOf(self, "slow_callback_duration")
			if err != nil {
				return err
			}
			f, err := floatArg(v, "slow_callback_duration")
			if err != nil {
				return err
			}
			l.slowCallback = f
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
		n := -1
		if limit != py.None {
			i, ok := limit.(py.Int)
			if !ok {
				return nil, pyerr.Newf(py.TypeError, "'<=' not supported between instances of '%s' and 'int'", pyobj.TypeOf(limit).Name)
			}
			n = max(int(i), 0)
		}
		return taskStack(t, n)
	}, 0, "Return the list of stack frames for this task's coroutine.")

	// The modules CPython's classes come from, which their reprs show.
	FutureType.Dict["__module__"] = py.String("_asyncio")
	TaskType.Dict["__module__"] = py.String("_asyncio")
	HandleType.Dict["__module__"] = py.String("asyncio.events")
	TimerHandleType.Dict["__module__"] = py.String("asyncio.events")
}
