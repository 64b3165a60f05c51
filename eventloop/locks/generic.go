package locks

import "github.com/gpyasync/gpyasync/eventloop"

// The queues are generic in CPython: Queue[int] is a types.GenericAlias.
func init() {
	QueueType.Dict["__class_getitem__"] = eventloop.ClassGetItem()
}
