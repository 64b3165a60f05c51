package pylib

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// list's and tuple's method tables, completed as in CPython 3.11.

func installList() {
	d := py.ListType.Dict
	add := func(name, doc string, fn func(l *py.List, args py.Tuple) (py.Object, error)) {
		qual := "list." + name
		d[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			l, args, err := bind[*py.List](self, args, qual)
			if err != nil {
				return nil, err
			}
			return fn(l, args)
		}, 0, doc)
	}
	add("insert", "Insert object before index.", listInsert)
	add("pop", "Remove and return item at index (default last).", listPop)
	add("remove", "Remove first occurrence of value.", listRemove)
	add("index", "Return first index of value.", func(l *py.List, args py.Tuple) (py.Object, error) {
		return seqIndex(l.Items, args, "list")
	})
	add("count", "Return number of occurrences of value.", func(l *py.List, args py.Tuple) (py.Object, error) {
		return seqCount(l.Items, args, "list")
	})
	add("reverse", "Reverse *IN PLACE*.", func(l *py.List, args py.Tuple) (py.Object, error) {
		if err := noArgs("list.reverse", args); err != nil {
			return nil, err
		}
		for i, j := 0, len(l.Items)-1; i < j; i, j = i+1, j-1 {
			l.Items[i], l.Items[j] = l.Items[j], l.Items[i]
		}
		return py.None, nil
	})
	add("copy", "Return a shallow copy of the list.", func(l *py.List, args py.Tuple) (py.Object, error) {
		if err := noArgs("list.copy", args); err != nil {
			return nil, err
		}
		return &py.List{Items: append([]py.Object{}, l.Items...)}, nil
	})
	add("clear", "Remove all items from list.", func(l *py.List, args py.Tuple) (py.Object, error) {
		if err := noArgs("list.clear", args); err != nil {
			return nil, err
		}
		l.Items = l.Items[:0:0]
		return py.None, nil
	})
	add("__reversed__", "Return a reverse iterator over the list.", func(l *py.List, args py.Tuple) (py.Object, error) {
		if err := noArgs("list.__reversed__", args); err != nil {
			return nil, err
		}
		return newReversed(func() int { return len(l.Items) }, func(i int) (py.Object, error) { return l.Items[i], nil }, "list_reverseiterator"), nil
	})

	t := py.TupleType.Dict
	t["index"] = py.MustNewMethod("index", func(self py.Object, args py.Tuple) (py.Object, error) {
		tu, args, err := bind[py.Tuple](self, args, "tuple.index")
		if err != nil {
			return nil, err
		}
		return seqIndex(tu, args, "tuple")
	}, 0, "Return first index of value.")
	t["count"] = py.MustNewMethod("count", func(self py.Object, args py.Tuple) (py.Object, error) {
		tu, args, err := bind[py.Tuple](self, args, "tuple.count")
		if err != nil {
			return nil, err
		}
		return seqCount(tu, args, "tuple")
	}, 0, "Return number of occurrences of value.")
}

// equal is the == of list searches: identity first, then __eq__.
func equal(a, b py.Object) (bool, error) {
	if pyobj.Is(a, b) {
		return true, nil
	}
	r, err := pyobj.Compare(a, b, pyobj.Eq)
	if err != nil {
		return false, err
	}
	return pyobj.Truth(r)
}

func listInsert(l *py.List, args py.Tuple) (py.Object, error) {
	if err := arity("insert", args, 2, 2); err != nil {
		return nil, err
	}
	i, err := intArg(args[0])
	if err != nil {
		return nil, err
	}
	n := len(l.Items)
	if i < 0 {
		i = max(i+n, 0)
	}
	i = min(i, n)
	l.Items = append(l.Items, nil)
	copy(l.Items[i+1:], l.Items[i:])
	l.Items[i] = args[1]
	return py.None, nil
}

func listPop(l *py.List, args py.Tuple) (py.Object, error) {
	if err := arity("pop", args, 0, 1); err != nil {
		return nil, err
	}
	i := -1
	if len(args) == 1 {
		var err error
		if i, err = intArg(args[0]); err != nil {
			return nil, err
		}
	}
	n := len(l.Items)
	if n == 0 {
		return nil, pyerr.Newf(py.IndexError, "pop from empty list")
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, pyerr.Newf(py.IndexError, "pop index out of range")
	}
	v := l.Items[i]
	copy(l.Items[i:], l.Items[i+1:])
	l.Items[n-1] = nil
	l.Items = l.Items[:n-1]
	return v, nil
}

func listRemove(l *py.List, args py.Tuple) (py.Object, error) {
	if err := oneArg("list.remove", args); err != nil {
		return nil, err
	}
	for i := 0; i < len(l.Items); i++ {
		eq, err := equal(l.Items[i], args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			n := len(l.Items)
			copy(l.Items[i:], l.Items[i+1:])
			l.Items[n-1] = nil
			l.Items = l.Items[:n-1]
			return py.None, nil
		}
	}
	return nil, pyerr.Newf(py.ValueError, "list.remove(x): x not in list")
}

// seqIndex is list.index and tuple.index (value, start=0, stop=maxsize).
func seqIndex(items []py.Object, args py.Tuple, kind string) (py.Object, error) {
	if err := arity("index", args, 1, 3); err != nil {
		return nil, err
	}
	const msg = "slice indices must be integers or have an __index__ method"
	start, end := 0, len(items)
	var err error
	if len(args) > 1 {
		if start, err = sliceIndex(args[1], 0, msg); err != nil {
			return nil, err
		}
	}
	if len(args) > 2 {
		if end, err = sliceIndex(args[2], len(items), msg); err != nil {
			return nil, err
		}
	}
	start, end = bounds(start, end, len(items))
	// The length is re-read each step: __eq__ may shrink the sequence.
	for i := start; i < end && i < len(items); i++ {
		eq, err := equal(items[i], args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			return py.Int(i), nil
		}
	}
	if kind == "tuple" {
		return nil, pyerr.Newf(py.ValueError, "tuple.index(x): x not in tuple")
	}
	r, err := reprOf(args[0])
	if err != nil {
		return nil, err
	}
	return nil, pyerr.Newf(py.ValueError, "%s is not in list", r)
}

func seqCount(items []py.Object, args py.Tuple, kind string) (py.Object, error) {
	if err := oneArg(kind+".count", args); err != nil {
		return nil, err
	}
	n := 0
	for i := 0; i < len(items); i++ {
		eq, err := equal(items[i], args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return py.Int(n), nil
}

// reprOf is repr() through the installed builtin, so that it is
// CPython's repr (package pytext replaces the builtin).
func reprOf(o py.Object) (string, error) {
	r, err := py.Repr(o)
	if err != nil {
		return "", pyerr.Info(err)
	}
	s, _ := r.(py.String)
	return string(s), nil
}
