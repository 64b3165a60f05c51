package syntax

import (
	"github.com/go-python/gpython/py"
)

// newError builds a SyntaxError (or subclass t) carrying CPython's location
// attributes: offset is 1-based, line is the source line with its newline.
func newError(t *py.Type, msg, filename string, line, offset int, text string) error {
	return py.MakeSyntaxError(py.ExceptionNewf(t, "%s", msg), filename, line, offset, text)
}
