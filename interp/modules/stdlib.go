package modules

import (
	"embed"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/internal/heapq"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// The pure-Python standard modules. Each file lib/<name>.py becomes the
// module <name>; a file named a.b.py becomes the submodule a.b.
//
//go:embed lib/*.py
var lib embed.FS

// FormatException renders an exception as the interpreter prints it when
// uncaught. The interp package sets it when it installs its hooks: the
// traceback module uses it, and interp imports this package, so the
// dependency cannot go the other way.
var FormatException func(err error) string

// stdModules lists the embedded modules with the Go functions each one
// starts with; its Python source then defines the rest.
var stdModules = map[string][]*py.Method{
	"functools":        {py.MustNewMethod("_lru_cache", newLRUCache, 0, "_lru_cache(user_function, maxsize, typed): the table of an lru_cache wrapper.")},
	"itertools":        nil,
	"operator":         nil,
	"heapq":            heapqMethods(),
	"abc":              nil,
	"collections":      nil,
	"collections.abc":  nil,
	"_collections_abc": nil,
	"dataclasses":      nil,
	"enum":             nil,
	"traceback":        {py.MustNewMethod("_format_exception", formatException, 0, "Render an exception as the interpreter prints it.")},
	"weakref":          nil,
	"linecache":        nil,
	"contextlib":       nil,
	"copy":             nil,
	"keyword":          nil,
	"typing":           nil,
	"json":             nil,
	"__future__":       nil,
	"os.path":          osPathMethods(),

	"concurrent":         nil,
	"concurrent.futures": nil,
}

func init() {
	py.RegisterModule(collectionsHelpers())
	for name, methods := range stdModules {
		src, err := lib.ReadFile("lib/" + name + ".py")
		if err != nil {
			panic(err)
		}
		py.RegisterModule(&py.ModuleImpl{
			Info:    py.ModuleInfo{Name: name, FileDesc: "<frozen " + name + ">"},
			Methods: methods,
			CodeSrc: string(src),
		})
	}
}

func formatException(self, exc py.Object) (py.Object, error) {
	e, ok := exc.(*py.Exception)
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "expected an exception instance, not %s", exc.Type().Name)
	}
	if FormatException == nil {
		return nil, pyerr.Newf(py.RuntimeError, "traceback formatting is not installed")
	}
	return py.String(FormatException(e)), nil
}

// heapqMethods are the heap operations that run in Go, through
// internal/heapq, so that ties come out in CPython's order.
func heapqMethods() []*py.Method {
	return []*py.Method{
		py.MustNewMethod("heappush", func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 2 {
				return nil, pyerr.Newf(py.TypeError, "heappush expected 2 arguments, got %d", len(args))
			}
			l, err := heapList(args[0], "heappush() argument 1")
			if err != nil {
				return nil, err
			}
			return py.None, heapq.Push(&l.Items, args[1], pyobj.Less)
		}, 0, "Push item onto heap, maintaining the heap invariant."),
		py.MustNewMethod("heappop", func(self, heap py.Object) (py.Object, error) {
			l, err := heapList(heap, "heappop() argument")
			if err != nil {
				return nil, err
			}
			if len(l.Items) == 0 {
				return nil, pyerr.Newf(py.IndexError, "index out of range")
			}
			return heapq.Pop(&l.Items, pyobj.Less)
		}, 0, "Pop the smallest item off the heap, maintaining the heap invariant."),
		py.MustNewMethod("heapify", func(self, heap py.Object) (py.Object, error) {
			l, err := heapList(heap, "heapify() argument")
			if err != nil {
				return nil, err
			}
			return py.None, heapq.Init(l.Items, pyobj.Less)
		}, 0, "Transform list into a heap, in-place, in O(len(heap)) time."),
	}
}

// heapList is the list a heap function works on; what names the argument
// in CPython's error message.
func heapList(o py.Object, what string) (*py.List, error) {
	if l, ok := o.(*py.List); ok {
		return l, nil
	}
	return nil, pyerr.Newf(py.TypeError, "%s must be list, not %s", what, o.Type().Name)
}
