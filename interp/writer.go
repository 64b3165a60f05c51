package interp

import (
	"io"

	"github.com/go-python/gpython/py"
)

// writer is a Python text stream backed by a Go io.Writer: what sys.stdout and
// sys.stderr are when a Config gives writers.
type writer struct{ w io.Writer }

var writerType = py.NewType("TextIOWrapper", "a text stream writing to a Go io.Writer")

func init() {
	writerType.Dict["write"] = py.MustNewMethod("write", func(self, arg py.Object) (py.Object, error) {
		s, ok := arg.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "write() argument must be str, not %s", arg.Type().Name)
		}
		if _, err := io.WriteString(self.(*writer).w, string(s)); err != nil {
			return nil, py.ExceptionNewf(py.OSError, "%v", err)
		}
		return py.Int(len([]rune(string(s)))), nil
	}, 0, "write(s) -> write the string s, returning the number of characters written.")
	writerType.Dict["flush"] = py.MustNewMethod("flush", func(self py.Object) (py.Object, error) {
		if f, ok := self.(*writer).w.(interface{ Flush() error }); ok {
			if err := f.Flush(); err != nil {
				return nil, py.ExceptionNewf(py.OSError, "%v", err)
			}
		}
		return py.None, nil
	}, 0, "flush() -> flush the underlying writer if it buffers.")
}

func newWriter(w io.Writer) *writer { return &writer{w: w} }

// Type implements py.Object.
func (w *writer) Type() *py.Type { return writerType }
