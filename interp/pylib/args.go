package pylib

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/object"
	"github.com/gpyasync/gpyasync/pyerr"
)

// Argument helpers shared by the method tables: they give CPython's
// messages for the argument shapes of its C methods.

// noArgs checks a method that takes no arguments, such as str.upper().
func noArgs(qualname string, args py.Tuple) error {
	if len(args) != 0 {
		return pyerr.Newf(py.TypeError, "%s() takes no arguments (%d given)", qualname, len(args))
	}
	return nil
}

// oneArg checks a method that takes exactly one positional argument.
func oneArg(qualname string, args py.Tuple) error {
	if len(args) != 1 {
		return pyerr.Newf(py.TypeError, "%s() takes exactly one argument (%d given)", qualname, len(args))
	}
	return nil
}

// arity checks the positional count of an argument-clinic method:
// "center expected at least 1 argument, got 0".
func arity(name string, args py.Tuple, min, max int) error {
	if len(args) < min {
		if min == max {
			return pyerr.Newf(py.TypeError, "%s expected %d argument%s, got %d", name, min, plural(min), len(args))
		}
		return pyerr.Newf(py.TypeError, "%s expected at least %d argument%s, got %d", name, min, plural(min), len(args))
	}
	if len(args) > max {
		if min == max {
			return pyerr.Newf(py.TypeError, "%s expected %d argument%s, got %d", name, max, plural(max), len(args))
		}
		return pyerr.Newf(py.TypeError, "%s expected at most %d argument%s, got %d", name, max, plural(max), len(args))
	}
	return nil
}

// keywords merges positional and keyword arguments of a method whose
// parameters may be passed either way, in the order of names.
func keywords(fn string, args py.Tuple, kwargs py.StringDict, names ...string) ([]py.Object, error) {
	if n := len(args) + len(kwargs); n > len(names) {
		if len(args) == 0 {
			return nil, pyerr.Newf(py.TypeError, "%s() takes at most %d keyword argument%s (%d given)", fn, len(names), plural(len(names)), n)
		}
		return nil, pyerr.Newf(py.TypeError, "%s() takes at most %d argument%s (%d given)", fn, len(names), plural(len(names)), n)
	}
	out := make([]py.Object, len(names))
	copy(out, args)
	for k, v := range kwargs {
		i := indexOf(names, k)
		if i < 0 {
			return nil, pyerr.Newf(py.TypeError, "'%s' is an invalid keyword argument for %s()", k, fn)
		}
		if out[i] != nil {
			return nil, pyerr.Newf(py.TypeError, "argument for %s() given by name ('%s') and position (%d)", fn, k, i+1)
		}
		out[i] = v
	}
	return out, nil
}

func indexOf(names []string, s string) int {
	for i, n := range names {
		if n == s {
			return i
		}
	}
	return -1
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// noKeywords refuses keyword arguments for a method that takes none.
func noKeywords(qualname string, kwargs py.StringDict) error {
	if len(kwargs) != 0 {
		return pyerr.Newf(py.TypeError, "%s() takes no keyword arguments", qualname)
	}
	return nil
}

// bigOf converts an int-like object (int, bool, big int, anything with
// __index__) to a big.Int; ok is false when o is not int-like.
func bigOf(o py.Object) (*big.Int, bool, error) {
	if inst, ok := o.(*object.Instance); ok {
		if v := object.Unwrap(inst); v != o {
			return bigOf(v)
		}
		if object.Lookup(inst.Class, "__index__") == nil {
			return nil, false, nil
		}
	}
	switch v := o.(type) {
	case py.Int:
		return big.NewInt(int64(v)), true, nil
	case py.Bool:
		if v {
			return big.NewInt(1), true, nil
		}
		return big.NewInt(0), true, nil
	case *py.BigInt:
		return (*big.Int)(v), true, nil
	case py.I__index__:
		n, err := v.M__index__()
		if err != nil {
			return nil, true, pyerr.Info(err)
		}
		return big.NewInt(int64(n)), true, nil
	}
	return nil, false, nil
}

// intArg converts an integer argument, with CPython's message for
// anything else.
func intArg(o py.Object) (int, error) {
	b, ok, err := bigOf(o)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, pyerr.Newf(py.TypeError, "'%s' object cannot be interpreted as an integer", o.Type().Name)
	}
	if !b.IsInt64() || b.Int64() > math.MaxInt32*1024 || b.Int64() < -math.MaxInt32*1024 {
		return 0, pyerr.Newf(py.OverflowError, "Python int too large to convert to C ssize_t")
	}
	return int(b.Int64()), nil
}

// sliceIndex converts a start or end argument: None means absent (def),
// and out-of-range integers saturate as in CPython.
func sliceIndex(o py.Object, def int, msg string) (int, error) {
	if o == nil || o == py.None {
		return def, nil
	}
	b, ok, err := bigOf(o)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, pyerr.Newf(py.TypeError, "%s", msg)
	}
	switch {
	case b.IsInt64() && b.Int64() < math.MaxInt32 && b.Int64() > math.MinInt32:
		return int(b.Int64()), nil
	case b.Sign() < 0:
		return math.MinInt32, nil
	}
	return math.MaxInt32, nil
}

const sliceIndexMsg = "slice indices must be integers or None or have an __index__ method"

// bounds clips [start, end) to a sequence of length n the way slicing
// does; start may stay past n, where nothing matches.
func bounds(start, end, n int) (int, int) {
	if end > n {
		end = n
	} else if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	return start, end
}

// startEnd reads the optional start and end arguments at args[i:].
func startEnd(args py.Tuple, i, n int) (int, int, error) {
	start, end := 0, n
	var err error
	if len(args) > i {
		if start, err = sliceIndex(args[i], 0, sliceIndexMsg); err != nil {
			return 0, 0, err
		}
	}
	if len(args) > i+1 {
		if end, err = sliceIndex(args[i+1], n, sliceIndexMsg); err != nil {
			return 0, 0, err
		}
	}
	s, e := bounds(start, end, n)
	return s, e, nil
}

// bigResult gives a big.Int as a Python int, small when it fits.
func bigResult(b *big.Int) py.Object {
	if b.IsInt64() {
		return py.Int(b.Int64())
	}
	return (*py.BigInt)(new(big.Int).Set(b))
}
