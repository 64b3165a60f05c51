package pylib

import "github.com/go-python/gpython/py"

// installExceptionAttributes gives exception instances CPython's attributes.
// gpython answers every attribute of an exception instance with its args
// tuple; descriptors in the exception classes' type dictionaries are found
// first.
func installExceptionAttributes() {
	base := py.BaseException.Dict
	base["args"] = excProperty(func(e *py.Exception) py.Object {
		if e.Args == nil {
			return py.Tuple{}
		}
		return e.Args
	}, func(e *py.Exception, v py.Object) error {
		t, err := py.SequenceTuple(v)
		if err != nil {
			return err
		}
		e.Args = t
		return nil
	})
	base["__cause__"] = excProperty(func(e *py.Exception) py.Object { return orNone(e.Cause) },
		func(e *py.Exception, v py.Object) error {
			if err := checkExceptionOrNone(v, "exception cause must be None or derive from BaseException"); err != nil {
				return err
			}
			e.Cause = v
			e.SuppressContext = true
			return nil
		})
	base["__context__"] = excProperty(func(e *py.Exception) py.Object { return orNone(e.Context) },
		func(e *py.Exception, v py.Object) error {
			if err := checkExceptionOrNone(v, "exception context must be None or derive from BaseException"); err != nil {
				return err
			}
			e.Context = v
			return nil
		})
	base["__suppress_context__"] = excProperty(func(e *py.Exception) py.Object { return py.NewBool(e.SuppressContext) },
		func(e *py.Exception, v py.Object) error {
			b, err := py.MakeBool(v)
			if err != nil {
				return err
			}
			e.SuppressContext = b == py.True
			return nil
		})
	base["__traceback__"] = excProperty(func(e *py.Exception) py.Object { return orNone(e.Traceback) },
		func(e *py.Exception, v py.Object) error {
			if _, ok := v.(*py.Traceback); !ok && v != py.None {
				return py.ExceptionNewf(py.TypeError, "__traceback__ must be a traceback or None")
			}
			e.Traceback = v
			return nil
		})
	base["with_traceback"] = py.MustNewMethod("with_traceback", func(self, tb py.Object) (py.Object, error) {
		e, ok := self.(*py.Exception)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "with_traceback() needs an exception instance")
		}
		if _, ok := tb.(*py.Traceback); !ok && tb != py.None {
			return nil, py.ExceptionNewf(py.TypeError, "__traceback__ must be a traceback or None")
		}
		e.Traceback = tb
		return e, nil
	}, 0, "Exception.with_traceback(tb) -- set self.__traceback__ to tb and return self.")

	for _, name := range []string{"msg", "filename", "lineno", "offset", "text"} {
		name := name
		py.SyntaxError.Dict[name] = excProperty(func(e *py.Exception) py.Object {
			if v, ok := e.Dict[name]; ok {
				return v
			}
			if name == "text" {
				if v, ok := e.Dict["line"]; ok {
					return v
				}
			}
			if name == "msg" {
				if args, ok := e.Args.(py.Tuple); ok && len(args) > 0 {
					return args[0]
				}
			}
			return py.None
		}, func(e *py.Exception, v py.Object) error {
			e.Dict[name] = v
			return nil
		})
	}
}

func excProperty(get func(*py.Exception) py.Object, set func(*py.Exception, py.Object) error) *py.Property {
	return &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			e, ok := self.(*py.Exception)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor needs an exception instance, not '%s'", self.Type().Name)
			}
			return get(e), nil
		},
		Fset: func(self, v py.Object) error {
			e, ok := self.(*py.Exception)
			if !ok {
				return py.ExceptionNewf(py.TypeError, "descriptor needs an exception instance, not '%s'", self.Type().Name)
			}
			return set(e, v)
		},
	}
}

func orNone(o py.Object) py.Object {
	if o == nil {
		return py.None
	}
	return o
}

func checkExceptionOrNone(v py.Object, msg string) error {
	if v == py.None {
		return nil
	}
	if _, ok := v.(*py.Exception); ok {
		return nil
	}
	return py.ExceptionNewf(py.TypeError, "%s", msg)
}
