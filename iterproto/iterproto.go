// Package iterproto is Python's iterator protocol as a Go API: it steps any
// Python iterable from Go with CPython 3.11 semantics, whatever shape the
// host interpreter gives the end of an iteration (the StopIteration class, an
// instance, a subclass, a py.ExceptionInfo).
//
// It does not run Python code of its own and does not define generators
// (see package coroutine); it only calls __iter__ and __next__ and builds the
// small iterator objects CPython has for the same jobs.
//
// Every error it returns is a py.ExceptionInfo (see package pyerr). Python
// objects are not safe for concurrent use: call these functions on the
// goroutine that owns the objects' py.Context.
package iterproto

import (
	"iter"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
)

// Iter returns iter(obj).
func Iter(obj py.Object) (py.Object, error) {
	switch x := obj.(type) {
	case *py.List:
		return &listIterator{list: x}, nil
	case py.StringDict:
		return newDictKeyIterator(x), nil
	case py.Bytes:
		return bytesIterator(x), nil
	case py.Tuple:
		return tupleIterator(x), nil
	case py.String:
		return strIterator(x), nil
	}
	it, err := py.Iter(obj)
	if err != nil {
		return nil, pyerr.Info(err)
	}
	if !isIterator(it) {
		return nil, pyerr.Newf(py.TypeError, "iter() returned non-iterator of type '%s'", it.Type().Name)
	}
	return it, nil
}

// Next advances the iterator it by one step. It reports done when the
// iterator raised StopIteration, in any form, and then value is the
// exception's value (None when it has none).
func Next(it py.Object) (value py.Object, done bool, err error) {
	if !isIterator(it) {
		return nil, false, pyerr.Newf(py.TypeError, "'%s' object is not an iterator", it.Type().Name)
	}
	v, err := py.Next(it)
	if err != nil {
		if sv, ok := StopValue(err); ok {
			return sv, true, nil
		}
		return nil, false, pyerr.Info(err)
	}
	if v == nil {
		v = py.None
	}
	return v, false, nil
}

// StopIteration returns StopIteration(value) as an error. The exception's
// args are (value,), or () when value is None, which is what a generator's
// return statement produces in CPython.
func StopIteration(value py.Object) error {
	if value == nil || value == py.None {
		return pyerr.New(py.StopIteration)
	}
	info := pyerr.New(py.StopIteration, value)
	info.Value.(*py.Exception).Dict["value"] = value
	return info
}

// StopValue reports whether err is a StopIteration, in any form, and
// returns its value: the value it was made with, else its first argument,
// else None.
func StopValue(err error) (value py.Object, ok bool) {
	if err == nil || !pyerr.Matches(err, py.StopIteration) {
		return nil, false
	}
	return ExceptionValue(pyerr.Exception(err)), true
}

// ExceptionValue returns the value attribute of a StopIteration instance:
// what was stored as its value, else its first argument, else None.
func ExceptionValue(e *py.Exception) py.Object {
	if v, ok := e.Dict["value"]; ok {
		return v
	}
	if args, ok := e.Args.(py.Tuple); ok && len(args) > 0 {
		return args[0]
	}
	return py.None
}

// Collect iterates obj to the end and returns its items, as list(obj)
// does. Tuples, lists, str and bytes are read directly.
func Collect(obj py.Object) ([]py.Object, error) {
	switch x := obj.(type) {
	case py.Tuple:
		return append([]py.Object(nil), x...), nil
	case *py.List:
		return append([]py.Object(nil), x.Items...), nil
	case py.String:
		items := make([]py.Object, 0, len(x))
		for _, r := range string(x) {
			items = append(items, py.String(r))
		}
		return items, nil
	case py.Bytes:
		items := make([]py.Object, len(x))
		for i, b := range x {
			items[i] = py.Int(b)
		}
		return items, nil
	}
	var items []py.Object
	for v, err := range All(obj) {
		if err != nil {
			return nil, err
		}
		items = append(items, v)
	}
	return items, nil
}

// All returns a Go view of the Python iterable obj for range-over-func
// loops. The first error, from iter() or from a step, is yielded as
// (nil, err) and ends the sequence.
func All(obj py.Object) iter.Seq2[py.Object, error] {
	return func(yield func(py.Object, error) bool) {
		it, err := Iter(obj)
		if err != nil {
			yield(nil, err)
			return
		}
		for {
			v, done, err := Next(it)
			if err != nil {
				yield(nil, err)
				return
			}
			if done || !yield(v, nil) {
				return
			}
		}
	}
}

// isIterator reports whether o has a __next__ method, natively or as a
// Python class attribute.
func isIterator(o py.Object) bool {
	if _, ok := o.(py.I__next__); ok {
		return true
	}
	if t, ok := o.(*py.Type); ok {
		return t.GetAttrOrNil("__next__") != nil
	}
	return false
}
