package pylib

import (
	"strings"

	"github.com/go-python/gpython/py"
	_ "github.com/go-python/gpython/stdlib/builtin" // registers builtins before init below

	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

const importDoc = `__import__(name, globals=None, locals=None, fromlist=(), level=0) -> module

Import a module.`

// builtinImport is __import__ with CPython's handling of dotted names,
// which gpython's lacks: importing a.b.c imports a, a.b and a.b.c in turn,
// makes each an attribute of its parent, and returns a unless fromlist is
// given, so that `import a.b` binds a.
func builtinImport(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var name py.Object
	var globals, locals py.Object = py.None, py.None
	var fromlist py.Object = py.Tuple{}
	var level py.Object = py.Int(0)
	if err := py.ParseTupleAndKeywords(args, kwargs, "U|OOOi:__import__", []string{"name", "globals", "locals", "fromlist", "level"}, &name, &globals, &locals, &fromlist, &level); err != nil {
		return nil, err
	}
	g, _ := globals.(py.StringDict)
	if g == nil {
		g = py.StringDict{}
	}
	l, _ := locals.(py.StringDict)
	if l == nil {
		l = py.StringDict{}
	}
	var from py.Tuple
	if fromlist != py.None {
		var err error
		if from, err = py.SequenceTuple(fromlist); err != nil {
			return nil, pyerr.Newf(py.TypeError, "'%s' object is not iterable", pyobj.TypeOf(fromlist).Name)
		}
	}
	ctx := moduleContext(self)
	if ctx == nil {
		return nil, pyerr.Newf(py.ImportError, "__import__ not found")
	}
	n, lvl := string(name.(py.String)), int(level.(py.Int))
	if lvl != 0 || !strings.Contains(n, ".") {
		return py.ImportModuleLevelObject(ctx, n, g, l, from, lvl)
	}
	parts := strings.Split(n, ".")
	var top, parent py.Object
	for i := range parts {
		m, err := py.ImportModuleLevelObject(ctx, strings.Join(parts[:i+1], "."), g, l, py.Tuple{}, 0)
		if err != nil {
			return nil, err
		}
		if i == 0 {
			top = m
		} else if pm, ok := parent.(*py.Module); ok {
			pm.Globals[parts[i]] = m
		}
		parent = m
	}
	if len(from) == 0 {
		return top, nil
	}
	return parent, nil
}

func init() {
	ReplaceMethod("builtins", py.MustNewMethod("__import__", builtinImport, 0, importDoc))
}
