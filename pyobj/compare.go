package pyobj

import (
	"reflect"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
)

// Cmp is a rich comparison operator. The values are those of gpython's
// COMPARE_OP arguments (vm.PyCmp_LT ... vm.PyCmp_GE).
type Cmp int

// The rich comparison operators.
const (
	Lt Cmp = iota
	Le
	Eq
	Ne
	Gt
	Ge
)

var cmpSymbols = [...]string{Lt: "<", Le: "<=", Eq: "==", Ne: "!=", Gt: ">", Ge: ">="}

// String returns the operator's symbol.
func (c Cmp) String() string { return cmpSymbols[c] }

// Compare is CPython's rich comparison a <op> b: lists and tuples, which
// gpython cannot order, compare item by item; objects that define no
// comparison are equal only to themselves; ordering them is CPython's
// TypeError "'<' not supported between instances of 'A' and 'B'".
func Compare(a, b py.Object, c Cmp) (py.Object, error) {
	if c != Eq && c != Ne {
		switch x := a.(type) {
		case *py.List:
			if y, ok := b.(*py.List); ok {
				return compareSeqs(x.Items, y.Items, c)
			}
		case py.Tuple:
			if y, ok := b.(py.Tuple); ok {
				return compareSeqs(x, y, c)
			}
		}
	}
	r, err := gpythonCompare(a, b, c)
	if err == nil || !isGenericCompareError(err, c, a, b) {
		return r, err
	}
	switch c {
	case Eq:
		return py.NewBool(Is(a, b)), nil
	case Ne:
		return py.NewBool(!Is(a, b)), nil
	}
	return nil, pyerr.Newf(py.TypeError, "'%s' not supported between instances of '%s' and '%s'", c, TypeOf(a).Name, TypeOf(b).Name)
}

// Less reports whether a < b, as sorting, min and max ask.
func Less(a, b py.Object) (bool, error) {
	if x, ok := a.(py.Int); ok {
		if y, ok := b.(py.Int); ok {
			return x < y, nil
		}
	}
	r, err := Compare(a, b, Lt)
	if err != nil {
		return false, err
	}
	return Truth(r)
}

// Truth is bool(o).
func Truth(o py.Object) (bool, error) {
	// gpython's bytes has no length method, so MakeBool finds it true.
	if b, ok := o.(py.Bytes); ok {
		return len(b) > 0, nil
	}
	b, err := py.MakeBool(o)
	if err != nil {
		return false, pyerr.Info(err)
	}
	return b == py.True, nil
}

// Is is the `is` operator: the same object. Values of gpython's value types
// (ints, strings, tuples...) are the same when they are equal Go values or
// share their backing storage.
func Is(a, b py.Object) bool {
	t := reflect.TypeOf(a)
	if t != reflect.TypeOf(b) {
		return false
	}
	if t.Comparable() {
		return a == b
	}
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	switch va.Kind() {
	case reflect.Slice:
		return va.Len() == vb.Len() && (va.Len() == 0 || va.Pointer() == vb.Pointer())
	case reflect.Map, reflect.Func, reflect.Pointer, reflect.Chan:
		return va.Pointer() == vb.Pointer()
	}
	return false
}

// compareSeqs orders two sequences by their first differing items, else by
// length, as CPython does.
func compareSeqs(x, y []py.Object, c Cmp) (py.Object, error) {
	for i := 0; i < len(x) && i < len(y); i++ {
		if Is(x[i], y[i]) {
			continue
		}
		eq, err := Compare(x[i], y[i], Eq)
		if err != nil {
			return nil, err
		}
		t, err := Truth(eq)
		if err != nil {
			return nil, err
		}
		if !t {
			return Compare(x[i], y[i], c)
		}
	}
	return compareLens(len(x), len(y), c), nil
}

func compareLens(x, y int, c Cmp) py.Object {
	var r bool
	switch c {
	case Lt:
		r = x < y
	case Le:
		r = x <= y
	case Eq:
		r = x == y
	case Ne:
		r = x != y
	case Gt:
		r = x > y
	default:
		r = x >= y
	}
	return py.NewBool(r)
}

func gpythonCompare(a, b py.Object, c Cmp) (py.Object, error) {
	switch c {
	case Lt:
		return py.Lt(a, b)
	case Le:
		return py.Le(a, b)
	case Eq:
		return py.Eq(a, b)
	case Ne:
		return py.Ne(a, b)
	case Gt:
		return py.Gt(a, b)
	}
	return py.Ge(a, b)
}

// isGenericCompareError reports whether err is gpython's catch-all
// TypeError for comparing a and b, which means neither defines it.
func isGenericCompareError(err error, c Cmp, a, b py.Object) bool {
	if !pyerr.Matches(err, py.TypeError) {
		return false
	}
	args, _ := pyerr.Exception(err).Args.(py.Tuple)
	return len(args) == 1 && args[0] == py.String("unsupported operand type(s) for "+c.String()+": '"+a.Type().Name+"' and '"+b.Type().Name+"'")
}
