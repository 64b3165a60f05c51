package locks_test

import (
	"context"
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/eventloop"
	"github.com/gpyasync/gpyasync/eventloop/locks"
	"github.com/gpyasync/gpyasync/interp"
)

// A consumer task waits on an empty queue until Go code puts an item.
func ExampleQueue() {
	ctx := interp.NewContext(interp.Config{})
	defer func() { _ = ctx.Close() }()
	loop := eventloop.New(ctx)
	defer func() { _ = loop.Close() }()

	q := locks.NewQueue(0, locks.FIFO)
	consumer, _ := loop.CreateTask(q.Get())
	_, _ = loop.CallSoonFunc(func() {
		fmt.Println("waiting getters:", q.Len() == 0 && !consumer.Done())
		_ = q.PutNowait(py.String("hello"))
	})
	item, err := loop.RunUntilComplete(context.Background(), consumer)
	fmt.Println(item, err, q.Len())
	// Output:
	// waiting getters: true
	// hello <nil> 0
}
