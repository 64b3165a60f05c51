package pyobj

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/iterproto"
	"github.com/gpyasync/gpyasync/pyerr"
)

// Contains is `item in container`: the container's __contains__ when it
// has one, else a search of its iteration for an item that is item or
// equals it. Unlike gpython's py.SequenceContains it ends an iteration on
// any form of StopIteration.
func Contains(container, item py.Object) (bool, error) {
	if c, ok := container.(py.I__contains__); ok {
		r, err := c.M__contains__(item)
		if err != nil {
			return false, pyerr.Info(err)
		}
		return Truth(r)
	}
	if b, ok := container.(py.Bytes); ok {
		// gpython's bytes has no Go __contains__; package pylib puts one
		// in its type dictionary.
		if m, ok := py.BytesType.Dict["__contains__"]; ok {
			r, err := py.Call(m, py.Tuple{b, item}, nil)
			if err != nil {
				return false, pyerr.Info(err)
			}
			return Truth(r)
		}
	}
	if r, ok, err := py.TypeCall1(container, "__contains__", item); ok {
		if err != nil {
			return false, pyerr.Info(err)
		}
		return Truth(r)
	}
	it, err := iterproto.Iter(container)
	if err != nil {
		if isNotIterable(err, container) {
			return false, pyerr.Newf(py.TypeError, "argument of type '%s' is not iterable", TypeOf(container).Name)
		}
		return false, err
	}
	for {
		v, done, err := iterproto.Next(it)
		if err != nil || done {
			return false, err
		}
		if Is(v, item) {
			return true, nil
		}
		eq, err := Compare(v, item, Eq)
		if err != nil {
			return false, err
		}
		if t, err := Truth(eq); err != nil || t {
			return t, err
		}
	}
}

// isNotIterable reports whether err is iter()'s TypeError for container.
func isNotIterable(err error, container py.Object) bool {
	if !pyerr.Matches(err, py.TypeError) {
		return false
	}
	args, _ := pyerr.Exception(err).Args.(py.Tuple)
	return len(args) == 1 && args[0] == py.String("'"+container.Type().Name+"' object is not iterable")
}
