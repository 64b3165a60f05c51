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

// methods describes one of the three types built on Generator, for the
// Python-visible methods and attributes they share.
type methods struct {
	t      *py.Type
	prefix string // of the attributes: gi, cr, ag
	core   func(py.Object) (*Generator, bool)
}

func init() {
	gen := methods{t: GeneratorType, prefix: "gi", core: func(o py.Object) (*Generator, bool) {
		g, ok := o.(*Generator)
		return g, ok
	}}
	gen.install(true)
	gen.attr("gi_yieldfrom", func(g *Generator) py.Object { return orNone(g.YieldFrom()) })

	coro := methods{t: CoroutineType, prefix: "cr", core: func(o py.Object) (*Generator, bool) {
		if c, ok := o.(*Coroutine); ok {
			return &c.core, true
		}
		return nil, false
	}}
	coro.install(true)
	coro.attr("cr_await", func(g *Generator) py.Object { return orNone(g.YieldFrom()) })
	CoroutineType.Dict["__await__"] = py.MustNewMethod("__await__", func(self py.Object, args py.Tuple) (py.Object, error) {
		g, _, err := coro.bind(self, args, "__await__")
		if err != nil {
			return nil, err
		}
		return &CoroutineWrapper{c: g}, nil
	}, 0, "__await__() -> return an iterator to be used in await expression.")

	agen := methods{t: AsyncGeneratorType, prefix: "ag", core: func(o py.Object) (*Generator, bool) {
		if a, ok := o.(*AsyncGenerator); ok {
			return &a.core, true
		}
		return nil, false
	}}
	agen.install(false)
	agen.attr("ag_await", func(g *Generator) py.Object { return orNone(g.YieldFrom()) })
	installAsyncGen(agen)
}

func orNone(o py.Object) py.Object {
	if o == nil {
		return py.None
	}
	return o
}

// install adds the methods and attributes common to the type; withSend
// adds send, throw and close, which async generators do not have.
func (m methods) install(withSend bool) {
	d := m.t.Dict
	name := m.t.Name
	if withSend {
		d["send"] = py.MustNewMethod("send", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			g, args, err := m.bind(self, args, "send")
			if err != nil {
				return nil, err
			}
			if len(kwargs) != 0 {
				return nil, pyerr.Newf(py.TypeError, "%s.send() takes no keyword arguments", name)
			}
			if len(args) != 1 {
				return nil, pyerr.Newf(py.TypeError, "%s.send() takes exactly one argument (%d given)", name, len(args))
			}
			return g.Send(args[0])
		}, 0, "send(arg) -> send 'arg' into "+name+",\nreturn next yielded value or raise StopIteration.")
		d["throw"] = py.MustNewMethod("throw", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			g, args, err := m.bind(self, args, "throw")
			if err != nil {
				return nil, err
			}
			if len(kwargs) != 0 {
				return nil, pyerr.Newf(py.TypeError, "%s.throw() takes no keyword arguments", name)
			}
			return g.throwArgs(args)
		}, 0, "throw(value)\nthrow(type[,value[,tb]])\n\nRaise exception in "+name+", return next yielded value or raise\nStopIteration.")
		d["close"] = py.MustNewMethod("close", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			g, args, err := m.bind(self, args, "close")
			if err != nil {
				return nil, err
			}
			if len(kwargs) != 0 {
				return nil, pyerr.Newf(py.TypeError, "%s.close() takes no keyword arguments", name)
			}
			if len(args) != 0 {
				return nil, pyerr.Newf(py.TypeError, "%s.close() takes no arguments (%d given)", name, len(args))
			}
			return g.Close()
		}, 0, "close() -> raise GeneratorExit inside "+name+".")
		m.attr(m.prefix+"_running", func(g *Generator) py.Object { return py.NewBool(g.running) })
	}
	m.attr(m.prefix+"_suspended", func(g *Generator) py.Object {
		return py.NewBool(g.started && !g.running && g.frame != nil)
	})
	m.attr(m.prefix+"_frame", func(g *Generator) py.Object {
		if g.frame == nil {
			return py.None
		}
		if f := g.frame.PyFrame(); f != nil {
			return f
		}
		return py.None
	})
	m.attr(m.prefix+"_code", func(g *Generator) py.Object {
		if g.code == nil {
			return py.None
		}
		return g.code
	})
	d["__name__"] = m.stringAttr("__name__", func(g *Generator) *string { return &g.name })
	d["__qualname__"] = m.stringAttr("__qualname__", func(g *Generator) *string { return &g.qualname })
	d["__getattribute__"] = typeAttribute(m.t)
}

func (m methods) attr(name string, get func(*Generator) py.Object) {
	m.t.Dict[name] = m.readOnly(name, get)
}

// receiver checks the self a method was called with.
func (m methods) receiver(self py.Object, method string) (*Generator, error) {
	if g, ok := m.core(self); ok {
		return g, nil
	}
	return nil, pyerr.Newf(py.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", method, m.t.Name, self.Type().Name)
}

// bind finds the object a method applies to. Called through the type,
// as in generator.send(g, v), gpython passes the method's module as self
// and the object as the first argument.
func (m methods) bind(self py.Object, args py.Tuple, method string) (*Generator, py.Tuple, error) {
	if g, ok := m.core(self); ok {
		return g, args, nil
	}
	if len(args) == 0 {
		return nil, nil, pyerr.Newf(py.TypeError, "unbound method %s.%s() needs an argument", m.t.Name, method)
	}
	g, err := m.receiver(args[0], method)
	return g, args[1:], err
}

// readOnly is an attribute that refuses assignment the way CPython's
// member descriptors do.
func (m methods) readOnly(name string, get func(*Generator) py.Object) *py.Property {
	refuse := func(self py.Object) error {
		return pyerr.Newf(py.AttributeError, "attribute '%s' of '%s' objects is not writable", name, m.t.Name)
	}
	return &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			g, err := m.receiver(self, name)
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
func (m methods) stringAttr(name string, field func(*Generator) *string) *py.Property {
	return &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			g, err := m.receiver(self, name)
			if err != nil {
				return nil, err
			}
			return py.String(*field(g)), nil
		},
		Fset: func(self, value py.Object) error {
			g, err := m.receiver(self, name)
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

// typeAttribute answers attribute lookups on the type t itself. gpython
// reads a type's attributes from its dict as they are, so without it the
// __name__ property that instances use would hide the type's own name.
func typeAttribute(t *py.Type) *py.Method {
	return py.MustNewMethod("__getattribute__", func(_ py.Object, args py.Tuple) (py.Object, error) {
		// gpython passes the type and the name.
		if len(args) == 0 {
			return nil, pyerr.Newf(py.TypeError, "__getattribute__ expected 1 argument, got 0")
		}
		arg := args[len(args)-1]
		key, ok := arg.(py.String)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "attribute name must be string, not '%s'", arg.Type().Name)
		}
		switch key {
		case "__name__", "__qualname__":
			return py.String(t.Name), nil
		case "__getattribute__":
			return nil, pyerr.Newf(py.AttributeError, "type object '%s' has no attribute '%s'", t.Name, key)
		}
		if res, ok := t.Dict[string(key)]; ok {
			return res, nil
		}
		if res := t.Type().NativeGetAttrOrNil(string(key)); res != nil {
			if d, ok := res.(py.I__get__); ok {
				return d.M__get__(t, t.Type())
			}
			return res, nil
		}
		if res := t.NativeGetAttrOrNil(string(key)); res != nil {
			return res, nil
		}
		return nil, pyerr.Newf(py.AttributeError, "type object '%s' has no attribute '%s'", t.Name, key)
	}, 0, "")
}
