package eventloop

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// repr is repr(o) that never fails nor panics: reporting an error must
// not raise another.
func repr(o py.Object) (s string) {
	if o == nil {
		return "None"
	}
	if e, ok := o.(*py.Exception); ok {
		return exceptionRepr(e)
	}
	defer func() {
		if recover() != nil {
			s = fmt.Sprintf("<%s object>", pyobj.TypeOf(o).Name)
		}
	}()
	r, err := py.ReprAsString(o)
	if err != nil {
		return fmt.Sprintf("<%s object>", pyobj.TypeOf(o).Name)
	}
	return r
}

// str is str(o) with the same guarantees as repr.
func str(o py.Object) (s string) {
	if e, ok := o.(*py.Exception); ok {
		return exceptionStr(e)
	}
	defer func() {
		if recover() != nil {
			s = repr(o)
		}
	}()
	r, err := py.StrAsString(o)
	if err != nil {
		return repr(o)
	}
	return r
}

// exceptionRepr is CPython's repr of an exception: Type(args...).
func exceptionRepr(e *py.Exception) string {
	args, _ := e.Args.(py.Tuple)
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = repr(a)
	}
	return e.Base.Name + "(" + strings.Join(parts, ", ") + ")"
}

// exceptionStr is CPython's str of an exception.
func exceptionStr(e *py.Exception) string {
	args, _ := e.Args.(py.Tuple)
	switch len(args) {
	case 0:
		return ""
	case 1:
		if pyerr.Matches(e, py.KeyError) {
			return repr(args[0])
		}
		return str(args[0])
	}
	return repr(args)
}

// getAttrSafe is py.GetAttrString turning a panic into an error.
func getAttrSafe(o py.Object, name string) (v py.Object, err error) {
	defer func() {
		if p := recover(); p != nil {
			v, err = nil, pyerr.Newf(py.SystemError, "%v", p)
		}
	}()
	return py.GetAttrString(o, name)
}

// formatTraceback renders err as CPython prints an uncaught exception,
// without source lines (the loop cannot see the context's sources) and
// without the chained exceptions.
func formatTraceback(err error) string {
	info := pyerr.Info(err)
	var b strings.Builder
	if info.Traceback != nil {
		b.WriteString("Traceback (most recent call last):\n")
		for tb := info.Traceback; tb != nil; tb = tb.Next {
			name, file := "?", "?"
			if tb.Frame != nil && tb.Frame.Code != nil {
				name, file = tb.Frame.Code.Name, tb.Frame.Code.Filename
			}
			fmt.Fprintf(&b, "  File \"%s\", line %d, in %s\n", file, tb.Lineno, name)
		}
	}
	e := pyerr.Exception(info)
	b.WriteString(typeName(e.Base))
	if msg := exceptionStr(e); msg != "" {
		b.WriteString(": ")
		b.WriteString(msg)
	}
	b.WriteByte('\n')
	return b.String()
}

// typeName qualifies a class by its module unless it is a builtin or
// lives in __main__, as CPython's traceback module does.
func typeName(t *py.Type) string {
	if mod, ok := t.Dict["__module__"].(py.String); ok && mod != "builtins" && mod != "__main__" {
		return string(mod) + "." + t.Name
	}
	return t.Name
}
