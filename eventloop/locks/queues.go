package locks

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/eventloop"
	"github.com/gpyasync/gpyasync/internal/heapq"
	"github.com/gpyasync/gpyasync/interp/pytext"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

const queuesModule = "asyncio.queues"

// QueueEmpty is raised by get_nowait on an empty queue.
var QueueEmpty = py.ExceptionType.NewType("QueueEmpty", "Raised when Queue.get_nowait() is called on an empty Queue.", nil, nil)

// QueueFull is raised by put_nowait on a full queue.
var QueueFull = py.ExceptionType.NewType("QueueFull", "Raised when the Queue.put_nowait() method is called on a full Queue.", nil, nil)

// Order says which item a queue gives out first.
type Order uint8

// The orders of Queue, LifoQueue and PriorityQueue.
const (
	FIFO Order = iota
	LIFO
	Priority
)

// QueueType, LifoQueueType and PriorityQueueType are the Python types of
// queues; the last two are subclasses of the first.
var (
	QueueType         = newType("Queue", queuesModule, "A queue, useful for coordinating producer and consumer coroutines.", queueNew(FIFO, "Queue"))
	LifoQueueType     = QueueType.NewType("LifoQueue", "A subclass of Queue that retrieves most recently added entries first.", queueNew(LIFO, "LifoQueue"), nil)
	PriorityQueueType = QueueType.NewType("PriorityQueue", "A subclass of Queue; retrieves entries in priority order (lowest first).", queueNew(Priority, "PriorityQueue"), nil)
)

func queueNew(o Order, name string) py.NewFunc {
	return func(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var maxsize py.Object = py.Int(0)
		if err := py.ParseTupleAndKeywords(args, kwargs, "|O:"+name, []string{"maxsize"}, &maxsize); err != nil {
			return nil, err
		}
		n, err := py.MakeGoInt(maxsize)
		if err != nil {
			return nil, err
		}
		return NewQueue(n, o), nil
	}
}

// Queue is asyncio's Queue, LifoQueue or PriorityQueue: producers put
// items, waiting while it holds maxsize items (when maxsize > 0), and
// consumers get them, waiting while it is empty. Its methods must be
// called on its loop's goroutine.
type Queue struct {
	bound
	order      Order
	maxsize    int
	items      []py.Object
	head       int // index of the first item of a FIFO queue
	getters    []*eventloop.Future
	putters    []*eventloop.Future
	unfinished int
	finished   *Event
}

// NewQueue makes an empty queue of the given order that holds at most
// maxsize items; maxsize <= 0 means no limit.
func NewQueue(maxsize int, o Order) *Queue {
	q := &Queue{order: o, maxsize: maxsize, finished: NewEvent()}
	q.finished.Set()
	return q
}

// Type returns QueueType, LifoQueueType or PriorityQueueType.
func (q *Queue) Type() *py.Type {
	switch q.order {
	case LIFO:
		return LifoQueueType
	case Priority:
		return PriorityQueueType
	}
	return QueueType
}

// M__repr__ is <Queue at 0x... maxsize=0 _queue=[...] ...>.
func (q *Queue) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<%s at %p %s>", q.Type().Name, q, q.format())), nil
}

// M__str__ is <Queue maxsize=0 ...>.
func (q *Queue) M__str__() (py.Object, error) {
	return py.String(fmt.Sprintf("<%s %s>", q.Type().Name, q.format())), nil
}

func (q *Queue) format() string {
	s := "maxsize=" + itoa(q.maxsize)
	if q.Len() > 0 {
		s += " _queue=" + pytext.SafeRepr(py.NewListFromItems(q.live()))
	}
	if len(q.getters) > 0 {
		s += fmt.Sprintf(" _getters[%d]", len(q.getters))
	}
	if len(q.putters) > 0 {
		s += fmt.Sprintf(" _putters[%d]", len(q.putters))
	}
	if q.unfinished > 0 {
		s += fmt.Sprintf(" tasks=%d", q.unfinished)
	}
	return s
}

// live returns the items in storage order: queue order for FIFO and
// LIFO queues (oldest first), heap order for a priority queue.
func (q *Queue) live() []py.Object { return q.items[q.head:] }

// Len returns the number of items, qsize().
func (q *Queue) Len() int { return len(q.items) - q.head }

// Maxsize returns the size limit; <= 0 is none.
func (q *Queue) Maxsize() int { return q.maxsize }

// Empty reports whether the queue holds no item.
func (q *Queue) Empty() bool { return q.Len() == 0 }

// Full reports whether the queue holds maxsize items; never when maxsize
// <= 0.
func (q *Queue) Full() bool { return q.maxsize > 0 && q.Len() >= q.maxsize }

// PutNowait adds item, or raises QueueFull when the queue is full.
func (q *Queue) PutNowait(item py.Object) error {
	if q.Full() {
		return pyerr.New(QueueFull)
	}
	if err := q.push(item); err != nil {
		return err
	}
	q.unfinished++
	q.finished.Clear()
	q.getters = wakeupNext(q.getters)
	return nil
}

// GetNowait removes and returns an item, or raises QueueEmpty when the
// queue is empty.
func (q *Queue) GetNowait() (py.Object, error) {
	if q.Empty() {
		return nil, pyerr.New(QueueEmpty)
	}
	item, err := q.pop()
	if err != nil {
		return nil, err
	}
	q.putters = wakeupNext(q.putters)
	return item, nil
}

func (q *Queue) push(item py.Object) error {
	if q.head > 0 && q.head == len(q.items) {
		q.items, q.head = q.items[:0], 0
	}
	if q.order == Priority {
		return heapq.Push(&q.items, item, pyobj.Less)
	}
	q.items = append(q.items, item)
	return nil
}

func (q *Queue) pop() (py.Object, error) {
	switch q.order {
	case LIFO:
		n := len(q.items) - 1
		item := q.items[n]
		q.items[n] = nil
		q.items = q.items[:n]
		return item, nil
	case Priority:
		return heapq.Pop(&q.items, pyobj.Less)
	}
	item := q.items[q.head]
	q.items[q.head] = nil
	q.head++
	// Compact when the dead prefix dominates, so storage stays bounded.
	if q.head > 32 && q.head*2 > len(q.items) {
		n := copy(q.items, q.items[q.head:])
		clear(q.items[n:])
		q.items, q.head = q.items[:n], 0
	}
	return item, nil
}

// wakeupNext pops waiters until it wakes one that is not done.
func wakeupNext(ws []*eventloop.Future) []*eventloop.Future {
	for len(ws) > 0 {
		w := ws[0]
		ws[0] = nil
		ws = ws[1:]
		if !w.Done() {
			_ = w.SetResult(py.None)
			break
		}
	}
	return ws
}

// Put returns a coroutine that adds item, waiting while the queue is
// full.
func (q *Queue) Put(item py.Object) py.Object {
	return coro("Queue.put", func() step { return q.put(item) })
}

func (q *Queue) put(item py.Object) step {
	if !q.Full() {
		return done(py.None, q.PutNowait(item))
	}
	f, err := q.newWaiter(q)
	if err != nil {
		return fail(err)
	}
	q.putters = append(q.putters, f)
	return await(f, func(_ py.Object, err error) step {
		if err != nil {
			f.Cancel(nil)
			q.putters = removeFuture(q.putters, f)
			// Woken by a get but unable to take the slot: pass it on.
			if !q.Full() && !f.Cancelled() {
				q.putters = wakeupNext(q.putters)
			}
			return fail(err)
		}
		return q.put(item)
	})
}

// Get returns a coroutine that removes and returns an item, waiting while
// the queue is empty.
func (q *Queue) Get() py.Object {
	return coro("Queue.get", q.get)
}

func (q *Queue) get() step {
	if !q.Empty() {
		return done(q.GetNowait())
	}
	f, err := q.newWaiter(q)
	if err != nil {
		return fail(err)
	}
	q.getters = append(q.getters, f)
	return await(f, func(_ py.Object, err error) step {
		if err != nil {
			f.Cancel(nil)
			q.getters = removeFuture(q.getters, f)
			if !q.Empty() && !f.Cancelled() {
				q.getters = wakeupNext(q.getters)
			}
			return fail(err)
		}
		return q.get()
	})
}

// TaskDone marks one item got from the queue as processed; more calls than
// items put are a ValueError.
func (q *Queue) TaskDone() error {
	if q.unfinished <= 0 {
		return pyerr.Newf(py.ValueError, "task_done() called too many times")
	}
	q.unfinished--
	if q.unfinished == 0 {
		q.finished.Set()
	}
	return nil
}

// Join returns a coroutine that waits until every item put was marked
// done.
func (q *Queue) Join() py.Object {
	return coro("Queue.join", func() step {
		if q.unfinished == 0 {
			return done(py.None, nil)
		}
		return await(q.finished.Wait(), func(_ py.Object, err error) step { return done(py.None, err) })
	})
}

func init() {
	for _, t := range []*py.Type{QueueEmpty, QueueFull} {
		t.Dict["__module__"] = py.String(queuesModule)
		ready(t)
	}
	for _, t := range []*py.Type{QueueType, LifoQueueType, PriorityQueueType} {
		t.Dict["__module__"] = py.String(queuesModule)
		ready(t)
	}
	d := QueueType
	method0(d, "__str__", "Return str(self).", (*Queue).M__str__)
	method0(d, "qsize", "Number of items in the queue.", func(q *Queue) (py.Object, error) {
		return py.Int(q.Len()), nil
	})
	property(d, "maxsize", "Number of items allowed in the queue.", func(q *Queue) py.Object {
		return py.Int(q.maxsize)
	})
	method0(d, "empty", "Return True if the queue is empty, False otherwise.", func(q *Queue) (py.Object, error) {
		return py.NewBool(q.Empty()), nil
	})
	method0(d, "full", "Return True if there are maxsize items in the queue.", func(q *Queue) (py.Object, error) {
		return py.NewBool(q.Full()), nil
	})
	method1(d, "put", "Put an item into the queue.", func(q *Queue, item py.Object) (py.Object, error) {
		return q.Put(item), nil
	})
	method1(d, "put_nowait", "Put an item into the queue without blocking.", func(q *Queue, item py.Object) (py.Object, error) {
		return py.None, q.PutNowait(item)
	})
	method0(d, "get", "Remove and return an item from the queue.", func(q *Queue) (py.Object, error) {
		return q.Get(), nil
	})
	method0(d, "get_nowait", "Remove and return an item from the queue without blocking.", (*Queue).GetNowait)
	method0(d, "task_done", "Indicate that a formerly enqueued task is complete.", func(q *Queue) (py.Object, error) {
		return py.None, q.TaskDone()
	})
	method0(d, "join", "Block until all items in the queue have been gotten and processed.", func(q *Queue) (py.Object, error) {
		return q.Join(), nil
	})
}

var (
	_ py.I__repr__ = (*Queue)(nil)
	_ py.I__str__  = (*Queue)(nil)
)
