package object

import (
	"math"
	"reflect"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
)

// ID is id(o): an integer that is unique among the objects alive at one
// time. Go values that are not references (small ints, strings held by
// value) have no identity of their own and answer 0.
func ID(o py.Object) uintptr {
	v := reflect.ValueOf(o)
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan:
		return v.Pointer()
	}
	return 0
}

// Hash is hash(o). Numbers hash as CPython's do for values that fit an
// int; strings and bytes get a hash stable within the process (CPython's
// are randomized per process too); mutable containers are unhashable.
func Hash(o py.Object) (py.Object, error) {
	switch x := o.(type) {
	case py.Int:
		if x == -1 {
			return py.Int(-2), nil
		}
		return x, nil
	case py.Bool:
		if x {
			return py.Int(1), nil
		}
		return py.Int(0), nil
	case py.Float:
		if f := float64(x); f == float64(int64(f)) {
			return Hash(py.Int(int64(f)))
		}
		return py.Int(int64(math.Float64bits(float64(x)) >> 1)), nil
	case py.String:
		return py.Int(fnv(string(x))), nil
	case py.Bytes:
		return py.Int(fnv(string(x))), nil
	case py.Tuple:
		var h uint64 = 0x345678
		for _, item := range x {
			ih, err := Hash(item)
			if err != nil {
				return nil, err
			}
			n, _ := ih.(py.Int)
			h = (h ^ uint64(n)) * 1000003
		}
		return py.Int(int64(h >> 1)), nil
	case *py.List, py.StringDict, *py.Set:
		return nil, pyerr.Newf(py.TypeError, "unhashable type: '%s'", o.Type().Name)
	case py.I__hash__:
		return x.M__hash__()
	}
	return py.Int(ID(o) >> 4), nil
}

func fnv(s string) int64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * 1099511628211
	}
	return int64(h >> 1)
}
