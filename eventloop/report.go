package eventloop

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
)

// getAttrSafe is py.GetAttrString turning a panic into an error.
func getAttrSafe(o py.Object, name string) (v py.Object, err error) {
	defer func() {
		if p := recover(); p != nil {
			v, err = nil, pyerr.Newf(py.SystemError, "%v", p)
		}
	}()
	return py.GetAttrString(o, name)
}
