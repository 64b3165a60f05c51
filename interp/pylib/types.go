package pylib

import "github.com/go-python/gpython/py"

// installTypeAttributes gives classes `__name__` and every object
// `__class__`. gpython represents both classes and instances of user classes
// as *py.Type; an instance is the one with no name.
func installTypeAttributes() {
	py.ObjectType.Dict["__name__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			if t, ok := self.(*py.Type); ok && t.Name != "" {
				return py.String(t.Name), nil
			}
			return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '__name__'", self.Type().Name)
		},
	}
	py.ObjectType.Dict["__class__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			if t, ok := self.(*py.Type); ok && t.Name != "" {
				return py.TypeType, nil
			}
			return self.Type(), nil
		},
	}
}
