package compiler

import "github.com/go-python/gpython/vm"

// Opcodes beyond gpython's CPython 3.4 set, for async code, f-strings and @.
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
	// BINARY_MATRIX_MULTIPLY replaces TOS1 and TOS with TOS1 @ TOS.
	BINARY_MATRIX_MULTIPLY vm.OpCode = 16
	// INPLACE_MATRIX_MULTIPLY replaces TOS1 and TOS with TOS1 @= TOS.
	INPLACE_MATRIX_MULTIPLY vm.OpCode = 17
)

// Opcodes for PEP 448 unpacking, as in CPython 3.9 to 3.11: displays and
// calls with * and ** build their list, set, dict or argument tuple
// incrementally. The numbers are CPython's where gpython leaves them free.
const (
	// LIST_EXTEND pops TOS and extends the list the argument's count
	// below it with its items.
	LIST_EXTEND vm.OpCode = 162
	// SET_UPDATE pops TOS and adds its items to the set the argument's
	// count below it.
	SET_UPDATE vm.OpCode = 163
	// DICT_MERGE pops TOS, a **mapping argument, and merges it into the
	// dict the argument's count below it; a key already there is an
	// error naming the function two values below that dict.
	DICT_MERGE vm.OpCode = 164
	// DICT_UPDATE pops TOS, a **mapping item of a dict display, and
	// updates the dict the argument's count below it with it.
	DICT_UPDATE vm.OpCode = 165
	// LIST_TO_TUPLE replaces the list on TOS with a tuple.
	LIST_TO_TUPLE vm.OpCode = 48
	// CALL_FUNCTION_EX calls the function below a positional argument
	// iterable and, when the argument's bit 0 is set, a dict of keyword
	// arguments on TOS.
	CALL_FUNCTION_EX vm.OpCode = 167
	// BUILD_MAP_ITEMS replaces the argument's count of key, value pairs
	// with a dict of them, inserted in order (CPython 3.5's BUILD_MAP;
	// gpython's BUILD_MAP takes a size hint and pushes an empty dict).
	BUILD_MAP_ITEMS vm.OpCode = 168
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

// SETUP_ANNOTATIONS makes the __annotations__ dict of a module or class
// body, unless its namespace already has one.
const SETUP_ANNOTATIONS vm.OpCode = 46
