package compiler

import "github.com/go-python/gpython/vm"

// Opcodes beyond gpython's CPython 3.4 set, for async code and f-strings.
// The numbers are CPython 3.6's, except for GET_AWAITABLE, which takes an
// argument as in 3.11 and so needs a number above HAVE_ARGUMENT, and
// WITH_CLEANUP_START, whose 3.6 number is gpython's WITH_CLEANUP. None
// collides with an opcode of gpython's vm package. The evaluator in
// interp/vm uses these definitions.
const (
	// GET_AITER replaces TOS with TOS.__aiter__().
	GET_AITER vm.OpCode = 50
	// GET_ANEXT pushes the await iterator of TOS.__anext__(), leaving
	// the asynchronous iterator in place.
	GET_ANEXT vm.OpCode = 51
	// BEFORE_ASYNC_WITH replaces the manager on TOS with its bound
	// __aexit__ and pushes the result of calling its __aenter__.
	BEFORE_ASYNC_WITH vm.OpCode = 52
	// GET_YIELD_FROM_ITER is GET_ITER for `yield from`: a coroutine
	// stays as it is, in a coroutine or a types.coroutine generator.
	GET_YIELD_FROM_ITER vm.OpCode = 69
	// WITH_CLEANUP_FINISH ends the exit of an async with: below the
	// awaited result of __aexit__ is the exception type (or None) it was
	// called with; a true result silences the exception.
	WITH_CLEANUP_FINISH vm.OpCode = 82
	// GET_AWAITABLE replaces TOS with the iterator `await TOS` drives.
	// The argument says where the awaitable came from, for error
	// messages: 0 an await expression, 1 __aenter__, 2 __aexit__.
	GET_AWAITABLE vm.OpCode = 150
	// SETUP_ASYNC_WITH installs the finally block of an async with under
	// the awaited result of __aenter__ on TOS.
	SETUP_ASYNC_WITH vm.OpCode = 154
	// FORMAT_VALUE formats TOS for an f-string: argument bits 0-1 pick
	// the conversion (see the Fvc constants), bit 2 says the format spec
	// is on TOS above the value.
	FORMAT_VALUE vm.OpCode = 155
	// BUILD_STRING concatenates the argument's count of strings.
	BUILD_STRING vm.OpCode = 157
	// WITH_CLEANUP_START begins the exit of an async with: it calls
	// __aexit__ as WITH_CLEANUP calls __exit__ and pushes the exception
	// type (or None) and the call's result, to be awaited.
	WITH_CLEANUP_START vm.OpCode = 85
)

// FORMAT_VALUE conversions.
const (
	FvcNone    = 0
	FvcStr     = 1
	FvcRepr    = 2
	FvcASCII   = 3
	FvcMask    = 3
	FvcHasSpec = 4
)
