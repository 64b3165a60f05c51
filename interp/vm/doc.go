// Package vm is gpyasync's frame evaluator: it executes code objects in
// gpython's CPython 3.4 bytecode model (the opcodes of gpython's vm
// package, the block stack, the six values pushed on entry to an except
// handler) with CPython 3.11's observable behaviour: the exception being
// handled belongs to the frame handling it and survives a yield, implicit
// chaining sets __context__, a generator's return value reaches
// `yield from`, throw and close reach the sub-iterator, a `for` loop
// propagates its iterator's errors, and messages match 3.11.
//
// It also runs the opcodes package compiler adds for async code and
// f-strings: await is `yield from` on the iterator awaitproto.Iterator
// finds, async for and async with call __aiter__, __anext__, __aenter__ and
// __aexit__ and await their results, yields in an async generator's body
// are wrapped (coroutine.WrapYield) so that its awaitables can tell them
// from values an await passes up, and f-string fields are formatted with
// package pytext. Calling an async def function returns a
// coroutine.Coroutine or coroutine.AsyncGenerator. SETUP_ANNOTATIONS
// makes a module or class body's __annotations__, and a function's
// __annotations__ is an insertion-ordered dict (see annotations.go).
// Positional-only parameters are bound as CPython does: their names passed
// as keywords are an error or go to **kwargs.
//
// EvalCode and RunFrame have the signatures of gpython's py.VmEvalCode and
// py.VmRunFrame hooks; the interp package installs them. Calls from Python
// to Python functions do not go through the hook: they bind arguments
// straight into a new (often reused) frame. Generator bodies are Frames
// driven through coroutine.Frame by the objects of package coroutine.
//
// Each py.Context has a Thread (see ThreadOf) holding the chain of running
// frames, which sys.exc_info and bare raise consult, and the recursion
// limit. A Go panic in code called from Python becomes a SystemError raised
// in the calling frame.
//
// The package does not compile source (see interp/compiler), print
// tracebacks, or fix gpython's object model (see interp/pylib).
//
// Threading: a Thread, its frames and the objects they touch belong to the
// goroutine that owns the context. Different contexts may run in parallel.
package vm
