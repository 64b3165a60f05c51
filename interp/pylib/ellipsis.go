package pylib

import "github.com/go-python/gpython/py"

// CPython's type(...) is named 'ellipsis'; gpython calls it EllipsisType.
func init() {
	py.EllipsisTypeType.Name = "ellipsis"
}
