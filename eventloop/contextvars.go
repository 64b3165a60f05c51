package eventloop

import (
	"fmt"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/pytext"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// Python types of the contextvars module.
var (
	ContextType    = py.NewType("Context", "A mapping of context variables to their values.")
	ContextVarType = py.NewType("ContextVar", "A context variable.")
	TokenType      = py.NewType("Token", "What ContextVar.set returns, to undo the set with reset.")
	missingType    = py.NewType("Token.MISSING", "")
)

// missing is Token.MISSING, the old value of a variable that had none.
var missing = &missingValue{}

type missingValue struct{}

func (*missingValue) Type() *py.Type { return missingType }

func (*missingValue) M__repr__() (py.Object, error) { return py.String("<Token.MISSING>"), nil }

// Context is contextvars.Context: an immutable mapping from variables to
// values, made current by running code in it. Setting a variable
// replaces the current context's mapping with a new one, so a copy costs
// nothing and is never affected by later sets in the original.
type Context struct {
	pc py.Context // the interpreter whose code runs in it
	*mapping
	entered bool
}

// mapping is the content of a Context. It is never modified, so that
// contexts share it: every task holds a copy of a context, and most of
// those are never set in.
type mapping struct {
	vars  map[*ContextVar]py.Object
	order []*ContextVar // iteration order: the order variables were first set
}

// emptyMapping is the content of a new Context.
var emptyMapping = &mapping{}

// newContext returns an empty Context of the interpreter pc.
func newContext(pc py.Context) *Context { return &Context{pc: pc, mapping: emptyMapping} }

// Type returns ContextType.
func (c *Context) Type() *py.Type { return ContextType }

func (c *Context) copy() *Context { return &Context{pc: c.pc, mapping: c.mapping} }

// with replaces c's mapping by one with v set to val.
func (c *Context) with(v *ContextVar, val py.Object) {
	m := make(map[*ContextVar]py.Object, len(c.vars)+1)
	for k, x := range c.vars {
		m[k] = x
	}
	order := c.order
	if _, ok := m[v]; !ok {
		order = append(order[:len(order):len(order)], v)
	}
	m[v] = val
	c.mapping = &mapping{vars: m, order: order}
}

// without replaces c's mapping by one without v.
func (c *Context) without(v *ContextVar) {
	if _, ok := c.vars[v]; !ok {
		return
	}
	m := make(map[*ContextVar]py.Object, len(c.vars))
	for k, x := range c.vars {
		if k != v {
			m[k] = x
		}
	}
	order := make([]*ContextVar, 0, len(c.order))
	for _, k := range c.order {
		if k != v {
			order = append(order, k)
		}
	}
	c.mapping = &mapping{vars: m, order: order}
}

// varState is the current Context of one py.Context, and the counter of
// the default names of its tasks.
type varState struct {
	current *Context
	tasks   int
}

var varStates sync.Map // py.Context -> *varState

func stateOf(ctx py.Context) *varState {
	if v, ok := varStates.Load(ctx); ok {
		return v.(*varState)
	}
	v, _ := varStates.LoadOrStore(ctx, &varState{current: newContext(ctx)})
	return v.(*varState)
}

// currentContext returns the Context code runs in, in ctx.
func currentContext(ctx py.Context) *Context { return stateOf(ctx).current }

// copyCurrentContext is copy_context() for ctx.
func copyCurrentContext(ctx py.Context) *Context { return stateOf(ctx).current.copy() }

// enterContext makes c current in st and returns the previous one for
// exitContext. Tasks and callbacks use it; unlike Context.run it does not
// refuse a context already entered, which only Python code could do.
func enterContext(st *varState, c *Context) *Context {
	prev := st.current
	st.current = c
	return prev
}

func exitContext(st *varState, prev *Context) { st.current = prev }

// Forget drops what the package keeps about ctx (its running and current
// loops, its current contextvars Context); call it when ctx is closed. It
// is safe for concurrent use.
func Forget(ctx py.Context) {
	varStates.Delete(ctx)
	currentLoops.Delete(ctx)
	runningLoops.Delete(ctx)
	setCalled.Delete(ctx)
}

// ContextVar is contextvars.ContextVar.
type ContextVar struct {
	pc   py.Context // where the variable was made, whose current Context it reads
	name string
	def  py.Object // nil when it has no default
}

// Type returns ContextVarType.
func (v *ContextVar) Type() *py.Type { return ContextVarType }

func (v *ContextVar) M__repr__() (py.Object, error) {
	s := fmt.Sprintf("<ContextVar name=%s", pytext.SafeRepr(py.String(v.name)))
	if v.def != nil {
		s += " default=" + pytext.SafeRepr(v.def)
	}
	return py.String(fmt.Sprintf("%s at %p>", s, v)), nil
}

// Token is contextvars.Token.
type Token struct {
	ctx  *Context
	v    *ContextVar
	old  py.Object
	used bool
}

// Type returns TokenType.
func (t *Token) Type() *py.Type { return TokenType }

func (t *Token) M__repr__() (py.Object, error) {
	used := ""
	if t.used {
		used = " used"
	}
	return py.String(fmt.Sprintf("<Token%s var=%s at %p>", used, pytext.SafeRepr(t.v), t)), nil
}

func (c *Context) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<Context object at %p>", c)), nil
}

func (c *Context) M__getitem__(key py.Object) (py.Object, error) {
	v, err := varKey(key)
	if err != nil {
		return nil, err
	}
	if x, ok := c.vars[v]; ok {
		return x, nil
	}
	return nil, pyerr.New(py.KeyError, key)
}

func (c *Context) M__contains__(key py.Object) (py.Object, error) {
	v, err := varKey(key)
	if err != nil {
		return nil, err
	}
	_, ok := c.vars[v]
	return py.NewBool(ok), nil
}

func (c *Context) M__len__() (py.Object, error) { return py.Int(len(c.vars)), nil }

func (c *Context) M__iter__() (py.Object, error) { return py.NewIterator(c.keys()), nil }

func (c *Context) keys() py.Tuple {
	out := make(py.Tuple, 0, len(c.order))
	for _, v := range c.order {
		out = append(out, v)
	}
	return out
}

func varKey(key py.Object) (*ContextVar, error) {
	if v, ok := key.(*ContextVar); ok {
		return v, nil
	}
	return nil, pyerr.Newf(py.TypeError, "a ContextVar key was expected, got %s", pytext.SafeRepr(key))
}

// run calls fn(*args) with c current.
func (c *Context) run(fn py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if c.entered {
		return nil, pyerr.Newf(py.RuntimeError, "cannot enter context: %s is already entered", pytext.SafeRepr(c))
	}
	st := stateOf(c.pc)
	prev := st.current
	c.entered = true
	st.current = c
	defer func() {
		st.current = prev
		c.entered = false
	}()
	return py.Call(fn, args, kwargs)
}

// moduleContext returns the py.Context of the module a function of
// contextvars or asyncio was called through.
func moduleContext(self py.Object) py.Context {
	if m, ok := self.(*py.Module); ok {
		return m.Context
	}
	return nil
}

func contextvarsModule() *py.ModuleImpl {
	// ContextVar and Context are factory functions bound to the module,
	// not the types: a variable or context must know its interpreter,
	// which only the module knows.
	return &py.ModuleImpl{
		Info:            py.ModuleInfo{Name: "contextvars", Doc: "Context variables."},
		OnContextClosed: func(m *py.Module) { Forget(m.Context) },
		Methods: []*py.Method{
			py.MustNewMethod("copy_context", func(self py.Object) (py.Object, error) {
				return copyCurrentContext(moduleContext(self)), nil
			}, 0, "Return a copy of the current Context."),
			py.MustNewMethod("Context", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				if len(args) != 0 || len(kwargs) != 0 {
					return nil, pyerr.Newf(py.TypeError, "Context() does not accept any arguments")
				}
				return newContext(moduleContext(self)), nil
			}, 0, "Make an empty Context."),
			py.MustNewMethod("ContextVar", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				var name, def py.Object
				if err := py.ParseTupleAndKeywords(args, kwargs, "O|$O:ContextVar", []string{"name", "default"}, &name, &def); err != nil {
					return nil, err
				}
				s, ok := name.(py.String)
				if !ok {
					return nil, pyerr.Newf(py.TypeError, "context variable name must be a str")
				}
				return &ContextVar{pc: moduleContext(self), name: string(s), def: def}, nil
			}, 0, "Make a context variable."),
		},
		Globals: py.StringDict{"Token": TokenType},
	}
}

func varOf(self py.Object, method string) (*ContextVar, error) {
	if v, ok := self.(*ContextVar); ok {
		return v, nil
	}
	return nil, pyerr.Newf(py.TypeError, "descriptor '%s' for 'ContextVar' objects doesn't apply to a '%s' object", method, pyobj.TypeOf(self).Name)
}

func contextOf(self py.Object, method string) (*Context, error) {
	if c, ok := self.(*Context); ok {
		return c, nil
	}
	return nil, pyerr.Newf(py.TypeError, "descriptor '%s' for 'Context' objects doesn't apply to a '%s' object", method, pyobj.TypeOf(self).Name)
}

func tokenOf(self py.Object) (*Token, error) {
	if t, ok := self.(*Token); ok {
		return t, nil
	}
	return nil, pyerr.Newf(py.TypeError, "expected an instance of Token, got %s", pytext.SafeRepr(self))
}

// get is ContextVar.get: the value in the current context, else def,
// else the variable's default, else LookupError.
func (v *ContextVar) get(def py.Object) (py.Object, error) {
	if x, ok := currentContext(v.pc).vars[v]; ok {
		return x, nil
	}
	if def != nil {
		return def, nil
	}
	if v.def != nil {
		return v.def, nil
	}
	return nil, pyerr.New(py.LookupError, v)
}

func (v *ContextVar) set(val py.Object) *Token {
	c := currentContext(v.pc)
	old, ok := c.vars[v]
	if !ok {
		old = missing
	}
	c.with(v, val)
	return &Token{ctx: c, v: v, old: old}
}

func (v *ContextVar) reset(t *Token) error {
	if t.used {
		return pyerr.Newf(py.RuntimeError, "%s has already been used once", pytext.SafeRepr(t))
	}
	if t.v != v {
		return pyerr.Newf(py.ValueError, "%s was created by a different ContextVar", pytext.SafeRepr(t))
	}
	c := currentContext(v.pc)
	if t.ctx != c {
		return pyerr.Newf(py.ValueError, "%s was created in a different Context", pytext.SafeRepr(t))
	}
	t.used = true
	if t.old == missing {
		c.without(v)
	} else {
		c.with(v, t.old)
	}
	return nil
}

func init() {
	for _, t := range []*py.Type{ContextType, ContextVarType, TokenType, missingType} {
		t.Dict["__module__"] = py.String("contextvars")
		readyType(t)
	}
	TokenType.Dict["MISSING"] = missing
	vd := ContextVarType.Dict
	vd["get"] = py.MustNewMethod("get", func(self py.Object, args py.Tuple) (py.Object, error) {
		v, err := varOf(self, "get")
		if err != nil {
			return nil, err
		}
		var def py.Object
		if err := py.UnpackTuple(args, nil, "get", 0, 1, &def); err != nil {
			return nil, err
		}
		return v.get(def)
	}, 0, "Return the value of the variable in the current context.")
	vd["set"] = py.MustNewMethod("set", func(self, val py.Object) (py.Object, error) {
		v, err := varOf(self, "set")
		if err != nil {
			return nil, err
		}
		return v.set(val), nil
	}, 0, "Set the value of the variable in the current context.")
	vd["reset"] = py.MustNewMethod("reset", func(self, tok py.Object) (py.Object, error) {
		v, err := varOf(self, "reset")
		if err != nil {
			return nil, err
		}
		t, err := tokenOf(tok)
		if err != nil {
			return nil, err
		}
		return py.None, v.reset(t)
	}, 0, "Reset the variable to its value before the set that returned the token.")
	vd["name"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return py.String(self.(*ContextVar).name), nil
	}}
	td := TokenType.Dict
	td["var"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return self.(*Token).v, nil }}
	td["old_value"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return self.(*Token).old, nil }}
	cd := ContextType.Dict
	cd["run"] = py.MustNewMethod("run", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		c, err := contextOf(self, "run")
		if err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return nil, pyerr.Newf(py.TypeError, "run() missing 1 required positional argument")
		}
		return c.run(args[0], args[1:], kwargs)
	}, 0, "Run a callable in this context.")
	cd["copy"] = py.MustNewMethod("copy", func(self py.Object) (py.Object, error) {
		c, err := contextOf(self, "copy")
		if err != nil {
			return nil, err
		}
		return c.copy(), nil
	}, 0, "Return a shallow copy of the context.")
	cd["get"] = py.MustNewMethod("get", func(self py.Object, args py.Tuple) (py.Object, error) {
		c, err := contextOf(self, "get")
		if err != nil {
			return nil, err
		}
		var key py.Object
		var def py.Object = py.None
		if err := py.UnpackTuple(args, nil, "get", 1, 2, &key, &def); err != nil {
			return nil, err
		}
		v, err := varKey(key)
		if err != nil {
			return nil, err
		}
		if x, ok := c.vars[v]; ok {
			return x, nil
		}
		return def, nil
	}, 0, "Return the value of a variable, or a default.")
	listing := func(name string, item func(c *Context, v *ContextVar) py.Object) {
		cd[name] = py.MustNewMethod(name, func(self py.Object) (py.Object, error) {
			c, err := contextOf(self, name)
			if err != nil {
				return nil, err
			}
			out := make([]py.Object, 0, len(c.order))
			for _, v := range c.order {
				out = append(out, item(c, v))
			}
			return py.NewListFromItems(out), nil
		}, 0, "")
	}
	listing("keys", func(_ *Context, v *ContextVar) py.Object { return v })
	listing("values", func(c *Context, v *ContextVar) py.Object { return c.vars[v] })
	listing("items", func(c *Context, v *ContextVar) py.Object { return py.Tuple{v, c.vars[v]} })
	py.RegisterModule(contextvarsModule())
}

var (
	_ py.I__getitem__  = (*Context)(nil)
	_ py.I__contains__ = (*Context)(nil)
	_ py.I__len__      = (*Context)(nil)
	_ py.I__iter__     = (*Context)(nil)
)

// M__eq__ compares by identity, as object.__eq__ does.
func (v *ContextVar) M__eq__(other py.Object) (py.Object, error) {
	return py.NewBool(py.Object(v) == other), nil
}

// M__ne__ is the negation of M__eq__.
func (v *ContextVar) M__ne__(other py.Object) (py.Object, error) {
	return py.NewBool(py.Object(v) != other), nil
}
