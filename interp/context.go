// Package interp is gpyasync's Python interpreter: gpython's object model and
// parser with our own code generator (interp/compiler) and frame evaluator
// (interp/vm) installed underneath, and a py.Context that runs module bodies,
// imports and every call on that evaluator.
//
// Importing this package installs the hooks (py.Compile, py.VmEvalCode,
// py.VmRunFrame, py.NewContext and the builtins that gpython wires to its own
// compiler), so any code that creates a context through py.NewContext after
// that runs on gpyasync. It does not contain an event loop; see eventloop.
//
// Threading: a context and every object made in it belong to one goroutine
// at a time. Different contexts may run in parallel on different goroutines.
package interp

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/vm"
)

// Config configures an interpreter context.
type Config struct {
	Argv   []string  // sys.argv
	Path   []string  // sys.path; nil means the current directory
	Stdout io.Writer // sys.stdout; nil means os.Stdout
	Stderr io.Writer // sys.stderr; nil means os.Stderr
}

// context implements py.Context with every piece of code running on our
// evaluator. gpython's own context calls its evaluator directly for module
// bodies, which is why we do not wrap it.
type context struct {
	store   *py.ModuleStore
	cfg     Config
	sources sources

	closeOnce sync.Once
	mu        sync.Mutex
	closed    bool
	running   sync.WaitGroup
	done      chan struct{}
}

// NewContext makes an interpreter context. It is safe to call from any
// goroutine; the context it returns belongs to the caller's goroutine.
func NewContext(cfg Config) py.Context {
	ctx := &context{
		store: py.NewModuleStore(),
		cfg:   cfg,
		done:  make(chan struct{}),
	}
	if err := py.Import(ctx, "builtins", "sys"); err != nil {
		// The two modules are Go-defined and registered at init: this cannot
		// fail unless the process is broken.
		panic("interp: cannot initialise builtins and sys: " + err.Error())
	}
	sys := ctx.store.MustGetModule("sys")
	sys.Globals["argv"] = py.NewListFromStrings(cfg.Argv)
	path := cfg.Path
	if path == nil {
		path = []string{"."}
	}
	sys.Globals["path"] = py.NewListFromStrings(path)
	if cfg.Stdout != nil {
		w := newWriter(cfg.Stdout)
		sys.Globals["stdout"], sys.Globals["__stdout__"] = w, w
	}
	if cfg.Stderr != nil {
		w := newWriter(cfg.Stderr)
		sys.Globals["stderr"], sys.Globals["__stderr__"] = w, w
	}
	return ctx
}

// stderr returns where tracebacks of this context go.
func (ctx *context) stderr() io.Writer {
	if ctx.cfg.Stderr != nil {
		return ctx.cfg.Stderr
	}
	return os.Stderr
}

func (ctx *context) enter() error {
	ctx.mu.Lock()
	defer ctx.mu.Unlock()
	if ctx.closed {
		return py.ExceptionNewf(py.RuntimeError, "Context closed")
	}
	ctx.running.Add(1)
	return nil
}

func (ctx *context) leave() { ctx.running.Done() }

// ModuleInit implements py.Context.
func (ctx *context) ModuleInit(impl *py.ModuleImpl) (*py.Module, error) {
	if err := ctx.enter(); err != nil {
		return nil, err
	}
	defer ctx.leave()
	code := impl.Code
	if code == nil && impl.CodeSrc != "" {
		var err error
		code, err = compileModule(impl)
		if err != nil {
			return nil, err
		}
		ctx.sources.add(impl.Info.FileDesc, impl.CodeSrc)
	}
	if code == nil && len(impl.CodeBuf) > 0 {
		return nil, py.ExceptionNewf(py.ImportError, "module %s: compiled module bodies (.pyc) are not supported", impl.Info.Name)
	}
	module, err := ctx.store.NewModule(ctx, impl)
	if err != nil {
		return nil, err
	}
	if code != nil {
		if _, err := ctx.RunCode(code, module.Globals, module.Globals, nil); err != nil {
			return nil, err
		}
	}
	return module, nil
}

// moduleKey identifies a registered module's source.
type moduleKey struct{ filename, src string }

// compiledModules caches the code of registered modules given as source
// (the embedded standard library), which every context would otherwise
// compile again on its first import. Code objects are immutable, so
// contexts share them.
var compiledModules sync.Map // moduleKey -> *py.Code

func compileModule(impl *py.ModuleImpl) (*py.Code, error) {
	key := moduleKey{impl.Info.FileDesc, impl.CodeSrc}
	if c, ok := compiledModules.Load(key); ok {
		return c.(*py.Code), nil
	}
	code, err := py.Compile(impl.CodeSrc, impl.Info.FileDesc, py.ExecMode, 0, true)
	if err != nil {
		return nil, err
	}
	c, _ := compiledModules.LoadOrStore(key, code)
	return c.(*py.Code), nil
}

// ResolveAndCompile implements py.Context: it finds pathname (a module path
// without extension, or a file) on sys.path when opts.UseSysPaths is set,
// relative to opts.CurDir otherwise, and compiles it.
func (ctx *context) ResolveAndCompile(pathname string, opts py.CompileOpts) (py.CompileOut, error) {
	if err := ctx.enter(); err != nil {
		return py.CompileOut{}, err
	}
	defer ctx.leave()
	var dirs []string
	switch {
	case filepath.IsAbs(pathname):
		dirs = []string{""}
	case opts.UseSysPaths:
		for _, p := range ctx.sysPath() {
			if !filepath.IsAbs(p) && opts.CurDir != "" {
				dirs = append(dirs, filepath.Join(opts.CurDir, p))
			}
			dirs = append(dirs, p)
		}
	default:
		dirs = []string{opts.CurDir}
	}
	for _, dir := range dirs {
		for _, candidate := range candidates(filepath.Join(dir, pathname)) {
			src, err := os.ReadFile(candidate)
			if err != nil {
				continue
			}
			code, err := py.Compile(string(src), candidate, py.ExecMode, 0, true)
			if err != nil {
				return py.CompileOut{}, err
			}
			ctx.sources.add(candidate, string(src))
			return py.CompileOut{SrcPathname: candidate, FileDesc: candidate, Code: code}, nil
		}
	}
	return py.CompileOut{}, py.ExceptionNewf(py.ImportError, "No module named '%s'", strings.ReplaceAll(pathname, "/", "."))
}

// candidates lists the files an import of base may mean, in search order.
func candidates(base string) []string {
	if strings.HasSuffix(base, ".py") {
		return []string{base}
	}
	return []string{base + ".py", filepath.Join(base, "__init__.py")}
}

func (ctx *context) sysPath() []string {
	sys, err := ctx.store.GetModule("sys")
	if err != nil {
		return nil
	}
	list, ok := sys.Globals["path"].(*py.List)
	if !ok {
		return nil
	}
	var out []string
	for _, item := range list.Items {
		if s, ok := item.(py.String); ok {
			out = append(out, string(s))
		}
	}
	return out
}

// RunCode implements py.Context.
func (ctx *context) RunCode(code *py.Code, globals, locals py.StringDict, closure py.Tuple) (py.Object, error) {
	if err := ctx.enter(); err != nil {
		return nil, err
	}
	defer ctx.leave()
	return py.VmEvalCode(ctx, code, globals, locals, nil, nil, nil, nil, closure)
}

// GetModule implements py.Context.
func (ctx *context) GetModule(name string) (*py.Module, error) { return ctx.store.GetModule(name) }

// Store implements py.Context.
func (ctx *context) Store() *py.ModuleStore { return ctx.store }

// Close implements py.Context. It may be called from any goroutine; it waits
// for running code to finish.
func (ctx *context) Close() error {
	ctx.closeOnce.Do(func() {
		ctx.mu.Lock()
		ctx.closed = true
		ctx.mu.Unlock()
		ctx.running.Wait()
		ctx.store.OnContextClosed()
		vm.Forget(ctx)
		close(ctx.done)
	})
	return nil
}

// Done implements py.Context.
func (ctx *context) Done() <-chan struct{} { return ctx.done }

// sources remembers the text of every file the context compiled so that
// tracebacks can show source lines even for code that did not come from disk.
type sources struct {
	mu    sync.Mutex
	files map[string][]string
}

func (s *sources) add(filename, src string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.files == nil {
		s.files = map[string][]string{}
	}
	s.files[filename] = strings.Split(src, "\n")
}

// line returns line n (1-based) of filename, falling back to the file on disk.
func (s *sources) line(filename string, n int) (string, bool) {
	s.mu.Lock()
	lines, ok := s.files[filename]
	s.mu.Unlock()
	if !ok {
		data, err := os.ReadFile(filename)
		if err != nil {
			return "", false
		}
		lines = strings.Split(string(data), "\n")
		s.add(filename, string(data))
	}
	if n < 1 || n > len(lines) {
		return "", false
	}
	return lines[n-1], true
}
