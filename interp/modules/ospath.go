package modules

import (
	"os"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib/os" // registers os before init below

	"github.com/gpyasync/gpyasync/pyerr"
)

func init() {
	// CPython's os imports os.path as its attribute path: gpython's os,
	// a Go module, gets a body that does.
	if impl := py.GetModuleImpl("os"); impl != nil && impl.CodeSrc == "" && impl.Code == nil {
		withPath := *impl
		withPath.CodeSrc = "import os.path as path\n"
		py.RegisterModule(&withPath)
	}
}

// osPathMethods are the file system queries of os.path, whose string
// operations are Python (lib/os.path.py).
func osPathMethods() []*py.Method {
	return []*py.Method{
		py.MustNewMethod("_kind", func(self, arg py.Object) (py.Object, error) {
			// 0: missing or not a path, 1: a file (anything but a
			// directory), 2: a directory.
			s, ok := arg.(py.String)
			if !ok {
				return py.Int(0), nil
			}
			st, err := os.Stat(string(s))
			switch {
			case err != nil:
				return py.Int(0), nil
			case st.IsDir():
				return py.Int(2), nil
			case st.Mode().IsRegular():
				return py.Int(1), nil
			}
			return py.Int(3), nil
		}, 0, "_kind(path): 0 missing, 1 regular file, 2 directory, 3 other."),
		py.MustNewMethod("_getcwd", func(self py.Object) (py.Object, error) {
			wd, err := os.Getwd()
			if err != nil {
				return nil, pyerr.Newf(py.OSError, "%s", err)
			}
			return py.String(wd), nil
		}, 0, "_getcwd(): the current directory."),
		py.MustNewMethod("_home", func(self py.Object) (py.Object, error) {
			return py.String(os.Getenv("HOME")), nil
		}, 0, "_home(): $HOME."),
	}
}
