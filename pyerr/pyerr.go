// Package pyerr turns the several shapes in which gpython reports a Python
// exception into one: py.ExceptionInfo, whose Value is always an exception
// instance (*py.Exception) and whose Traceback is the instance's traceback.
//
// gpython's builtins return a *py.Exception, a py.ExceptionInfo or, for the
// cheapest signals such as the end of an iteration, the exception class itself
// (a *py.Type). Any other Go error is a bug in Go code; it becomes a
// SystemError carrying the Go message so that no error is ever lost.
//
// Every error gpyasync hands to Go callers is a py.ExceptionInfo, so
//
//	var exc py.ExceptionInfo
//	if errors.As(err, &exc) { ... exc.Type, exc.Value ... }
//
// works everywhere. This package does not print tracebacks; that is the
// interpreter's job.
package pyerr

import (
	"errors"

	"github.com/go-python/gpython/py"
)

// Info normalizes err. It returns the zero ExceptionInfo for a nil err.
func Info(err error) py.ExceptionInfo {
	if err == nil {
		return py.ExceptionInfo{}
	}
	switch e := err.(type) {
	case py.ExceptionInfo:
		return normalizeInfo(e)
	case *py.ExceptionInfo:
		return normalizeInfo(*e)
	case *py.Exception:
		return fromException(e)
	case *py.Type:
		return fromException(py.MakeException(e))
	}
	var info py.ExceptionInfo
	if errors.As(err, &info) {
		return normalizeInfo(info)
	}
	var exc *py.Exception
	if errors.As(err, &exc) {
		return fromException(exc)
	}
	return fromException(py.ExceptionNewf(py.SystemError, "%s", err.Error()))
}

// Exception returns the exception instance err carries.
func Exception(err error) *py.Exception {
	if e, ok := err.(*py.Exception); ok {
		return e
	}
	return Info(err).Value.(*py.Exception)
}

// Matches reports whether err is an exception of class t or a subclass of it.
func Matches(err error, t *py.Type) bool {
	if err == nil {
		return false
	}
	var et *py.Type
	switch e := err.(type) {
	case *py.Exception:
		et = e.Base
	case *py.Type:
		et = e
	case py.ExceptionInfo:
		et = e.Type
	default:
		et = Info(err).Type
	}
	return et == t || et.IsSubtype(t)
}

// New makes an exception instance of class t with the given args and wraps
// it as an error.
func New(t *py.Type, args ...py.Object) py.ExceptionInfo {
	return fromException(&py.Exception{Base: t, Args: py.Tuple(args), Dict: py.StringDict{}})
}

// Newf makes an exception of class t whose single argument is the formatted
// message.
func Newf(t *py.Type, format string, a ...any) py.ExceptionInfo {
	return fromException(py.ExceptionNewf(t, format, a...))
}

func fromException(e *py.Exception) py.ExceptionInfo {
	tb, _ := e.Traceback.(*py.Traceback)
	return py.ExceptionInfo{Type: e.Base, Value: e, Traceback: tb}
}

func normalizeInfo(info py.ExceptionInfo) py.ExceptionInfo {
	switch v := info.Value.(type) {
	case *py.Exception:
		if info.Type == nil {
			info.Type = v.Base
		}
		if info.Traceback == nil {
			info.Traceback, _ = v.Traceback.(*py.Traceback)
		}
		return info
	case *py.Type:
		e := py.MakeException(v)
		return py.ExceptionInfo{Type: e.Base, Value: e, Traceback: info.Traceback}
	case nil:
		t := info.Type
		if t == nil {
			t = py.SystemError
		}
		e := py.MakeException(t)
		return py.ExceptionInfo{Type: e.Base, Value: e, Traceback: info.Traceback}
	}
	return fromException(py.ExceptionNewf(py.TypeError, "exceptions must derive from BaseException"))
}
