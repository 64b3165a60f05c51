package pyobj

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
)

// ThrowArgs makes the exception that throw(typ[, val[, tb]]) raises, with
// CPython 3.11's TypeErrors for arguments that cannot be raised. A class is
// instantiated with val (a tuple gives the arguments, None none); an
// instance is used as it is and then may not come with a separate value.
func ThrowArgs(args py.Tuple) (py.ExceptionInfo, error) {
	if len(args) == 0 {
		return py.ExceptionInfo{}, pyerr.Newf(py.TypeError, "throw expected at least 1 argument, got 0")
	}
	if len(args) > 3 {
		return py.ExceptionInfo{}, pyerr.Newf(py.TypeError, "throw expected at most 3 arguments, got %d", len(args))
	}
	var tb *py.Traceback
	if len(args) == 3 {
		switch t := args[2].(type) {
		case py.NoneType:
		case *py.Traceback:
			tb = t
		default:
			return py.ExceptionInfo{}, pyerr.Newf(py.TypeError, "throw() third argument must be a traceback object")
		}
	}
	var val py.Object = py.None
	if len(args) > 1 {
		val = args[1]
	}
	var exc *py.Exception
	switch typ := args[0].(type) {
	case *py.Exception:
		if val != py.None {
			return py.ExceptionInfo{}, pyerr.Newf(py.TypeError, "instance exception may not have a separate value")
		}
		exc = typ
	default:
		if !py.ExceptionClassCheck(typ) {
			return py.ExceptionInfo{}, pyerr.Newf(py.TypeError, "exceptions must be classes or instances deriving from BaseException, not %s", TypeOf(typ).Name)
		}
		var err error
		if exc, err = Instantiate(typ.(*py.Type), val); err != nil {
			return py.ExceptionInfo{}, err
		}
	}
	if tb == nil {
		tb, _ = exc.Traceback.(*py.Traceback)
	}
	return py.ExceptionInfo{Type: exc.Base, Value: exc, Traceback: tb}, nil
}

// Instantiate makes the instance that raising exception class t with value
// val means: val itself if it is an instance of t already, else t(*val) for
// a tuple, t() for None, t(val) otherwise.
func Instantiate(t *py.Type, val py.Object) (*py.Exception, error) {
	var args py.Tuple
	switch v := val.(type) {
	case nil, py.NoneType:
	case *py.Exception:
		if v.Base == t || v.Base.IsSubtype(t) {
			return v, nil
		}
		args = py.Tuple{v}
	case py.Tuple:
		args = v
	default:
		args = py.Tuple{v}
	}
	res, err := py.Call(t, args, nil)
	if err != nil {
		return nil, pyerr.Info(err)
	}
	exc, ok := res.(*py.Exception)
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "calling %s should have returned an instance of BaseException, not %s", py.DebugRepr(t), TypeOf(res).Name)
	}
	return exc, nil
}
