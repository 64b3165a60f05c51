package locks

import "github.com/go-python/gpython/py"

// Members returns the names asyncio publishes from this package, each
// bound to its type or exception class. The map is new on each call.
func Members() py.StringDict {
	return py.StringDict{
		"Event":              EventType,
		"Lock":               LockType,
		"Semaphore":          SemaphoreType,
		"BoundedSemaphore":   BoundedSemaphoreType,
		"Condition":          ConditionType,
		"Barrier":            BarrierType,
		"BrokenBarrierError": BrokenBarrierError,
		"Queue":              QueueType,
		"PriorityQueue":      PriorityQueueType,
		"LifoQueue":          LifoQueueType,
		"QueueEmpty":         QueueEmpty,
		"QueueFull":          QueueFull,
	}
}
