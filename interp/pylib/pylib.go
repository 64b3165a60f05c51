// Package pylib patches gpython's builtins and types where they break
// behaviour gpyasync promises, through gpython's exported, process-wide
// tables only (type constructors, type dictionaries, the method lists of
// Go-defined modules):
//
//   - iteration: gpython's py.Iterate recognizes only the StopIteration class
//     itself as the end of an iteration, so a StopIteration instance (what
//     `raise StopIteration` and generators produce) escapes list(), tuple(),
//     sorted() and the rest as an error; those are rebuilt on iterproto;
//   - exception attributes: gpython answers every attribute of an exception
//     with its args tuple; descriptors give CPython's attributes;
//   - class names: `__name__` and `__class__`;
//   - method sets: str, bytes, list, tuple, int, float, range and slice get
//     every method CPython 3.11 has, with its argument handling and
//     messages; missing or wrong builtins (reversed, dir, vars, pow, zip
//     with strict, map's type...) and time's clocks are supplied.
//
// Operators gpython dispatches through Go methods of its own types cannot
// be patched through tables; ops.go has their corrected forms (GetItem,
// SetItem, Add, ...) for the evaluator to call.
//
// Builtins that need the evaluator (exec, sys.exc_info...) are wired by
// package interp, which uses ReplaceMethod from here.
package pylib

import (
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/hashed"
	"github.com/gpyasync/gpyasync/interp/object"
	"github.com/gpyasync/gpyasync/iterproto"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

var once sync.Once

// Install replaces gpython's iterating builtins with iterproto-based ones:
// the constructors list, tuple and bytes, the methods list.extend and
// str.join, the functions iter, next and sorted, and it gives
// StopIteration instances a value attribute. It makes package hashed's
// types gpython's dict, set and frozenset.
//
// Call it before the first py.Context is created: each context copies the
// builtins module when it is made. It is idempotent and safe to call from
// several goroutines, but not concurrently with running Python code.
func Install() {
	once.Do(install)
}

func install() {
	py.ListType.New = listNew
	py.TupleType.New = tupleNew
	hashed.Install()
	bytesNew := py.BytesType.New
	py.BytesType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return bytesFromIterable(bytesNew, t, args, kwargs)
	}

	py.ListType.Dict["sort"] = py.MustNewMethod("sort", listSort, 0, "Sort the list in ascending order and return None.")
	py.ListType.Dict["extend"] = py.MustNewMethod("extend", listExtend, 0, "Extend list by appending elements from the iterable.")
	py.StringType.Dict["join"] = py.MustNewMethod("join", strJoin, 0, "Concatenate any number of strings.")
	py.StopIteration.Dict["value"] = stopValue

	for _, m := range []*py.Method{
		py.MustNewMethod("iter", builtinIter, 0, iterDoc),
		py.MustNewMethod("next", builtinNext, 0, nextDoc),
		py.MustNewMethod("sorted", builtinSorted, 0, sortedDoc),
		py.MustNewMethod("min", builtinMin, 0, minDoc),
		py.MustNewMethod("max", builtinMax, 0, maxDoc),
	} {
		ReplaceMethod("builtins", m)
	}
	installExceptionAttributes()
	installTypeAttributes()
	installFunctionAttributes()
	installCodeAttributes()
	installClasses()
	installStr()
	installBytes()
	installList()
	installNumbers()
	installInt()
	installFloat()
	installSeqTypes()
	installBuiltins()
	installClocks()
}

// ReplaceMethod puts m into the Go-defined module named module in place of
// the method of the same name, or adds it. Contexts made afterwards see it.
// Like Install, it must run before the first context is made.
func ReplaceMethod(module string, m *py.Method) {
	impl := py.GetModuleImpl(module)
	for i, old := range impl.Methods {
		if old.Name == m.Name {
			impl.Methods[i] = m
			return
		}
	}
	impl.Methods = append(impl.Methods, m)
}

// stopValue is StopIteration.value. gpython's exceptions have no instance
// dictionary visible to attribute lookup (every unknown attribute reads as
// args), so the value lives in the exception's Go-side Dict and is served
// by this class-level property.
var stopValue = &py.Property{
	Fget: func(self py.Object) (py.Object, error) {
		e, ok := self.(*py.Exception)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "descriptor 'value' for 'StopIteration' objects doesn't apply to a '%s' object", self.Type().Name)
		}
		return iterproto.ExceptionValue(e), nil
	},
	Fset: func(self, value py.Object) error {
		e, ok := self.(*py.Exception)
		if !ok {
			return pyerr.Newf(py.TypeError, "descriptor 'value' for 'StopIteration' objects doesn't apply to a '%s' object", self.Type().Name)
		}
		e.Dict["value"] = value
		return nil
	},
	Fdel: func(self py.Object) error {
		return pyerr.Newf(py.TypeError, "can't delete StopIteration.value")
	},
}

// oneIterable parses the (iterable=absent, /) signature shared by the
// container constructors.
func oneIterable(name string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) != 0 {
		return nil, pyerr.Newf(py.TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) > 1 {
		return nil, pyerr.Newf(py.TypeError, "%s expected at most 1 argument, got %d", name, len(args))
	}
	if len(args) == 0 {
		return nil, nil
	}
	return args[0], nil
}

func listNew(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	src, err := oneIterable("list", args, kwargs)
	if err != nil || src == nil {
		return py.NewList(), err
	}
	items, err := iterproto.Collect(src)
	if err != nil {
		return nil, err
	}
	return &py.List{Items: items}, nil
}

func tupleNew(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	src, err := oneIterable("tuple", args, kwargs)
	if err != nil || src == nil {
		return py.Tuple{}, err
	}
	if t, ok := src.(py.Tuple); ok {
		return t, nil
	}
	items, err := iterproto.Collect(src)
	if err != nil {
		return nil, err
	}
	return py.Tuple(items), nil
}

// bytesFromIterable collects a source argument that gpython would iterate
// and hands gpython's bytes constructor a tuple instead. Other sources
// (str, int, bytes, objects with __bytes__) go through unchanged.
func bytesFromIterable(next py.NewFunc, t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var src py.Object
	switch {
	case len(args) > 0:
		src = args[0]
	case kwargs["source"] != nil:
		src = kwargs["source"]
	default:
		return next(t, args, kwargs)
	}
	switch src.(type) {
	case py.String, py.Bytes, py.Int, *py.BigInt, py.Tuple, *py.List, py.I__bytes__:
		return next(t, args, kwargs)
	}
	if st, ok := src.(*py.Type); ok && st.GetAttrOrNil("__bytes__") != nil {
		return next(t, args, kwargs)
	}
	items, err := iterproto.Collect(src)
	if err != nil {
		return nil, err
	}
	if len(args) > 0 {
		args = append(py.Tuple{py.Tuple(items)}, args[1:]...)
	} else {
		kwargs = kwargs.Copy()
		kwargs["source"] = py.Tuple(items)
	}
	return next(t, args, kwargs)
}

// bind finds the receiver of a method called either bound (self is the
// receiver) or through the type (gpython passes the module as self and
// the receiver first in args).
func bind[T py.Object](self py.Object, args py.Tuple, qualname string) (T, py.Tuple, error) {
	if r, ok := self.(T); ok {
		return r, args, nil
	}
	var zero T
	if len(args) == 0 {
		return zero, nil, pyerr.Newf(py.TypeError, "unbound method %s() needs an argument", qualname)
	}
	r, ok := args[0].(T)
	if !ok {
		owner, method, _ := strings.Cut(qualname, ".")
		return zero, nil, pyerr.Newf(py.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", method, owner, args[0].Type().Name)
	}
	return r, args[1:], nil
}

func listExtend(self py.Object, args py.Tuple) (py.Object, error) {
	l, args, err := bind[*py.List](self, args, "list.extend")
	if err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, pyerr.Newf(py.TypeError, "list.extend() takes exactly one argument (%d given)", len(args))
	}
	items, err := iterproto.Collect(args[0])
	if err != nil {
		return nil, err
	}
	l.Items = append(l.Items, items...)
	return py.None, nil
}

func strJoin(self py.Object, args py.Tuple) (py.Object, error) {
	sep, args, err := bind[py.String](self, args, "str.join")
	if err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, pyerr.Newf(py.TypeError, "str.join() takes exactly one argument (%d given)", len(args))
	}
	if _, err := iterproto.Iter(args[0]); err != nil {
		if pyerr.Matches(err, py.TypeError) {
			return nil, pyerr.Newf(py.TypeError, "can only join an iterable")
		}
		return nil, err
	}
	items, err := iterproto.Collect(args[0])
	if err != nil {
		return nil, err
	}
	parts := make([]string, len(items))
	for i, item := range items {
		s, ok := object.Unwrap(item).(py.String)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "sequence item %d: expected str instance, %s found", i, pyobj.TypeOf(item).Name)
		}
		parts[i] = string(s)
	}
	return py.String(strings.Join(parts, string(sep))), nil
}

const iterDoc = `iter(iterable) -> iterator
iter(callable, sentinel) -> iterator

Get an iterator from an object.  In the first form, the argument must
supply its own iterator, or be a sequence.
In the second form, the callable is called until it returns the sentinel.`

func builtinIter(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) != 0 {
		return nil, pyerr.Newf(py.TypeError, "iter() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return nil, pyerr.Newf(py.TypeError, "iter expected at least 1 argument, got 0")
	case 1:
		return iterproto.Iter(args[0])
	case 2:
		if _, ok := args[0].(py.I__call__); !ok {
			return nil, pyerr.Newf(py.TypeError, "iter(v, w): v must be callable")
		}
		return iterproto.CallIter(args[0], args[1]), nil
	}
	return nil, pyerr.Newf(py.TypeError, "iter expected at most 2 arguments, got %d", len(args))
}

const nextDoc = `next(iterator[, default])

Return the next item from the iterator. If default is given and the iterator
is exhausted, it is returned instead of raising StopIteration.`

func builtinNext(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) != 0 {
		return nil, pyerr.Newf(py.TypeError, "next() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return nil, pyerr.Newf(py.TypeError, "next expected at least 1 argument, got 0")
	case 1, 2:
	default:
		return nil, pyerr.Newf(py.TypeError, "next expected at most 2 arguments, got %d", len(args))
	}
	it := args[0]
	if _, ok := it.(py.I__next__); !ok {
		if t, ok := it.(*py.Type); !ok || t.GetAttrOrNil("__next__") == nil {
			return nil, pyerr.Newf(py.TypeError, "'%s' object is not an iterator", it.Type().Name)
		}
	}
	v, err := py.Next(it)
	if err == nil {
		return v, nil
	}
	// The iterator's own StopIteration propagates untouched when there is
	// no default, so its value and traceback survive.
	if len(args) == 2 && pyerr.Matches(err, py.StopIteration) {
		return args[1], nil
	}
	return nil, pyerr.Info(err)
}
