package eventloop_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/eventloop"
	"github.com/gpyasync/gpyasync/interp"
)

// A Go function runs on its own goroutine; Python awaits its result as a
// Future, here through a task that a generator drives.
func Example() {
	var out strings.Builder
	ctx := interp.NewContext(interp.Config{Stdout: &out})
	defer ctx.Close()
	loop := eventloop.New(ctx)
	defer loop.Close()

	fut := loop.Go(func(context.Context) (py.Object, error) {
		return py.String("from a goroutine"), nil
	})
	ctx.Store().Builtins.Globals["fut"] = fut
	if err := interp.RunMain(ctx, "def main():\n    v = yield from fut\n    print('got', v)\n    return len(v)\n", "main.py"); err != nil {
		fmt.Println(err)
		return
	}
	m, _ := ctx.GetModule("__main__")
	gen, _ := py.Call(m.Globals["main"], nil, nil)
	res, err := loop.RunUntilComplete(context.Background(), gen)
	fmt.Print(out.String())
	fmt.Println(res, err)
	// Output:
	// got from a goroutine
	// 16 <nil>
}

// Python code uses the asyncio module, which importing eventloop
// registers.
func ExampleRun() {
	var out strings.Builder
	ctx := interp.NewContext(interp.Config{Stdout: &out})
	defer ctx.Close()
	defer eventloop.Forget(ctx)
	src := `
import asyncio

async def double(x):
    await asyncio.sleep(0.001)
    return 2 * x

async def main():
    return await asyncio.gather(*[double(i) for i in range(3)])

print(asyncio.run(main()))
`
	if err := interp.RunMain(ctx, src, "main.py"); err != nil {
		fmt.Println(interp.FormatException(err))
	}
	fmt.Print(out.String())
	// Output:
	// [0, 2, 4]
}
