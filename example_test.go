package gpyasync_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync"
)

// A Go program loads Python code once and calls into it, blocking until
// coroutines finish on the Runtime's event loop.
func Example() {
	var out strings.Builder
	rt := gpyasync.New(gpyasync.WithStdout(&out))
	defer rt.Close()
	ctx := context.Background()

	src := `
import asyncio

async def greet(name):
    await asyncio.sleep(0.001)
    print("hello,", name)
    return len(name)
`
	if err := rt.Exec(ctx, src, "app.py"); err != nil {
		fmt.Println(err)
		return
	}
	n, err := rt.Call(ctx, "greet", py.String("gopher"))
	if err := rt.Close(); err != nil {
		fmt.Println(err)
	}
	fmt.Print(out.String())
	fmt.Println(n, err)
	// Output:
	// hello, gopher
	// 6 <nil>
}

// Python exceptions come back as py.ExceptionInfo.
func ExampleRuntime_Call_error() {
	rt := gpyasync.New()
	defer rt.Close()
	ctx := context.Background()
	_ = rt.Exec(ctx, "def check(x):\n    raise ValueError(f'bad: {x}')\n", "check.py")

	_, err := rt.Call(ctx, "check", py.Int(7))
	var info py.ExceptionInfo
	if errors.As(err, &info) {
		fmt.Println(info.Type.Name)
	}
	fmt.Println(strings.Contains(err.Error(), "bad: 7"))
	// Output:
	// ValueError
	// true
}

// Cancelling the Go context cancels the Python task: CancelledError is
// raised inside it, and Call returns the context's error.
func ExampleRuntime_Await() {
	var out strings.Builder
	rt := gpyasync.New(gpyasync.WithStdout(&out))
	defer rt.Close()
	_ = rt.Exec(context.Background(), `
import asyncio

async def forever():
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print("cancelled in Python")
        raise
`, "forever.py")

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	_, err := rt.Call(ctx, "forever")
	fmt.Println(errors.Is(err, context.DeadlineExceeded))
	_ = rt.Close()
	fmt.Print(out.String())
	// Output:
	// true
	// cancelled in Python
}
