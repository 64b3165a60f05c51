package syntax

import (
	"testing"

	"github.com/go-python/gpython/py"
)

// FuzzParse checks that any input gives an AST or a SyntaxError, never a
// panic or another kind of error.
func FuzzParse(f *testing.F) {
	for _, e := range corpus(f) {
		f.Add(e.src)
	}
	for _, c := range []string{"f'{x!r:{y}}'", "async def f():\n await x\n", "\t\n  x", "'''", "(", "\\", "0x", "f'{'"} {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, src string) {
		for _, mode := range []py.CompileMode{py.ExecMode, py.EvalMode, py.SingleMode} {
			file, err := Parse(src, "<fuzz>", mode)
			if err == nil {
				if file == nil || file.Mod == nil {
					t.Fatalf("%q: no error and no AST", src)
				}
				continue
			}
			exc, ok := err.(*py.Exception)
			if !ok || !(exc.Type().IsSubtype(py.SyntaxError) || exc.Type() == py.MemoryError) {
				t.Fatalf("%q (%s): not a SyntaxError: %v", src, mode, err)
			}
		}
	})
}
