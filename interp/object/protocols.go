package object

import (
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
)

func (i *Instance) M__lt__(other py.Object) (py.Object, error) { return i.binary("__lt__", other) }
func (i *Instance) M__le__(other py.Object) (py.Object, error) { return i.binary("__le__", other) }
func (i *Instance) M__gt__(other py.Object) (py.Object, error) { return i.binary("__gt__", other) }
func (i *Instance) M__ge__(other py.Object) (py.Object, error) { return i.binary("__ge__", other) }
func (i *Instance) M__eq__(other py.Object) (py.Object, error) { return i.binary("__eq__", other) }

// M__ne__ is the class's __ne__, else, as object.__ne__ does, the
// negation of its __eq__.
func (i *Instance) M__ne__(other py.Object) (py.Object, error) {
	if r, ok, err := i.special("__ne__", other); ok {
		return r, err
	}
	r, ok, err := i.special("__eq__", other)
	if !ok || err != nil || r == py.NotImplemented {
		if !ok {
			r = py.NotImplemented
		}
		return r, err
	}
	b, err := py.MakeBool(r)
	if err != nil {
		return nil, err
	}
	return py.NewBool(b != py.True), nil
}

// M__hash__ is hash(i): the class's __hash__, or the identity hash when
// the class inherits object's.
func (i *Instance) M__hash__() (py.Object, error) {
	fn := i.lookup("__hash__")
	if fn == py.None {
		return nil, pyerr.Newf(py.TypeError, "unhashable type: '%s'", i.Class.Name)
	}
	if fn == nil && i.Base != nil {
		return baseDunder(i, "__hash__", nil)
	}
	if fn == nil {
		return py.Int(ID(i) >> 4), nil
	}
	r, err := callWith(fn, i, nil, nil)
	if err != nil {
		return nil, err
	}
	switch r.(type) {
	case py.Int, *py.BigInt, py.Bool:
		return r, nil
	}
	return nil, pyerr.Newf(py.TypeError, "__hash__ method should return an integer")
}

// M__bool__ is bool(i): the class's __bool__, else whether its __len__
// is non-zero, else true.
func (i *Instance) M__bool__() (py.Object, error) {
	if i.lookup("__bool__") != nil {
		r, _, err := i.special("__bool__")
		if err != nil {
			return nil, err
		}
		if _, isBool := r.(py.Bool); !isBool {
			return nil, pyerr.Newf(py.TypeError, "__bool__ should return bool, returned %s", r.Type().Name)
		}
		return r, nil
	}
	if i.lookup("__len__") != nil {
		n, err := i.M__len__()
		if err != nil {
			return nil, err
		}
		return py.NewBool(n.(py.Int) != 0), nil
	}
	if i.Base != nil {
		return baseDunder(i, "__bool__", nil)
	}
	return py.True, nil
}

// M__len__ is len(i).
func (i *Instance) M__len__() (py.Object, error) {
	r, ok, err := i.special("__len__")
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "object of type '%s' has no len()", i.Class.Name)
	}
	if err != nil {
		return nil, err
	}
	var n py.Int
	switch x := r.(type) {
	case py.Int:
		n = x
	case py.Bool:
		if x {
			n = 1
		}
	case *py.BigInt:
		if (*big.Int)(x).Sign() < 0 {
			return nil, pyerr.Newf(py.ValueError, "__len__() should return >= 0")
		}
		return nil, pyerr.Newf(py.OverflowError, "cannot fit 'int' into an index-sized integer")
	default:
		return nil, pyerr.Newf(py.TypeError, "'%s' object cannot be interpreted as an integer", r.Type().Name)
	}
	if n < 0 {
		return nil, pyerr.Newf(py.ValueError, "__len__() should return >= 0")
	}
	return n, nil
}

// M__contains__ is `item in i`: the class's __contains__, else a search
// of its iteration.
func (i *Instance) M__contains__(item py.Object) (py.Object, error) {
	if r, ok, err := i.special("__contains__", item); ok {
		if err != nil {
			return nil, err
		}
		b, err := py.MakeBool(r)
		return b, err
	}
	if i.lookup("__iter__") == nil && i.lookup("__getitem__") == nil {
		return nil, pyerr.Newf(py.TypeError, "argument of type '%s' is not iterable", i.Class.Name)
	}
	it, err := i.M__iter__()
	if err != nil {
		return nil, err
	}
	for {
		v, err := py.Next(it)
		if err != nil {
			if pyerr.Matches(err, py.StopIteration) {
				return py.False, nil
			}
			return nil, err
		}
		if v == item {
			return py.True, nil
		}
		eq, err := py.Eq(v, item)
		if err != nil {
			return nil, err
		}
		if b, err := py.MakeBool(eq); err != nil || b == py.True {
			return b, err
		}
	}
}

// M__getitem__ is i[key].
func (i *Instance) M__getitem__(key py.Object) (py.Object, error) {
	r, ok, err := i.special("__getitem__", key)
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "'%s' object is not subscriptable", i.Class.Name)
	}
	return r, err
}

// M__setitem__ is i[key] = value.
func (i *Instance) M__setitem__(key, value py.Object) (py.Object, error) {
	r, ok, err := i.special("__setitem__", key, value)
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "'%s' object does not support item assignment", i.Class.Name)
	}
	return r, err
}

// M__delitem__ is del i[key].
func (i *Instance) M__delitem__(key py.Object) (py.Object, error) {
	r, ok, err := i.special("__delitem__", key)
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "'%s' object doesn't support item deletion", i.Class.Name)
	}
	return r, err
}

// M__call__ is i(*args, **kwargs).
func (i *Instance) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	fn := i.lookup("__call__")
	if fn == nil {
		return nil, pyerr.Newf(py.TypeError, "'%s' object is not callable", i.Class.Name)
	}
	return callWith(fn, i, args, kwargs)
}

// Callable reports whether i's class defines __call__.
func (i *Instance) Callable() bool { return i.lookup("__call__") != nil }

// M__iter__ is iter(i): the class's __iter__, else, for a class with
// __getitem__, an iterator over i[0], i[1]... up to IndexError.
func (i *Instance) M__iter__() (py.Object, error) {
	r, ok, err := i.special("__iter__")
	if ok {
		if err != nil {
			return nil, err
		}
		if !isIterator(r) {
			return nil, pyerr.Newf(py.TypeError, "iter() returned non-iterator of type '%s'", r.Type().Name)
		}
		return r, nil
	}
	if i.lookup("__getitem__") != nil {
		return py.NewIterator(i), nil
	}
	return nil, pyerr.Newf(py.TypeError, "'%s' object is not iterable", i.Class.Name)
}

func isIterator(o py.Object) bool {
	if x, ok := o.(*Instance); ok {
		return Lookup(x.Class, "__next__") != nil
	}
	_, ok := o.(py.I__next__)
	return ok
}

// M__next__ is next(i).
func (i *Instance) M__next__() (py.Object, error) {
	r, ok, err := i.special("__next__")
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "'%s' object is not an iterator", i.Class.Name)
	}
	return r, err
}

// M__repr__ is repr(i).
func (i *Instance) M__repr__() (py.Object, error) {
	r, ok, err := i.special("__repr__")
	if !ok {
		return py.String(i.DefaultRepr()), nil
	}
	return text(r, err, "__repr__")
}

// M__str__ is str(i): the class's __str__, else its repr.
func (i *Instance) M__str__() (py.Object, error) {
	if i.Base != nil && !i.Overrides("__str__") {
		switch i.Base.(type) {
		case py.String, py.Bytes:
			// str and bytes have their own __str__; the other builtin
			// types use object's, which is repr(self).
			return baseDunder(i, "__str__", nil)
		}
		if !i.Overrides("__repr__") {
			return baseDunder(i, "__str__", nil)
		}
		r, _, err := i.special("__repr__")
		return text(r, err, "__str__")
	}
	r, ok, err := i.special("__str__")
	if !ok {
		// object.__str__ calls the class's __repr__ and the result is
		// checked as __str__'s.
		if r, ok, err = i.special("__repr__"); !ok {
			return py.String(i.DefaultRepr()), nil
		}
	}
	return text(r, err, "__str__")
}

func text(r py.Object, err error, name string) (py.Object, error) {
	if err != nil {
		return nil, err
	}
	if _, ok := r.(py.String); !ok {
		return nil, pyerr.Newf(py.TypeError, "%s returned non-string (type %s)", name, r.Type().Name)
	}
	return r, nil
}

// M__format__ is format(i, spec): the class's __format__, else str(i)
// for an empty spec.
func (i *Instance) M__format__(spec py.Object) (py.Object, error) {
	if i.Base != nil && !i.Overrides("__format__") {
		if s, ok := spec.(py.String); ok && s == "" {
			return i.M__str__()
		}
	}
	r, ok, err := i.special("__format__", spec)
	if ok {
		if err != nil {
			return nil, err
		}
		if _, ok := r.(py.String); !ok {
			return nil, pyerr.Newf(py.TypeError, "__format__ must return a str, not %s", r.Type().Name)
		}
		return r, nil
	}
	if s, ok := spec.(py.String); ok && s != "" {
		return nil, pyerr.Newf(py.TypeError, "unsupported format string passed to %s.__format__", i.Class.Name)
	}
	return i.M__str__()
}

func (i *Instance) unary(name, desc string) (py.Object, error) {
	r, ok, err := i.special(name)
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "bad operand type for %s: '%s'", desc, i.Class.Name)
	}
	return r, err
}

func (i *Instance) M__neg__() (py.Object, error)    { return i.unary("__neg__", "unary -") }
func (i *Instance) M__pos__() (py.Object, error)    { return i.unary("__pos__", "unary +") }
func (i *Instance) M__invert__() (py.Object, error) { return i.unary("__invert__", "unary ~") }
func (i *Instance) M__abs__() (py.Object, error)    { return i.unary("__abs__", "abs()") }

// M__index__ is operator.index(i).
func (i *Instance) M__index__() (py.Int, error) {
	r, ok, err := i.special("__index__")
	if !ok {
		return 0, pyerr.Newf(py.TypeError, "'%s' object cannot be interpreted as an integer", i.Class.Name)
	}
	if err != nil {
		return 0, err
	}
	n, isInt := r.(py.Int)
	if !isInt {
		return 0, pyerr.Newf(py.TypeError, "__index__ returned non-int (type %s)", r.Type().Name)
	}
	return n, nil
}

// M__int__ is int(i): the class's __int__, else its __index__.
func (i *Instance) M__int__() (py.Object, error) {
	if i.Base != nil && !i.Overrides("__int__") {
		if _, ok := i.Base.(py.I__int__); !ok {
			return py.IntType.New(py.IntType, py.Tuple{i.Base}, nil)
		}
	}
	if r, ok, err := i.special("__int__"); ok {
		if err != nil {
			return nil, err
		}
		switch r.(type) {
		case py.Int, *py.BigInt, py.Bool:
			return r, nil
		}
		return nil, pyerr.Newf(py.TypeError, "__int__ returned non-int (type %s)", r.Type().Name)
	}
	if i.lookup("__index__") != nil {
		return i.M__index__()
	}
	return nil, pyerr.Newf(py.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", i.Class.Name)
}

// M__float__ is float(i): the class's __float__, else its __index__.
func (i *Instance) M__float__() (py.Object, error) {
	if i.Base != nil && !i.Overrides("__float__") {
		if _, ok := i.Base.(py.I__float__); !ok {
			return py.FloatType.New(py.FloatType, py.Tuple{i.Base}, nil)
		}
	}
	if r, ok, err := i.special("__float__"); ok {
		if err != nil {
			return nil, err
		}
		if _, isFloat := r.(py.Float); !isFloat {
			return nil, pyerr.Newf(py.TypeError, "%s.__float__ returned non-float (type %s)", i.Class.Name, r.Type().Name)
		}
		return r, nil
	}
	if i.lookup("__index__") != nil {
		n, err := i.M__index__()
		if err != nil {
			return nil, err
		}
		return py.Float(n), nil
	}
	return nil, pyerr.Newf(py.TypeError, "float() argument must be a string or a real number, not '%s'", i.Class.Name)
}

// M__round__ is round(i) or round(i, n); n is nil or None for the first.
func (i *Instance) M__round__(n py.Object) (py.Object, error) {
	if i.Base != nil && !i.Overrides("__round__") && baseHas(i.Base, "__round__") {
		if n == nil {
			n = py.None
		}
		return baseDunder(i, "__round__", py.Tuple{n})
	}
	var args []py.Object
	if n != nil && n != py.None {
		args = append(args, n)
	}
	r, ok, err := i.special("__round__", args...)
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "type %s doesn't define __round__ method", i.Class.Name)
	}
	return r, err
}
