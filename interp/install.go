package interp

import (
	"github.com/go-python/gpython/py"

	// gpython's Go-defined modules; importing them registers them.
	_ "github.com/go-python/gpython/stdlib/binascii"
	_ "github.com/go-python/gpython/stdlib/builtin"
	_ "github.com/go-python/gpython/stdlib/glob"
	_ "github.com/go-python/gpython/stdlib/math"
	_ "github.com/go-python/gpython/stdlib/os"
	_ "github.com/go-python/gpython/stdlib/string"
	_ "github.com/go-python/gpython/stdlib/sys"
	_ "github.com/go-python/gpython/stdlib/tempfile"
	_ "github.com/go-python/gpython/stdlib/time"

	"github.com/gpyasync/gpyasync/interp/compiler"
	"github.com/gpyasync/gpyasync/interp/modules" // inspect, types and the standard modules
	"github.com/gpyasync/gpyasync/interp/pylib"
	"github.com/gpyasync/gpyasync/interp/pytext"
	"github.com/gpyasync/gpyasync/interp/vm"
	"github.com/gpyasync/gpyasync/pyerr"
)

// Package initialisation runs after gpython's (we import it), so these
// assignments win over the ones gpython's packages make in their init.
func init() {
	py.Compile = compiler.Compile
	py.VmEvalCode = vm.EvalCode
	py.VmRunFrame = vm.RunFrame
	py.NewContext = func(opts py.ContextOpts) py.Context {
		return NewContext(Config{Argv: opts.SysArgs, Path: opts.SysPaths})
	}
	modules.FormatException = FormatException
	pylib.Install()
	pytext.Install()
	builtins := py.GetModuleImpl("builtins").Globals
	builtins["RecursionError"] = vm.RecursionError
	builtins["StopAsyncIteration"] = vm.StopAsyncIteration
	pylib.ReplaceMethod("builtins", py.MustNewMethod("compile", builtinCompile, 0, compileDoc))
	pylib.ReplaceMethod("sys", py.MustNewMethod("exc_info", sysExcInfo, 0, excInfoDoc))
	pylib.ReplaceMethod("sys", py.MustNewMethod("exit", sysExit, 0, "exit([status])\n\nExit the interpreter by raising SystemExit(status)."))
	pylib.ReplaceMethod("sys", py.MustNewMethod("getrecursionlimit", sysGetRecursionLimit, 0, "getrecursionlimit()\n\nReturn the current value of the recursion limit."))
	pylib.ReplaceMethod("sys", py.MustNewMethod("setrecursionlimit", sysSetRecursionLimit, 0, "setrecursionlimit(n)\n\nSet the maximum depth of the Python interpreter stack to n."))
}

const compileDoc = `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)

Compile source into a code object that can be executed by exec() or eval().`

func builtinCompile(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var source, filename, mode py.Object
	var flags py.Object = py.Int(0)
	var dontInherit py.Object = py.False
	var optimize py.Object = py.Int(-1)
	err := py.ParseTupleAndKeywords(args, kwargs, "OOO|OOO:compile",
		[]string{"source", "filename", "mode", "flags", "dont_inherit", "optimize"},
		&source, &filename, &mode, &flags, &dontInherit, &optimize)
	if err != nil {
		return nil, err
	}
	var src string
	switch s := source.(type) {
	case py.String:
		src = string(s)
	case py.Bytes:
		src = string(s)
	case *py.Code:
		return s, nil
	default:
		return nil, py.ExceptionNewf(py.TypeError, "compile() arg 1 must be a string, bytes or AST object")
	}
	name, ok := filename.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "compile() argument 'filename' must be str, not %s", filename.Type().Name)
	}
	m, _ := mode.(py.String)
	switch py.CompileMode(m) {
	case py.ExecMode, py.EvalMode, py.SingleMode:
	default:
		return nil, py.ExceptionNewf(py.ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	flagBits, err := py.MakeGoInt(flags)
	if err != nil {
		return nil, err
	}
	code, err := py.Compile(src, string(name), py.CompileMode(m), flagBits, true)
	if err != nil {
		return nil, err
	}
	if c, ok := moduleContext(self).(*context); ok {
		c.sources.add(string(name), src)
	}
	return code, nil
}

func moduleContext(self py.Object) py.Context {
	if m, ok := self.(*py.Module); ok {
		return m.Context
	}
	return nil
}

const excInfoDoc = `exc_info() -> (type, value, traceback)

Return information about the most recent exception caught by an except
clause in the current stack frame or in an older stack frame.`

func sysExcInfo(self py.Object) (py.Object, error) {
	info := vm.ExcInfo(moduleContext(self))
	if info.Value == nil {
		return py.Tuple{py.None, py.None, py.None}, nil
	}
	var tb py.Object = py.None
	if info.Traceback != nil {
		tb = info.Traceback
	}
	return py.Tuple{info.Type, info.Value, tb}, nil
}

func sysGetRecursionLimit(self py.Object) (py.Object, error) {
	return py.Int(vm.ThreadOf(moduleContext(self)).RecursionLimit()), nil
}

func sysSetRecursionLimit(self, arg py.Object) (py.Object, error) {
	n, ok := arg.(py.Int)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", arg.Type().Name)
	}
	if err := vm.ThreadOf(moduleContext(self)).SetRecursionLimit(int(n)); err != nil {
		return nil, err
	}
	return py.None, nil
}

// sysExit raises SystemExit; gpython's returns the exception as a value.
func sysExit(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "exit expected at most 1 argument, got %d", len(args))
	}
	return nil, pyerr.New(py.SystemExit, args...)
}
