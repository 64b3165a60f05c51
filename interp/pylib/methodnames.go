package pylib

import (
	"github.com/go-python/gpython/py"
)

// installMethodNames gives gpython's method types and list.append the
// names CPython reports. gpython has one Go type for builtin functions
// and unbound builtin methods, and one for every bound method, so the
// names chosen are those of the most common case: builtin functions and
// methods of Python functions.
func installMethodNames() {
	py.MethodType.Name = "builtin_function_or_method"
	py.BoundMethodType.Name = "method"
	py.ListType.Dict["append"] = py.MustNewMethod("append", func(self py.Object, args py.Tuple) (py.Object, error) {
		l, args, err := bind[*py.List](self, args, "list.append")
		if err != nil {
			return nil, err
		}
		if err := oneArg("list.append", args); err != nil {
			return nil, err
		}
		l.Items = append(l.Items, args[0])
		return py.None, nil
	}, 0, "Append object to the end of the list.")
}
