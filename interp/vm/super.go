package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/object"
	"github.com/gpyasync/gpyasync/pyerr"
)

// superNoArgs is super() without arguments: super(__class__, first
// argument of the calling function), the class coming from the
// __class__ cell the compiler makes for methods that use super.
func (f *Frame) superNoArgs() (py.Object, error) {
	co := f.Code
	if co.Argcount == 0 && co.Flags&py.CO_VARARGS == 0 {
		return nil, pyerr.Newf(py.RuntimeError, "super(): no arguments")
	}
	nl := int(co.Nlocals)
	self := f.Localsplus[0]
	for i := range co.Cellvars {
		if co.Cell2arg != nil && int(co.Cell2arg[i]) == 0 {
			self = f.Localsplus[nl+i].(*py.Cell).Get()
		}
	}
	if self == nil {
		return nil, pyerr.Newf(py.RuntimeError, "super(): arg[0] deleted")
	}
	for i, name := range co.Freevars {
		if name != "__class__" {
			continue
		}
		c, _ := f.Localsplus[nl+len(co.Cellvars)+i].(*py.Cell)
		if c == nil || c.Get() == nil {
			return nil, pyerr.Newf(py.RuntimeError, "super(): empty __class__ cell")
		}
		cls, ok := c.Get().(*py.Type)
		if !ok {
			return nil, pyerr.Newf(py.RuntimeError, "super(): __class__ is not a type (%s)", c.Get().Type().Name)
		}
		return object.NewSuper(cls, self)
	}
	return nil, pyerr.Newf(py.RuntimeError, "super(): __class__ cell not found")
}

func init() {
	object.CallMethod = func(fn *py.Function, self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return ThreadOf(fn.Context).callFunction(fn, self, args, kwargs)
	}
}
