// Command await shows Python's await protocol stepped from Go, the first
// thing to run when learning gpyasync:
//
//	go run ./demos/await
//
// Part 1 is the classic "await by hand": Go calls a Python `async def`
// function, asks the coroutine for its __await__ iterator and steps it
// with next() until StopIteration hands back the return value. That is
// all `await` does.
//
// Part 2 goes the other way: a coroutine whose body is a Go state machine
// (awaitproto.NewCoroutine) is awaited by Python code, and Go drives the
// Python coroutine, playing the part an event loop plays.
//
// There is no event loop and no asyncio anywhere here: everything runs on
// the main goroutine, which owns the Python context.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/awaitproto"
	"github.com/gpyasync/gpyasync/interp"
	"github.com/gpyasync/gpyasync/iterproto"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "await demo:", err)
		os.Exit(1)
	}
}

// fooSrc is the coroutine function of part 1.
const fooSrc = `async def foo():
    print("foo is being called")
    return "hello"
`

// mainSrc is the Python side of part 2: it awaits a Go coroutine.
const mainSrc = `import await_from_go

async def main():
    result = await await_from_go.my_coroutine()
    print(f"my_coroutine returned with: {result!r}")
    return result
`

// run is the demo, writing everything (Go's and Python's output) to w.
func run(w io.Writer) error {
	// A context is one Python interpreter. Python's print writes to w too,
	// so the two sides' lines come out in the order they happen.
	ctx := interp.NewContext(interp.Config{Stdout: w, Stderr: w})
	defer ctx.Close()

	if err := awaitByHand(w, ctx); err != nil {
		return err
	}
	fmt.Fprintln(w)
	return awaitGoCoroutine(w, ctx)
}

// load runs src as a module called name and returns its globals.
func load(ctx py.Context, name, src string) (py.StringDict, error) {
	m, err := ctx.ModuleInit(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: name, FileDesc: name + ".py"},
		CodeSrc: src,
	})
	if err != nil {
		return nil, err
	}
	return m.Globals, nil
}

// awaitByHand is seed 002's await_foo in Go: what `await foo()` does,
// one step at a time.
func awaitByHand(w io.Writer, ctx py.Context) error {
	fmt.Fprintln(w, "Part 1: awaiting a Python coroutine from Go")
	fmt.Fprintln(w, "Python defines:")
	fmt.Fprint(w, indent(fooSrc))
	globals, err := load(ctx, "tutorial", fooSrc)
	if err != nil {
		return err
	}

	// Calling an async def function runs none of its body: it returns a
	// coroutine object.
	coro, err := py.Call(globals["foo"], nil, nil)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Go calls foo() and gets a %s object; nothing is printed yet.\n", coro.Type().Name)

	// await asks the awaitable for its iterator with __await__.
	awaitMethod, err := py.GetAttrString(coro, "__await__")
	if err != nil {
		return err
	}
	it, err := py.Call(awaitMethod, nil, nil)
	if err != nil {
		return err
	}
	// iter() of that iterator is itself, as for every iterator.
	if it, err = iterproto.Iter(it); err != nil {
		return err
	}
	fmt.Fprintf(w, "Go calls __await__() on it and gets a %s, an iterator.\n", it.Type().Name)

	// Step it like `while True: next(it)`. Each value it yields would go
	// to the event loop; StopIteration ends it, and its value is what
	// `await foo()` evaluates to.
	fmt.Fprintln(w, "Go steps it with next() until StopIteration:")
	for steps := 1; ; steps++ {
		v, done, err := iterproto.Next(it)
		if err != nil {
			return err
		}
		if done {
			fmt.Fprintf(w, "StopIteration after %d step(s); its value is the coroutine's return value.\n", steps)
			fmt.Fprintf(w, "Result of our coroutine: %s\n", repr(v))
			return nil
		}
		fmt.Fprintf(w, "the coroutine yielded %s, for an event loop to act on\n", repr(v))
	}
}

// awaitGoCoroutine registers a Go coroutine function and awaits it from
// Python, driving the Python coroutine from Go.
func awaitGoCoroutine(w io.Writer, ctx py.Context) error {
	fmt.Fprintln(w, "Part 2: awaiting a Go coroutine from Python")
	fmt.Fprintln(w, "Go defines await_from_go.my_coroutine(): its body is a Go state machine")
	fmt.Fprintln(w, "that yields twice, then returns \"Ended\". Python defines:")
	fmt.Fprint(w, indent(mainSrc))

	// The Go body: each Step runs it from one suspension to the next.
	// Yielding hands a value to whoever drives the outermost coroutine.
	myCoroutine := awaitproto.Func("my_coroutine", func(args py.Tuple, kwargs py.StringDict) (awaitproto.Stepper, error) {
		step := 0
		return awaitproto.StepFunc(func(sent py.Object, thrown error) (awaitproto.Result, error) {
			if thrown != nil {
				return awaitproto.Result{}, thrown
			}
			step++
			if step <= 2 {
				fmt.Fprintf(w, "  Go body, step %d: yields %d\n", step, step)
				return awaitproto.Result{Value: py.Int(step)}, nil
			}
			fmt.Fprintf(w, "  Go body, step %d: returns 'Ended'\n", step)
			return awaitproto.Result{Value: py.String("Ended"), Done: true}, nil
		}), nil
	})
	// Registering makes the module importable in every context; running
	// the demo again replaces it.
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "await_from_go", Doc: "Coroutines written in Go."},
		Globals: py.StringDict{"my_coroutine": myCoroutine},
	})

	globals, err := load(ctx, "tutorial_main", mainSrc)
	if err != nil {
		return err
	}
	coro, err := py.Call(globals["main"], nil, nil)
	if err != nil {
		return err
	}

	// With no event loop, Go plays its part: every value yielded through
	// the awaits arrives here, and the answer (None) is sent back in.
	fmt.Fprintln(w, "Go drives main() with awaitproto.Drive, as an event loop would:")
	result, err := awaitproto.Drive(coro, func(yielded py.Object) (py.Object, error) {
		fmt.Fprintf(w, "  driver received %s through Python's await, sends None back\n", repr(yielded))
		return py.None, nil
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "main() returned %s\n", repr(result))
	return nil
}

func repr(o py.Object) string {
	r, err := py.Repr(o)
	if err != nil {
		return fmt.Sprintf("<unprintable %s>", o.Type().Name)
	}
	return string(r.(py.String))
}

// indent prefixes every non-empty line of src with four spaces.
func indent(src string) string {
	lines := strings.SplitAfter(src, "\n")
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			lines[i] = "    " + l
		}
	}
	return strings.Join(lines, "")
}
