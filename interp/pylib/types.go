package pylib

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyobj"
)

// installTypeAttributes gives classes `__name__` and every object
// `__class__`.
func installTypeAttributes() {
	py.ObjectType.Dict["__name__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			if pyobj.IsClass(self) {
				return py.String(self.(*py.Type).Name), nil
			}
			return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '__name__'", self.Type().Name)
		},
	}
	py.ObjectType.Dict["__class__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			if _, ok := self.(*py.BigInt); ok {
				return py.IntType, nil
			}
			return pyobj.TypeOf(self), nil
		},
	}
}
