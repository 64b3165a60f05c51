package pylib

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// slice.indices, range's methods and attributes, and enumerate(start=).

func installSeqTypes() {
	py.SliceType.Dict["indices"] = py.MustNewMethod("indices", sliceIndices, 0, "S.indices(len) -> (start, stop, stride)")
	r := py.RangeType.Dict
	r["index"] = py.MustNewMethod("index", func(self py.Object, args py.Tuple) (py.Object, error) {
		rg, args, err := bind[*py.Range](self, args, "range.index")
		if err != nil {
			return nil, err
		}
		if err := oneArg("range.index", args); err != nil {
			return nil, err
		}
		if i, ok := rangeFind(rg, args[0]); ok {
			return py.Int(i), nil
		}
		s, err := reprOf(args[0])
		if err != nil {
			return nil, err
		}
		return nil, pyerr.Newf(py.ValueError, "%s is not in range", s)
	}, 0, "Return index of value.")
	r["count"] = py.MustNewMethod("count", func(self py.Object, args py.Tuple) (py.Object, error) {
		rg, args, err := bind[*py.Range](self, args, "range.count")
		if err != nil {
			return nil, err
		}
		if err := oneArg("range.count", args); err != nil {
			return nil, err
		}
		if _, ok := rangeFind(rg, args[0]); ok {
			return py.Int(1), nil
		}
		return py.Int(0), nil
	}, 0, "Return number of occurrences of value.")
	r["__reversed__"] = py.MustNewMethod("__reversed__", func(self py.Object, args py.Tuple) (py.Object, error) {
		rg, _, err := bind[*py.Range](self, args, "range.__reversed__")
		if err != nil {
			return nil, err
		}
		return reversedRange(rg), nil
	}, 0, "Return a reverse iterator.")
	for name, get := range map[string]func(*py.Range) py.Object{
		"start": func(rg *py.Range) py.Object { return rg.Start },
		"stop":  func(rg *py.Range) py.Object { return rg.Stop },
		"step":  func(rg *py.Range) py.Object { return rg.Step },
	} {
		r[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			rg, ok := self.(*py.Range)
			if !ok {
				return nil, pyerr.Newf(py.TypeError, "descriptor '%s' for 'range' objects doesn't apply to a '%s' object", name, self.Type().Name)
			}
			return get(rg), nil
		}}
	}
	filterNew := py.FilterType.New
	py.FilterType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) != 0 {
			return nil, pyerr.Newf(py.TypeError, "filter() takes no keyword arguments")
		}
		if err := arity("filter", args, 2, 2); err != nil {
			return nil, err
		}
		return filterNew(t, args, kwargs)
	}
	rangeNew := py.RangeType.New
	py.RangeType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) != 0 {
			return nil, pyerr.Newf(py.TypeError, "range() takes no keyword arguments")
		}
		if err := arity("range", args, 1, 3); err != nil {
			return nil, err
		}
		ints := make(py.Tuple, len(args))
		for i, a := range args {
			n, ok, err := bigOf(a)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, pyerr.Newf(py.TypeError, "'%s' object cannot be interpreted as an integer", pyobj.TypeOf(a).Name)
			}
			if !n.IsInt64() {
				return nil, pyerr.Newf(py.OverflowError, "Python int too large to convert to C ssize_t")
			}
			ints[i] = py.Int(n.Int64())
		}
		if len(ints) == 3 && ints[2] == py.Int(0) {
			return nil, pyerr.Newf(py.ValueError, "range() arg 3 must not be zero")
		}
		return rangeNew(t, ints, nil)
	}
	next := py.EnumerateType.New
	py.EnumerateType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := keywords("enumerate", args, kwargs, "iterable", "start")
		if err != nil {
			return nil, err
		}
		if a[0] == nil {
			return nil, pyerr.Newf(py.TypeError, "enumerate() missing required argument 'iterable'")
		}
		if a[1] == nil {
			return next(t, py.Tuple{a[0]}, nil)
		}
		return next(t, py.Tuple{a[0], a[1]}, nil)
	}
}

// rangeFind returns the index of an int v in rg; other values are
// found by equality in CPython, which for ranges means equal ints.
func rangeFind(rg *py.Range, v py.Object) (int, bool) {
	var n py.Int
	switch x := v.(type) {
	case py.Int:
		n = x
	case py.Bool:
		if x {
			n = 1
		}
	case py.Float:
		if float64(py.Int(x)) != float64(x) {
			return 0, false
		}
		n = py.Int(x)
	default:
		return 0, false
	}
	length := computeRangeLen(rg)
	if length == 0 || (n-rg.Start)%rg.Step != 0 {
		return 0, false
	}
	i := (n - rg.Start) / rg.Step
	if i < 0 || i >= length {
		return 0, false
	}
	return int(i), true
}

func sliceIndices(self py.Object, args py.Tuple) (py.Object, error) {
	s, args, err := bind[*py.Slice](self, args, "slice.indices")
	if err != nil {
		return nil, err
	}
	if err := oneArg("slice.indices", args); err != nil {
		return nil, err
	}
	n, err := intArg(args[0])
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, pyerr.Newf(py.ValueError, "length should not be negative")
	}
	if s.Step != nil && s.Step != py.None {
		if st, err := intArg(s.Step); err == nil && st == 0 {
			return nil, pyerr.Newf(py.ValueError, "slice step cannot be zero")
		}
	}
	start, stop, step, _, err := s.GetIndices(n)
	if err != nil {
		return nil, pyerr.Info(err)
	}
	return py.Tuple{py.Int(start), py.Int(stop), py.Int(step)}, nil
}
