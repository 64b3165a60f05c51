package pylib

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/compiler"
)

// installCodeAttributes gives code and frame objects the read-only
// attributes CPython's have; gpython defines none. interp/vm adds f_back,
// f_locals and f_lineno, which need its frames.
func installCodeAttributes() {
	code := func(get func(*py.Code) py.Object) *py.Property {
		return &py.Property{Fget: func(self py.Object) (py.Object, error) {
			c, ok := self.(*py.Code)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor for 'code' objects doesn't apply to a '%s' object", self.Type().Name)
			}
			return get(c), nil
		}}
	}
	for name, get := range map[string]func(*py.Code) py.Object{
		"co_name":            func(c *py.Code) py.Object { return py.String(c.Name) },
		"co_qualname":        func(c *py.Code) py.Object { return py.String(c.Name) },
		"co_filename":        func(c *py.Code) py.Object { return py.String(c.Filename) },
		"co_firstlineno":     func(c *py.Code) py.Object { return py.Int(c.Firstlineno) },
		"co_argcount":        func(c *py.Code) py.Object { return py.Int(c.Argcount) },
		"co_posonlyargcount": func(c *py.Code) py.Object { return py.Int(compiler.PosOnlyArgCount(c)) },
		"co_kwonlyargcount":  func(c *py.Code) py.Object { return py.Int(c.Kwonlyargcount) },
		"co_nlocals":         func(c *py.Code) py.Object { return py.Int(c.Nlocals) },
		"co_stacksize":       func(c *py.Code) py.Object { return py.Int(c.Stacksize) },
		"co_flags":           func(c *py.Code) py.Object { return py.Int(c.Flags) },
		"co_varnames":        func(c *py.Code) py.Object { return nameTuple(c.Varnames) },
		"co_cellvars":        func(c *py.Code) py.Object { return nameTuple(c.Cellvars) },
		"co_freevars":        func(c *py.Code) py.Object { return nameTuple(c.Freevars) },
		"co_names":           func(c *py.Code) py.Object { return nameTuple(c.Names) },
		"co_consts":          func(c *py.Code) py.Object { return c.Consts },
		"co_code":            func(c *py.Code) py.Object { return py.Bytes(c.Code) },
		"co_lnotab":          func(c *py.Code) py.Object { return py.Bytes(c.Lnotab) },
	} {
		py.CodeType.Dict[name] = code(get)
	}

	py.CodeType.Dict["co_lines"] = py.MustNewMethod("co_lines", func(self py.Object) (py.Object, error) {
		c, ok := self.(*py.Code)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor 'co_lines' for 'code' objects doesn't apply to a '%s' object", self.Type().Name)
		}
		return py.NewIterator(py.Tuple(codeLines(c))), nil
	}, 0, "Return an iterator of (start, end, line) triples: the bytecode offsets each source line covers.")

	frame := func(get func(*py.Frame) py.Object) *py.Property {
		return &py.Property{Fget: func(self py.Object) (py.Object, error) {
			f, ok := self.(*py.Frame)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor for 'frame' objects doesn't apply to a '%s' object", self.Type().Name)
			}
			return get(f), nil
		}}
	}
	for name, get := range map[string]func(*py.Frame) py.Object{
		"f_code":     func(f *py.Frame) py.Object { return f.Code },
		"f_globals":  func(f *py.Frame) py.Object { return f.Globals },
		"f_builtins": func(f *py.Frame) py.Object { return f.Builtins },
		"f_lasti":    func(f *py.Frame) py.Object { return py.Int(f.Lasti) },
	} {
		py.FrameType.Dict[name] = frame(get)
	}
	installTracebacks()
	installSyntaxErrors()
	installInspectStack()
}

func nameTuple(s []string) py.Tuple {
	t := make(py.Tuple, len(s))
	for i, x := range s {
		t[i] = py.String(x)
	}
	return t
}

// codeLines are co_lines()'s triples, read from the line table the way
// compiler.Addr2Line reads it. Offsets are in our bytecode, not CPython's.
func codeLines(c *py.Code) []py.Object {
	var out []py.Object
	line, start, addr := int(c.Firstlineno), 0, 0
	emit := func(end int) {
		if end > start {
			out = append(out, py.Tuple{py.Int(start), py.Int(end), py.Int(line)})
		}
		start = end
	}
	tab := c.Lnotab
	for i := 0; i+1 < len(tab); i += 2 {
		if tab[i] != 0 {
			addr += int(tab[i])
			emit(addr)
		}
		line += int(int8(tab[i+1]))
	}
	emit(len(c.Code))
	return out
}
