package pylib

import (
	"fmt"
	"path"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
)

// syntaxDetails are the attributes SyntaxError(msg, details) takes from
// its details tuple, in order.
var syntaxDetails = []string{"filename", "lineno", "offset", "text", "end_lineno", "end_offset"}

// installSyntaxErrors gives SyntaxError and its subclasses CPython's
// constructor from (msg, (filename, lineno, offset, text[, end_lineno,
// end_offset])), its str() with the location, and the end position
// attributes. Errors our parser raises carry no end position: those read
// None.
func installSyntaxErrors() {
	for _, t := range []*py.Type{py.SyntaxError, py.IndentationError, py.TabError} {
		prev := t.Init
		t.Init = func(self py.Object, args py.Tuple, kwargs py.StringDict) error {
			if prev != nil {
				if err := prev(self, args, kwargs); err != nil {
					return err
				}
			}
			return syntaxInit(self, args)
		}
		t.Dict["__str__"] = py.MustNewMethod("__str__", syntaxStr, 0, "Return str(self).")
	}
	for _, name := range []string{"end_lineno", "end_offset"} {
		name := name
		py.SyntaxError.Dict[name] = excProperty(func(e *py.Exception) py.Object {
			if v, ok := e.Dict[name]; ok {
				return v
			}
			return py.None
		}, func(e *py.Exception, v py.Object) error {
			e.Dict[name] = v
			return nil
		})
	}
}

func syntaxInit(self py.Object, args py.Tuple) error {
	e, ok := self.(*py.Exception)
	if !ok || len(args) < 1 {
		return nil
	}
	e.Dict["msg"] = args[0]
	if len(args) != 2 {
		return nil
	}
	details, ok := args[1].(py.Tuple)
	if !ok {
		return nil
	}
	if len(details) < 4 {
		return pyerr.Newf(py.TypeError, "function takes at least 4 arguments (%d given)", len(details))
	}
	if len(details) > 6 {
		return pyerr.Newf(py.TypeError, "function takes at most 6 arguments (%d given)", len(details))
	}
	for i, v := range details {
		e.Dict[syntaxDetails[i]] = v
	}
	return nil
}

func syntaxStr(self py.Object) (py.Object, error) {
	e, ok := self.(*py.Exception)
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "descriptor '__str__' requires a 'SyntaxError' object but received a '%s'", self.Type().Name)
	}
	s, err := SyntaxErrorStr(e)
	if err != nil {
		return nil, err
	}
	return py.String(s), nil
}

// IsSyntaxError reports whether e is a SyntaxError or a subclass's
// instance, whose str() SyntaxErrorStr makes.
func IsSyntaxError(e *py.Exception) bool {
	return e.Base == py.SyntaxError || e.Base.IsSubtype(py.SyntaxError)
}

// SyntaxErrorStr is CPython's SyntaxError.__str__: the message, then the
// base name of the file and the line when they are known.
func SyntaxErrorStr(e *py.Exception) (string, error) {
	var msg py.Object = py.None
	if v, ok := e.Dict["msg"]; ok {
		msg = v
	} else if args, ok := e.Args.(py.Tuple); ok && len(args) > 0 {
		msg = args[0]
	}
	s, err := py.Str(msg)
	if err != nil {
		return "", err
	}
	text := string(s.(py.String))
	file, hasFile := e.Dict["filename"].(py.String)
	line, hasLine := e.Dict["lineno"].(py.Int)
	base := string(file)
	if base != "" {
		base = path.Base(base)
	}
	switch {
	case hasFile && hasLine:
		text += fmt.Sprintf(" (%s, line %d)", base, line)
	case hasFile:
		text += " (" + base + ")"
	case hasLine:
		text += fmt.Sprintf(" (line %d)", line)
	}
	return text, nil
}
