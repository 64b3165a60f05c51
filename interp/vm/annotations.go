package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/hashed"
	"github.com/gpyasync/gpyasync/pyerr"
)

// annKey is the one key of a function's py.StringDict Annotations under
// which its annotations are kept as an insertion-ordered dict; gpython's
// StringDict has no order, and CPython's __annotations__ lists parameters
// in order, then 'return'. No identifier can collide with it.
const annKey = "\x00annotations"

// The __annotations__ property of functions reads and writes the ordered
// dict.
func init() {
	py.FunctionType.Dict["__annotations__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			fn := self.(*py.Function)
			if d, ok := fn.Annotations[annKey]; ok {
				return d, nil
			}
			d := hashed.NewDict()
			for k, v := range fn.Annotations {
				d.SetString(k, v)
			}
			fn.Annotations = py.StringDict{annKey: d}
			return d, nil
		},
		Fset: func(self, value py.Object) error {
			fn := self.(*py.Function)
			switch d := value.(type) {
			case *hashed.Dict:
				fn.Annotations = py.StringDict{annKey: d}
			case py.StringDict:
				fn.Annotations = py.StringDict{annKey: hashed.FromStringDict(d)}
			default:
				return pyerr.Newf(py.TypeError, "__annotations__ must be set to a dict object")
			}
			return nil
		},
		Fdel: func(self py.Object) error {
			self.(*py.Function).Annotations = nil
			return nil
		},
	}
}

// setupAnnotations implements SETUP_ANNOTATIONS.
func (f *Frame) setupAnnotations() {
	if f.Locals == nil {
		f.Locals = py.NewStringDict()
	}
	if _, ok := f.Locals["__annotations__"]; !ok {
		f.Locals["__annotations__"] = hashed.NewDict()
	}
}
