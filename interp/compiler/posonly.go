package compiler

import (
	"runtime"
	"sync"
	"weak"

	"github.com/go-python/gpython/py"
)

// posOnly holds the positional-only parameter counts (PEP 570) of the code
// objects that have any, as py.Code has no field for it. An entry goes
// away with its code object.
var posOnly sync.Map // weak.Pointer[py.Code] -> int

// PosOnlyArgCount returns the number of positional-only parameters of code
// (its co_posonlyargcount), 0 for code this package did not make. It is
// safe for concurrent use.
func PosOnlyArgCount(code *py.Code) int {
	if n, ok := posOnly.Load(weak.Make(code)); ok {
		return n.(int)
	}
	return 0
}

func setPosOnly(code *py.Code, n int) {
	if n == 0 {
		return
	}
	key := weak.Make(code)
	posOnly.Store(key, n)
	runtime.AddCleanup(code, func(k weak.Pointer[py.Code]) { posOnly.Delete(k) }, key)
}
