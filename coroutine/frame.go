// Package coroutine holds the Python objects that wrap a suspendable function
// body: generators, coroutines and async generators. It owns the
// object-level protocol (send, throw, close, the running/finished states,
// PEP 479, StopIteration(value)); it does not execute bytecode. The frame
// evaluator in interp/vm executes the body and hands it over through the
// Frame interface, which keeps this package below the evaluator.
//
// Threading: like every Python object, these are used only on the goroutine
// that owns their py.Context.
package coroutine

import "github.com/go-python/gpython/py"

// Frame is the evaluator's side of a suspended Python function body.
type Frame interface {
	// Resume runs the body until it yields, returns or raises.
	//
	// With exc == nil, value becomes the result of the yield expression the
	// body is suspended at (the first Resume must pass py.None). With exc
	// non-nil the exception is raised at the suspension point; if the body is
	// suspended in a `yield from`, the evaluator first offers it to the
	// sub-iterator the way CPython does (GeneratorExit closes the
	// sub-iterator, anything else goes to its throw method when it has one).
	//
	// It returns (v, false, nil) when the body yielded v, (v, true, nil)
	// when it returned v, and (nil, true, err) when it raised err. err is a
	// py.ExceptionInfo carrying the traceback through the body.
	Resume(value py.Object, exc error) (result py.Object, done bool, err error)

	// YieldFrom returns the iterator a pending `yield from` (or `await`)
	// delegates to, or nil.
	YieldFrom() py.Object

	// PyFrame returns the frame object Python code sees (gi_frame).
	PyFrame() *py.Frame
}
