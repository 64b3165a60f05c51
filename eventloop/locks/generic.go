package locks

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/pylib"
)

// The queues are generic in CPython: Queue[int] is a types.GenericAlias.
func init() {
	for _, t := range []*py.Type{QueueType, LifoQueueType, PriorityQueueType} {
		t.Dict["__class_getitem__"] = pylib.ClassGetItem(t)
	}
}
