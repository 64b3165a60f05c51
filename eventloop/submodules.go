package eventloop

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"
)

// asyncioSubmodules are the submodules of CPython's asyncio package that
// programs import names from, with the names of their __all__. Here they
// are views of the one asyncio module: each holds the module's objects
// under those names (the ones it has), so asyncio.exceptions.CancelledError
// is asyncio.CancelledError.
var asyncioSubmodules = []struct {
	name  string
	names []string
}{
	{"coroutines", []string{"iscoroutinefunction", "iscoroutine"}},
	{"events", []string{"AbstractEventLoopPolicy", "AbstractEventLoop", "AbstractServer", "Handle", "TimerHandle", "get_event_loop_policy", "set_event_loop_policy", "get_event_loop", "set_event_loop", "new_event_loop", "get_child_watcher", "set_child_watcher", "_set_running_loop", "get_running_loop", "_get_running_loop"}},
	{"exceptions", []string{"BrokenBarrierError", "CancelledError", "InvalidStateError", "TimeoutError", "IncompleteReadError", "LimitOverrunError", "SendfileNotAvailableError"}},
	{"futures", []string{"Future", "wrap_future", "isfuture"}},
	{"locks", []string{"Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore", "Barrier"}},
	{"queues", []string{"Queue", "PriorityQueue", "LifoQueue", "QueueFull", "QueueEmpty"}},
	{"runners", []string{"Runner", "run"}},
	{"tasks", []string{"Task", "create_task", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED", "wait", "wait_for", "as_completed", "sleep", "gather", "shield", "ensure_future", "run_coroutine_threadsafe", "current_task", "all_tasks", "_register_task", "_unregister_task", "_enter_task", "_leave_task"}},
	{"timeouts", []string{"Timeout", "timeout", "timeout_at"}},
}

// submoduleSource is the body of a submodule: it copies the names from
// asyncio, which is initialized by then (the end of asyncio's own body
// imports the submodules).
func submoduleSource(names []string) string {
	return fmt.Sprintf(`import asyncio as _asyncio
__all__ = tuple([_n for _n in ('%s',) if hasattr(_asyncio, _n)])
for _n in __all__:
    globals()[_n] = getattr(_asyncio, _n)
del _asyncio
globals().pop('_n', None)
`, strings.Join(names, "', '"))
}

func init() {
	for _, m := range asyncioSubmodules {
		py.RegisterModule(&py.ModuleImpl{
			Info:    py.ModuleInfo{Name: "asyncio." + m.name, Doc: "The asyncio." + m.name + " names of the asyncio module.", FileDesc: "<frozen asyncio." + m.name + ">"},
			CodeSrc: submoduleSource(m.names),
		})
	}
}
