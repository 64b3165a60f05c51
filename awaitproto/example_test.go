package awaitproto_test

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/awaitproto"
)

// The tutorial's MyCoroutine, written in Go: awaiting it yields twice,
// then finishes with "Ended".
func Example() {
	step := 0
	myCoroutine := awaitproto.NewCoroutine("my_coroutine", awaitproto.StepFunc(func(sent py.Object, thrown error) (awaitproto.Result, error) {
		if thrown != nil {
			return awaitproto.Result{}, thrown
		}
		step++
		if step > 2 {
			return awaitproto.Result{Value: py.String("Ended"), Done: true}, nil
		}
		return awaitproto.Result{Value: py.Int(step)}, nil
	}))

	// The tutorial's await_foo: step the await iterator until it stops.
	result, err := awaitproto.Drive(myCoroutine, func(yielded py.Object) (py.Object, error) {
		fmt.Println("yielded", yielded)
		return py.None, nil
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("Result of our coroutine: %v\n", result)
	// Output:
	// yielded 1
	// yielded 2
	// Result of our coroutine: Ended
}

// Stepping an await iterator by hand, one resumption at a time.
func ExampleSend() {
	it, err := awaitproto.Iterator(awaitproto.Ready(py.String("hello")))
	if err != nil {
		fmt.Println(err)
		return
	}
	r, err := awaitproto.Send(it, py.None)
	fmt.Println(r.Value, r.Done, err)
	// Output: hello true <nil>
}

func ExampleIterator() {
	_, err := awaitproto.Iterator(py.Int(1))
	fmt.Println(err)
	// Output: TypeError: "object int can't be used in 'await' expression"
}
