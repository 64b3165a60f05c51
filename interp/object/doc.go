// Package object gives instances of user-defined classes CPython's
// behaviour inside gpython.
//
// gpython makes instances of classes defined in Python as *py.Type values
// and dispatches operators, len(), iteration, calls and the rest through Go
// interfaces (py.I__add__, py.I__len__...), which those values do not
// implement for methods written in Python. An *Instance implements every
// such interface by looking the method up on its class's MRO, so
// gpython's own builtins and operators meet user objects as CPython's do.
//
// Classes stay *py.Type values; Adopt turns a class made by type() into
// one whose instances are *Instance. A class deriving from a builtin type
// registered with RegisterBase (list, tuple, int, float, str, bytes,
// dict, set, frozenset) makes instances that carry a value of that type
// in Instance.Base: what the class does not override is done on that
// value, so gpython's methods and operators, which work on their own Go
// types only, serve subclasses too. The package does not compile or run
// code: calling a Python method goes through py.Call and so through
// whatever evaluator is installed.
//
// Python objects are single-goroutine: use an Instance only on the
// goroutine that runs its context.
package object
