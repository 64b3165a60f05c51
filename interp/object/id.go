package object

import (
	"reflect"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/hashed"
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

// Hash is hash(o), as package hashed computes it for every type.
func Hash(o py.Object) (py.Object, error) {
	h, err := hashed.Hash(o)
	if err != nil {
		return nil, err
	}
	return py.Int(h), nil
}
