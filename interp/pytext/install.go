package pytext

import (
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/pylib"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

var once sync.Once

// Install puts this package's text into the builtins: repr, str (the str
// type's constructor), ascii, format, print and round, and the methods
// str.format and str.format_map.
//
// Call it before the first py.Context is made: contexts copy the builtins
// module when they are created. It is idempotent and safe to call from
// several goroutines, but not concurrently with running Python code.
func Install() {
	once.Do(install)
}

func install() {
	// pylib's bytearray formats through this package, which imports pylib.
	pylib.ByteArrayFormat = BytesMod
	pylib.SafeRepr = SafeRepr
	for _, m := range []*py.Method{
		py.MustNewMethod("repr", builtinRepr, 0, "repr(obj, /)\n\nReturn the canonical string representation of the object."),
		py.MustNewMethod("ascii", builtinASCII, 0, "ascii(obj, /)\n\nReturn an ASCII-only representation of an object."),
		py.MustNewMethod("format", builtinFormat, 0, "format(value, format_spec='', /)\n\nReturn value.__format__(format_spec)"),
		py.MustNewMethod("print", builtinPrint, 0, printDoc),
		py.MustNewMethod("round", builtinRound, 0, "round(number, ndigits=None)\n\nRound a number to a given precision in decimal digits."),
	} {
		pylib.ReplaceMethod("builtins", m)
	}
	py.StringType.New = strNew
	py.StringType.Dict["format"] = py.MustNewMethod("format", strFormatMethod, 0, "S.format(*args, **kwargs) -> str")
	py.StringType.Dict["format_map"] = py.MustNewMethod("format_map", strFormatMapMethod, 0, "S.format_map(mapping) -> str")
	for _, t := range []*py.Type{py.StringType, py.IntType, py.BigIntType, py.FloatType, py.BoolType} {
		t.Dict["__format__"] = py.MustNewMethod("__format__", typeFormat, 0, "Convert to a string according to format_spec.")
	}
	py.ObjectType.Dict["__format__"] = py.MustNewMethod("__format__", objectFormat, 0, "Default object formatter.")
}

// receiver separates self from the arguments of a method installed in a
// type dictionary. gpython calls such a method with its nil module as self
// and the receiver first in args; called through the class
// (object.__format__(x, s), str.format(s, ...)) the class comes first and
// then the real receiver. nargs is the number of arguments after self, or
// -1 when it varies; then owner tells the class apart.
func receiver(self py.Object, args py.Tuple, name string, owner *py.Type, nargs int) (py.Object, py.Tuple, error) {
	if m, ok := self.(*py.Module); ok && m == nil {
		if len(args) == 0 {
			return nil, nil, pyerr.Newf(py.TypeError, "unbound method %s() needs an argument", name)
		}
		self, args = args[0], args[1:]
	}
	if t, ok := self.(*py.Type); ok && pyobj.IsClass(t) && len(args) > 0 {
		if (nargs >= 0 && len(args) == nargs+1) || (nargs < 0 && t == owner) {
			self, args = args[0], args[1:]
		}
	}
	return self, args, nil
}

func specArg(args py.Tuple, name string) (string, error) {
	if len(args) != 1 {
		return "", pyerr.Newf(py.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
	}
	s, ok := args[0].(py.String)
	if !ok {
		return "", pyerr.Newf(py.TypeError, "%s() argument must be str, not %s", name, pyobj.TypeOf(args[0]).Name)
	}
	return string(s), nil
}

// typeFormat is __format__ of the builtin types this package formats.
func typeFormat(self py.Object, args py.Tuple) (py.Object, error) {
	self, args, err := receiver(self, args, "__format__", nil, 1)
	if err != nil {
		return nil, err
	}
	spec, err := specArg(args, "__format__")
	if err != nil {
		return nil, err
	}
	s, err := Format(self, spec)
	return py.String(s), err
}

// objectFormat is object.__format__: str(self) for an empty spec. It does
// not dispatch to the instance's own __format__, which may be calling it.
func objectFormat(self py.Object, args py.Tuple) (py.Object, error) {
	self, args, err := receiver(self, args, "__format__", nil, 1)
	if err != nil {
		return nil, err
	}
	spec, err := specArg(args, "__format__")
	if err != nil {
		return nil, err
	}
	if spec != "" {
		return nil, pyerr.Newf(py.TypeError, "unsupported format string passed to %s.__format__", pyobj.TypeOf(self).Name)
	}
	s, err := Str(self)
	return py.String(s), err
}

func oneArg(name string, args py.Tuple) error {
	if len(args) != 1 {
		return pyerr.Newf(py.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
	}
	return nil
}

func builtinRepr(self py.Object, args py.Tuple) (py.Object, error) {
	if err := oneArg("repr", args); err != nil {
		return nil, err
	}
	s, err := Repr(args[0])
	return py.String(s), err
}

func builtinASCII(self py.Object, args py.Tuple) (py.Object, error) {
	if err := oneArg("ascii", args); err != nil {
		return nil, err
	}
	s, err := ASCII(args[0])
	return py.String(s), err
}

func builtinFormat(self py.Object, args py.Tuple) (py.Object, error) {
	switch {
	case len(args) == 0:
		return nil, pyerr.Newf(py.TypeError, "format expected at least 1 argument, got 0")
	case len(args) > 2:
		return nil, pyerr.Newf(py.TypeError, "format expected at most 2 arguments, got %d", len(args))
	}
	spec := ""
	if len(args) == 2 {
		s, ok := args[1].(py.String)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "format() argument 2 must be str, not %s", pyobj.TypeOf(args[1]).Name)
		}
		spec = string(s)
	}
	s, err := Format(args[0], spec)
	return py.String(s), err
}

// strNew is str(object=”) and str(bytes, encoding, errors).
func strNew(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var obj, encoding, errors py.Object
	err := py.ParseTupleAndKeywords(args, kwargs, "|OOO:str", []string{"object", "encoding", "errors"}, &obj, &encoding, &errors)
	if err != nil {
		return nil, err
	}
	if obj == nil {
		return py.String(""), nil
	}
	if encoding == nil && errors == nil {
		s, err := Str(obj)
		return py.String(s), err
	}
	b, ok := obj.(py.Bytes)
	if _, isStr := obj.(py.String); isStr {
		return nil, pyerr.Newf(py.TypeError, "decoding str is not supported")
	}
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "decoding to str: need a bytes-like object, %s found", pyobj.TypeOf(obj).Name)
	}
	enc := "utf-8"
	if encoding != nil {
		e, ok := encoding.(py.String)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "str() argument 'encoding' must be str, not %s", pyobj.TypeOf(encoding).Name)
		}
		enc = string(e)
	}
	errs := "strict"
	if errors != nil {
		e, ok := errors.(py.String)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "str() argument 'errors' must be str, not %s", pyobj.TypeOf(errors).Name)
		}
		errs = string(e)
	}
	s, err := pylib.Decode(b, enc, errs)
	if err != nil {
		return nil, err
	}
	return py.String(s), nil
}

const printDoc = `print(value, ..., sep=' ', end='\n', file=sys.stdout, flush=False)

Prints the values to a stream, or to sys.stdout by default.`

// printText reads print's sep or end argument.
func printText(kwargs py.StringDict, name, def string) (string, error) {
	v, ok := kwargs[name]
	if !ok || v == py.None {
		return def, nil
	}
	s, ok := v.(py.String)
	if !ok {
		return "", pyerr.Newf(py.TypeError, "%s must be None or a string, not %s", name, pyobj.TypeOf(v).Name)
	}
	return string(s), nil
}

func builtinPrint(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	for k := range kwargs {
		switch k {
		case "sep", "end", "file", "flush":
		default:
			return nil, pyerr.Newf(py.TypeError, "'%s' is an invalid keyword argument for print()", k)
		}
	}
	sep, err := printText(kwargs, "sep", " ")
	if err != nil {
		return nil, err
	}
	end, err := printText(kwargs, "end", "\n")
	if err != nil {
		return nil, err
	}
	var file, flush py.Object = py.None, py.False
	if v, ok := kwargs["file"]; ok {
		file = v
	}
	if v, ok := kwargs["flush"]; ok {
		flush = v
	}
	if file == py.None {
		m, ok := self.(*py.Module)
		if !ok || m == nil || m.Context == nil {
			return py.None, nil
		}
		sys, err := m.Context.GetModule("sys")
		if err != nil {
			return nil, err
		}
		file = sys.Globals["stdout"]
		// CPython prints nothing when sys.stdout is None.
		if file == nil || file == py.None {
			return py.None, nil
		}
	}
	write, err := py.GetAttrString(file, "write")
	if err != nil {
		return nil, err
	}
	for i, v := range args {
		if i > 0 {
			if _, err := py.Call(write, py.Tuple{py.String(sep)}, nil); err != nil {
				return nil, err
			}
		}
		s, err := Str(v)
		if err != nil {
			return nil, err
		}
		if _, err := py.Call(write, py.Tuple{py.String(s)}, nil); err != nil {
			return nil, err
		}
	}
	if _, err := py.Call(write, py.Tuple{py.String(end)}, nil); err != nil {
		return nil, err
	}
	doFlush, err := py.MakeBool(flush)
	if err != nil {
		return nil, err
	}
	if doFlush == py.True {
		f, err := py.GetAttrString(file, "flush")
		if err != nil {
			return nil, err
		}
		if _, err := py.Call(f, nil, nil); err != nil {
			return nil, err
		}
	}
	return py.None, nil
}

func builtinRound(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if n := len(args) + len(kwargs); n > 2 {
		return nil, pyerr.Newf(py.TypeError, "round() takes at most 2 arguments (%d given)", n)
	}
	var number, ndigits py.Object
	if len(args) > 0 {
		number = args[0]
	}
	if len(args) > 1 {
		ndigits = args[1]
	}
	if v, ok := kwargs["number"]; ok {
		if number != nil {
			return nil, pyerr.Newf(py.TypeError, "argument for round() given by name ('number') and position (1)")
		}
		number = v
	}
	if v, ok := kwargs["ndigits"]; ok {
		if ndigits != nil {
			return nil, pyerr.Newf(py.TypeError, "argument for round() given by name ('ndigits') and position (2)")
		}
		ndigits = v
	}
	if number == nil {
		return nil, pyerr.Newf(py.TypeError, "round() missing required argument 'number' (pos 1)")
	}
	for k := range kwargs {
		if k != "number" && k != "ndigits" {
			return nil, pyerr.Newf(py.TypeError, "'%s' is an invalid keyword argument for round()", k)
		}
	}
	if ndigits == nil {
		ndigits = py.None
	}
	return Round(number, ndigits)
}
