package compiler

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/go-python/gpython/py"
)

// FuzzCompile checks that any source text gives a code object or a
// SyntaxError, never a panic or another error, and that code objects pass
// checkFlow.
//
// It is seeded with testdata/seeds and with every conformance program, so
// that the newer syntax (async, await, f-strings) is mutated too.
func FuzzCompile(f *testing.F) {
	files, err := filepath.Glob("testdata/seeds/*.py")
	if err != nil || len(files) == 0 {
		f.Fatalf("no seeds: %v", err)
	}
	programs, err := filepath.Glob("../../conformance/*/*.py")
	if err != nil || len(programs) == 0 {
		f.Fatalf("no conformance programs: %v", err)
	}
	files = append(files, programs...)
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(src))
	}
	for _, tt := range syntaxCases {
		f.Add(tt.src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		code, err := Compile(src, "fuzz.py", py.ExecMode, 0, true)
		if err == nil {
			if code == nil {
				t.Fatal("no code and no error")
			}
			checkFlow(t, code)
			return
		}
		var info py.ExceptionInfo
		if !errors.As(err, &info) {
			t.Fatalf("error is %T, not py.ExceptionInfo: %v", err, err)
		}
		if info.Type != py.SyntaxError && !info.Type.IsSubtype(py.SyntaxError) {
			t.Fatalf("%s: %v", info.Type.Name, info.Value)
		}
	})
}
