package coroutine

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
)

// newType makes a Go-backed type and readies it at once: gpython readies
// only the types made during its own initialization.
func newType(name, doc string) *py.Type {
	t := py.NewType(name, doc)
	if err := t.Ready(); err != nil {
		panic(err)
	}
	return t
}

func init() {
	d := GeneratorType.Dict
	d["send"] = py.MustNewMethod("send", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		g, args, err := bind(self, args, "send")
		if err != nil {
			return nil, err
		}
		if len(kwargs) != 0 {
			return nil, pyerr.Newf(py.TypeError, "generator.send() takes no keyword arguments")
		}
		if len(args) != 1 {
			return nil, pyerr.Newf(py.TypeError, "generator.send() takes exactly one argument (%d given)", len(args))
		}
		return g.Send(args[0])
	}, 0, "send(arg) -> send 'arg' into generator,\nreturn next yielded value or raise StopIteration.")
	d["throw"] = py.MustNewMethod("throw", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		g, args, err := bind(self, args, "throw")
		if err != nil {
			return nil, err
		}
		return g.Throw(args, kwargs)
	}, 0, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in generator, return next yielded value or raise\nStopIteration.")
	d["close"] = py.MustNewMethod("close", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		g, args, err := bind(self, args, "close")
		if err != nil {
			return nil, err
		}
		if len(kwargs) != 0 {
			return nil, pyerr.Newf(py.TypeError, "generator.close() takes no keyword arguments")
		}
		if len(args) != 0 {
			return nil, pyerr.Newf(py.TypeError, "generator.close() takes no arguments (%d given)", len(args))
		}
		return g.Close()
	}, 0, "close() -> raise GeneratorExit inside generator.")

	d["gi_running"] = readOnly("gi_running", func(g *Generator) py.Object { return py.NewBool(g.running) })
	d["gi_suspended"] = readOnly("gi_suspended", func(g *Generator) py.Object {
		return py.NewBool(g.started && !g.running && g.frame != nil)
	})
	d["gi_frame"] = readOnly("gi_frame", func(g *Generator) py.Object {
		if g.frame == nil {
			return py.None
		}
		if f := g.frame.PyFrame(); f != nil {
			return f
		}
		return py.None
	})
	d["gi_code"] = readOnly("gi_code", func(g *Generator) py.Object {
		if g.code == nil {
			return py.None
		}
		return g.code
	})
	d["gi_yieldfrom"] = readOnly("gi_yieldfrom", func(g *Generator) py.Object {
		if yf := g.YieldFrom(); yf != nil {
			return yf
		}
		return py.None
	})
	d["__name__"] = stringAttr("__name__", func(g *Generator) *string { return &g.name })
	d["__qualname__"] = stringAttr("__qualname__", func(g *Generator) *string { return &g.qualname })
}

// receiver checks the self a generator method was called with.
func receiver(self py.Object, method string) (*Generator, error) {
	if g, ok := self.(*Generator); ok {
		return g, nil
	}
	return nil, pyerr.Newf(py.TypeError, "descriptor '%s' for 'generator' objects doesn't apply to a '%s' object", method, self.Type().Name)
}

// bind finds the generator a method applies to. Called through the type,
// as in generator.send(g, v), gpython passes the method's module as self
// and the generator as the first argument.
func bind(self py.Object, args py.Tuple, method string) (*Generator, py.Tuple, error) {
	if g, ok := self.(*Generator); ok {
		return g, args, nil
	}
	if len(args) == 0 {
		return nil, nil, pyerr.Newf(py.TypeError, "unbound method generator.%s() needs an argument", method)
	}
	g, err := receiver(args[0], method)
	return g, args[1:], err
}

// readOnly is a generator attribute that refuses assignment the way
// CPython's member descriptors do.
func readOnly(name string, get func(*Generator) py.Object) *py.Property {
	refuse := func(self py.Object) error {
		return pyerr.Newf(py.AttributeError, "attribute '%s' of 'generator' objects is not writable", name)
	}
	return &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			g, err := receiver(self, name)
			if err != nil {
				return nil, err
			}
			return get(g), nil
		},
		Fset: func(self, value py.Object) error { return refuse(self) },
		Fdel: refuse,
	}
}

// stringAttr is a settable str attribute; CPython refuses deletion and
// non-str values with the same TypeError.
func stringAttr(name string, field func(*Generator) *string) *py.Property {
	return &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			g, err := receiver(self, name)
			if err != nil {
				return nil, err
			}
			return py.String(*field(g)), nil
		},
		Fset: func(self, value py.Object) error {
			g, err := receiver(self, name)
			if err != nil {
				return err
			}
			s, ok := value.(py.String)
			if !ok {
				return pyerr.Newf(py.TypeError, "%s must be set to a string object", name)
			}
			*field(g) = string(s)
			return nil
		},
		Fdel: func(self py.Object) error {
			return pyerr.Newf(py.TypeError, "%s must be set to a string object", name)
		},
	}
}
