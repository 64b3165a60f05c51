package vm

import (
	"slices"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/coroutine"
	"github.com/gpyasync/gpyasync/interp/compiler"
	"github.com/gpyasync/gpyasync/interp/hashed"
	"github.com/gpyasync/gpyasync/interp/object"
	"github.com/gpyasync/gpyasync/iterproto"
	"github.com/gpyasync/gpyasync/pyerr"
)

// The evaluator makes *hashed.Dict and *hashed.Set values for dict and set
// displays and **kwargs, so gpython's dict and set types must be theirs.
func init() {
	hashed.Install()
}

// EvalCode runs code with the given arguments, or returns a generator when
// code is a generator function's body. It has the signature of the
// py.VmEvalCode hook, through which gpython calls every Python function.
// The error, if any, is a py.ExceptionInfo. It must be called on the
// goroutine that owns ctx.
func EvalCode(ctx py.Context, code *py.Code, globals, locals py.StringDict, args []py.Object, kws py.StringDict, defs []py.Object, kwdefs py.StringDict, closure py.Tuple) (py.Object, error) {
	if ctx == nil || code == nil || globals == nil {
		return nil, pyerr.Newf(py.SystemError, "EvalCode: nil context, code or globals")
	}
	t := ThreadOf(ctx)
	f := t.newFrame(ctx, code, globals, locals)
	if err := f.bind(code.Name, nil, args, kws, defs, kwdefs, closure); err != nil {
		t.release(f)
		return nil, pyerr.Info(err)
	}
	if code.Flags&suspendable != 0 {
		return t.suspended(f, code, code.Name, code.Name), nil
	}
	return f.call1()
}

// RunFrame runs a frame made by gpython (py.NewFrame) from its Lasti to
// completion or to its next yield. It has the signature of the
// py.VmRunFrame hook; gpyasync's own generators do not use it. It must be
// called on the goroutine that owns the frame's context.
func RunFrame(pf *py.Frame) (py.Object, error) {
	if pf == nil || pf.Context == nil || pf.Code == nil {
		return nil, pyerr.Newf(py.SystemError, "RunFrame: incomplete frame")
	}
	t := ThreadOf(pf.Context)
	f := &Frame{t: t, Frame: *pf}
	if f.Builtins == nil {
		f.Builtins = t.builtins()
	}
	f.Stack = make([]py.Object, max(int(pf.Code.Stacksize), 0)+len(pf.Stack))
	f.sp = copy(f.Stack, pf.Stack)
	f.pc = int(pf.Lasti)
	if err := t.push(f); err != nil {
		return nil, pyerr.Info(err)
	}
	res, yielded, err := f.run(nil, false)
	t.pop(f)
	if err != nil {
		t.lastExc = pyerr.Exception(err)
	}
	pf.Lasti = int32(f.pc)
	pf.Stack = append(pf.Stack[:0], f.Stack[:f.sp]...)
	pf.Blockstack = f.Blockstack
	pf.Yielded = yielded
	return res, err
}

// suspended makes the generator, coroutine or async generator whose body
// is the bound frame f, tracking coroutines for NeverAwaited.
func (t *Thread) suspended(f *Frame, code *py.Code, name, qualname string) py.Object {
	g := coroutine.New(f, code, name, qualname)
	if c, ok := g.(*coroutine.Coroutine); ok {
		t.track(c)
	}
	return g
}

// call1 runs a freshly bound frame to completion.
func (f *Frame) call1() (py.Object, error) {
	t := f.t
	if err := t.push(f); err != nil {
		return nil, pyerr.Info(err)
	}
	res, _, err := f.run(nil, false)
	t.pop(f)
	if err != nil {
		t.lastExc = pyerr.Exception(err)
	}
	t.release(f)
	return res, err
}

// callFunction calls a Python function; self, when not nil, is the first
// positional argument.
func (t *Thread) callFunction(fn *py.Function, self py.Object, args []py.Object, kws py.StringDict) (py.Object, error) {
	return t.callOrdered(fn, self, args, kws, nil)
}

// callOrdered is callFunction with the keyword names in call order, which
// a **kwargs parameter keeps.
func (t *Thread) callOrdered(fn *py.Function, self py.Object, args []py.Object, kws py.StringDict, order []string) (py.Object, error) {
	code := fn.Code
	f := t.newFrame(fn.Context, code, fn.Globals, nil)
	if err := f.bindOrdered(fn.Qualname, self, args, kws, order, fn.Defaults, fn.KwDefaults, fn.Closure); err != nil {
		t.release(f)
		return nil, err
	}
	if code.Flags&suspendable != 0 {
		return t.suspended(f, code, fn.Name, fn.Qualname), nil
	}
	return f.call1()
}

// call implements the CALL_FUNCTION family: the function and its
// arguments are on the stack, star and kw are the *args and **kwargs
// operands or nil.
func (f *Frame) call(argc int, star, kw py.Object) error {
	nargs := argc & 0xff
	nkw := (argc >> 8) & 0xff
	top := f.sp
	base := top - 2*nkw - nargs - 1
	fn := f.Stack[base]
	if nkw == 0 && star == nil && kw == nil {
		args := f.Stack[base+1 : top]
		var res py.Object
		var err error
		switch x := fn.(type) {
		case *py.Function:
			res, err = f.t.callFunction(x, nil, args, nil)
		case *py.BoundMethod:
			if m, ok := x.Method.(*py.Function); ok {
				res, err = f.t.callFunction(m, x.Self, args, nil)
			} else {
				res, err = py.Call(x, copyArgs(args), nil)
			}
		case *py.Method:
			res, err = f.callMethod(x, copyArgs(args), nil)
		case *py.Type:
			if x == object.SuperType && len(args) == 0 {
				res, err = f.superNoArgs()
			} else {
				res, err = f.callClass(x, copyArgs(args), nil, nil)
			}
		default:
			res, err = py.Call(fn, copyArgs(args), nil)
		}
		f.unwindTo(base)
		if err != nil {
			return err
		}
		f.push(res)
		return nil
	}
	args := copyArgs(f.Stack[base+1 : base+1+nargs])
	var kwargs py.StringDict
	var order []string
	if nkw > 0 || kw != nil {
		kwargs = py.NewStringDictSized(nkw)
		order = make([]string, 0, nkw)
	}
	for i := base + 1 + nargs; i < top; i += 2 {
		k, ok := f.Stack[i].(py.String)
		if !ok {
			f.unwindTo(base)
			return pyerr.Newf(py.TypeError, "keywords must be strings")
		}
		kwargs[string(k)] = f.Stack[i+1]
		order = append(order, string(k))
	}
	f.unwindTo(base)
	// CPython 3.11 iterates *args as soon as it follows positional
	// arguments (LIST_EXTEND), else only when calling, after it has merged
	// **kwargs (DICT_MERGE).
	spread := func() error {
		items, err := iterproto.Collect(star)
		if err != nil {
			if notIterable(err, star) {
				if nargs > 0 {
					return pyerr.Newf(py.TypeError, "Value after * must be an iterable, not %s", star.Type().Name)
				}
				return pyerr.Newf(py.TypeError, "%s argument after * must be an iterable, not %s", funcDesc(fn), star.Type().Name)
			}
			return err
		}
		args = append(args, items...)
		return nil
	}
	if star != nil && nargs > 0 {
		if err := spread(); err != nil {
			return err
		}
	}
	if kw != nil {
		var err error
		if order, err = starStarArgs(fn, kw, kwargs, order); err != nil {
			return err
		}
	}
	if star != nil && nargs == 0 {
		if err := spread(); err != nil {
			return err
		}
	}
	var res py.Object
	var err error
	switch x := fn.(type) {
	case *py.Function:
		res, err = f.t.callOrdered(x, nil, args, kwargs, order)
	case *py.BoundMethod:
		if m, ok := x.Method.(*py.Function); ok {
			res, err = f.t.callOrdered(m, x.Self, args, kwargs, order)
		} else if d, ok := x.Self.(*hashed.Dict); ok && x.Method == hashed.UpdateMethod {
			res, err = py.None, d.UpdateFromCall(args, kwargs, order)
		} else if sd, ok := x.Self.(py.StringDict); ok && x.Method == hashed.UpdateMethod {
			res, err = py.None, hashed.UpdateStringDict(sd, args, kwargs, order)
		} else {
			res, err = py.Call(x, args, kwargs)
		}
	case *py.Method:
		res, err = f.callMethod(x, args, kwargs)
	case *py.Type:
		if x == py.StringDictType {
			res, err = hashed.NewFromCall(args, kwargs, order)
		} else {
			res, err = f.callClass(x, args, kwargs, order)
		}
	default:
		res, err = py.Call(fn, args, kwargs)
	}
	if err != nil {
		return err
	}
	f.push(res)
	return nil
}

// starStarArgs adds the pairs of a **mapping argument to the keyword
// arguments of a call and to their order, with CPython's errors.
func starStarArgs(fn, kw py.Object, kwargs py.StringDict, order []string) ([]string, error) {
	d, ok := kw.(*hashed.Dict)
	if !ok {
		d = hashed.NewDict()
		if err := mergeMapping(d, kw, false); err != nil {
			return nil, mergeError(fn, kw, err)
		}
	}
	// CPython merges the mapping (a repeated name is an error there)
	// before the call checks that every name is a string.
	for k := range d.Items() {
		if s, ok := k.(py.String); ok {
			if _, dup := kwargs[string(s)]; dup {
				return nil, duplicateKeyword(fn, s)
			}
		}
	}
	for k, v := range d.Items() {
		s, ok := k.(py.String)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "keywords must be strings")
		}
		kwargs[string(s)] = v
		order = append(order, string(s))
	}
	return order, nil
}

// funcDesc names a callable the way CPython's argument errors do.
func funcDesc(fn py.Object) string {
	switch x := fn.(type) {
	case *py.Function:
		if mod, ok := x.Globals["__name__"].(py.String); ok && mod != "builtins" {
			return string(mod) + "." + x.Qualname + "()"
		}
		return x.Qualname + "()"
	case *py.BoundMethod:
		// A builtin method bound to a value is named after the value's
		// type, as CPython's method descriptors are.
		if m, ok := x.Method.(*py.Method); ok && m.Module == nil {
			return x.Self.Type().Name + "." + m.Name + "()"
		}
		return funcDesc(x.Method)
	case *py.Method:
		return x.Name + "()"
	case *py.Type:
		return x.Name + "()"
	}
	return fn.Type().Name + " object"
}

// callClass calls class cls. A class made by type(name, bases, ns) whose
// namespace names no __module__ gets the calling module's __name__, as
// CPython reads it from the calling frame's globals.
func (f *Frame) callClass(cls *py.Type, args py.Tuple, kwargs py.StringDict, order []string) (py.Object, error) {
	res, err := object.CallClassOrdered(cls, args, kwargs, order)
	if err != nil || cls != py.TypeType || len(args) != 3 {
		return res, err
	}
	if t, ok := res.(*py.Type); ok {
		if ns, ok := hashed.AsStringDict(args[2]); ok {
			if _, named := ns["__module__"]; !named {
				if name, ok := f.Globals["__name__"]; ok {
					t.Dict["__module__"] = name
				}
			}
		}
	}
	return res, nil
}

func copyArgs(args []py.Object) py.Tuple {
	if len(args) == 0 {
		return nil
	}
	t := make(py.Tuple, len(args))
	copy(t, args)
	return t
}

// callMethod calls a Go builtin, giving the ones that need the calling
// frame (globals, locals, exec, eval, __import__) what they need.
func (f *Frame) callMethod(m *py.Method, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	switch m.Internal() {
	case py.InternalMethodNone:
		// vars() without an argument is locals(), which only the frame
		// knows; the builtin handles the other forms.
		if len(args) == 0 && len(kwargs) == 0 && m.Name == "vars" && f.Builtins["vars"] == py.Object(m) {
			return f.locals(), nil
		}
		// dir() without an argument lists the calling scope.
		if len(args) == 0 && len(kwargs) == 0 && m.Name == "dir" && f.Builtins["dir"] == py.Object(m) {
			scope := f.locals()
			names := make([]string, 0, len(scope))
			for k := range scope {
				names = append(names, k)
			}
			slices.Sort(names)
			items := make([]py.Object, len(names))
			for i, k := range names {
				items[i] = py.String(k)
			}
			return py.NewListFromItems(items), nil
		}
		return m.M__call__(args, kwargs)
	case py.InternalMethodGlobals:
		if len(args) != 0 || len(kwargs) != 0 {
			return nil, pyerr.Newf(py.TypeError, "globals() takes no arguments (%d given)", len(args)+len(kwargs))
		}
		return f.Globals, nil
	case py.InternalMethodLocals:
		if len(args) != 0 || len(kwargs) != 0 {
			return nil, pyerr.Newf(py.TypeError, "locals() takes no arguments (%d given)", len(args)+len(kwargs))
		}
		return f.locals(), nil
	case py.InternalMethodImport:
		return py.BuiltinImport(f.Context, nil, args, kwargs, f.Globals)
	case py.InternalMethodEval:
		return f.evalOrExec(args, kwargs, py.EvalMode)
	case py.InternalMethodExec:
		if _, err := f.evalOrExec(args, kwargs, py.ExecMode); err != nil {
			return nil, err
		}
		return py.None, nil
	}
	return nil, pyerr.Newf(py.SystemError, "unknown internal method %s", m.Name)
}

// locals returns the frame's locals as a dict, refreshed from the fast
// locals for function frames.
func (f *Frame) locals() py.StringDict {
	if f.Code.Flags&py.CO_OPTIMIZED != 0 || f.Locals == nil {
		f.FastToLocals()
	}
	return f.Locals
}

// evalOrExec implements eval() and exec() in the calling frame.
func (f *Frame) evalOrExec(args py.Tuple, kwargs py.StringDict, mode py.CompileMode) (py.Object, error) {
	var src, globals, locals py.Object = nil, py.None, py.None
	if err := py.UnpackTuple(args, kwargs, string(mode), 1, 3, &src, &globals, &locals); err != nil {
		return nil, err
	}
	var g, l py.StringDict
	var syncs []func()
	if globals == py.None {
		g = f.Globals
		if locals == py.None {
			l = f.locals()
		}
	} else {
		d, sync, ok := namespace(globals)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "%s() globals must be a dict, not %s", mode, globals.Type().Name)
		}
		g = d
		syncs = append(syncs, sync)
		if locals == py.None {
			l = g
		}
	}
	if l == nil {
		d, sync, ok := namespace(locals)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "locals must be a mapping")
		}
		l = d
		syncs = append(syncs, sync)
	}
	if _, ok := g["__builtins__"]; !ok {
		g["__builtins__"] = f.Builtins
	}
	var code *py.Code
	switch x := src.(type) {
	case *py.Code:
		code = x
	case py.String:
		c, err := py.Compile(strings.TrimLeft(string(x), " \t"), "<string>", mode, 0, true)
		if err != nil {
			return nil, err
		}
		code = c
	case py.Bytes:
		c, err := py.Compile(strings.TrimLeft(string(x), " \t"), "<string>", mode, 0, true)
		if err != nil {
			return nil, err
		}
		code = c
	default:
		return nil, pyerr.Newf(py.TypeError, "%s() arg 1 must be a string, bytes or code object", mode)
	}
	if len(code.Freevars) > 0 {
		return nil, pyerr.Newf(py.TypeError, "code object passed to %s() may not contain free variables", mode)
	}
	nf := f.t.newFrame(f.Context, code, g, l)
	if err := nf.bind(code.Name, nil, nil, nil, nil, nil, nil); err != nil {
		return nil, err
	}
	res, err := nf.call1()
	for _, sync := range syncs {
		sync()
	}
	return res, err
}

// namespace gives exec and eval a gpython dict for a dict argument. The
// frame runs on a str-keyed copy of a *hashed.Dict, in its order; sync
// copies the changes back, new names in the order the code made them.
func namespace(o py.Object) (d py.StringDict, sync func(), ok bool) {
	switch x := o.(type) {
	case py.StringDict:
		return x, func() {}, true
	case *hashed.Dict:
		sd := py.NewStringDictSized(x.Len())
		var order []string
		for k, v := range x.Items() {
			if s, ok := k.(py.String); ok {
				sd[string(s)] = v
				order = append(order, string(s))
			}
		}
		hashed.SetNames(sd, order)
		return sd, func() {
			for _, k := range x.Keys() {
				if s, ok := k.(py.String); ok {
					if _, kept := sd[string(s)]; !kept {
						_, _ = x.Delete(k)
					}
				}
			}
			for _, k := range hashed.Names(sd) {
				x.SetString(k, sd[k])
			}
		}, true
	}
	return nil, nil, false
}

// bind binds the arguments of a call to f's fast locals and sets up its
// cells, with CPython 3.11's errors. name is the function's qualified name.
// Keywords bind in sorted order.
func (f *Frame) bind(name string, self py.Object, args []py.Object, kws py.StringDict, defs []py.Object, kwdefs py.StringDict, closure py.Tuple) error {
	return f.bindOrdered(name, self, args, kws, nil, defs, kwdefs, closure)
}

// bindOrdered is bind with the keyword names in call order (order), which
// a **kwargs parameter keeps.
func (f *Frame) bindOrdered(name string, self py.Object, args []py.Object, kws py.StringDict, order []string, defs []py.Object, kwdefs py.StringDict, closure py.Tuple) error {
	co := f.Code
	fast := f.Localsplus
	argcount := int(co.Argcount)
	total := argcount + int(co.Kwonlyargcount)
	nargs := len(args)
	if self != nil {
		nargs++
	}
	argAt := func(i int) py.Object {
		if self != nil {
			if i == 0 {
				return self
			}
			return args[i-1]
		}
		return args[i]
	}
	if len(fast) < total {
		return pyerr.Newf(py.SystemError, "%s(): code has fewer locals than arguments", name)
	}
	simple := len(kws) == 0 && co.Flags&(py.CO_VARARGS|py.CO_VARKEYWORDS) == 0 && co.Kwonlyargcount == 0
	if simple && nargs == argcount {
		i := 0
		if self != nil {
			fast[0] = self
			i = 1
		}
		copy(fast[i:], args)
		return f.initCells(name, closure)
	}
	var kwdict *hashed.Dict
	if co.Flags&py.CO_VARKEYWORDS != 0 {
		kwdict = hashed.NewDictSized(len(kws))
		i := total
		if co.Flags&py.CO_VARARGS != 0 {
			i++
		}
		fast[i] = kwdict
	}
	n := min(nargs, argcount)
	for i := 0; i < n; i++ {
		fast[i] = argAt(i)
	}
	if co.Flags&py.CO_VARARGS != 0 {
		u := make(py.Tuple, nargs-n)
		for i := n; i < nargs; i++ {
			u[i-n] = argAt(i)
		}
		fast[total] = u
	}
	if len(order) != len(kws) {
		order = sortedNames(kws)
	}
	posOnly := -1 // looked up when a keyword names a positional parameter
	var posOnlyKws []string
	for _, kw := range order {
		v := kws[kw]
		j := -1
		for k := 0; k < total; k++ {
			if co.Varnames[k] == kw {
				j = k
				break
			}
		}
		if j >= 0 && j < argcount && posOnly < 0 {
			posOnly = compiler.PosOnlyArgCount(co)
		}
		if j >= 0 && j < posOnly {
			if kwdict == nil {
				posOnlyKws = append(posOnlyKws, kw)
				continue
			}
			j = -1
		}
		if j < 0 {
			if kwdict == nil {
				return pyerr.Newf(py.TypeError, "%s() got an unexpected keyword argument '%s'", name, kw)
			}
			kwdict.SetString(kw, v)
			continue
		}
		if fast[j] != nil {
			return pyerr.Newf(py.TypeError, "%s() got multiple values for argument '%s'", name, kw)
		}
		fast[j] = v
	}
	if posOnlyKws != nil {
		return pyerr.Newf(py.TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'", name, strings.Join(posOnlyKws, ", "))
	}
	if nargs > argcount && co.Flags&py.CO_VARARGS == 0 {
		return tooManyPositional(name, co, nargs, len(defs), fast)
	}
	if nargs < argcount {
		m := argcount - len(defs)
		var missing []string
		for i := nargs; i < m; i++ {
			if fast[i] == nil {
				missing = append(missing, co.Varnames[i])
			}
		}
		if len(missing) > 0 {
			return missingArgs(name, "positional", missing)
		}
		for i := max(n-m, 0); i < len(defs); i++ {
			if fast[m+i] == nil {
				fast[m+i] = defs[i]
			}
		}
	}
	if co.Kwonlyargcount > 0 {
		var missing []string
		for i := argcount; i < total; i++ {
			if fast[i] != nil {
				continue
			}
			if def, ok := kwdefs[co.Varnames[i]]; ok {
				fast[i] = def
				continue
			}
			missing = append(missing, co.Varnames[i])
		}
		if len(missing) > 0 {
			return missingArgs(name, "keyword-only", missing)
		}
	}
	return f.initCells(name, closure)
}

// initCells makes the cells of cell variables, moving arguments that are
// cells into them, and copies the closure's cells into the frame.
func (f *Frame) initCells(name string, closure py.Tuple) error {
	co := f.Code
	if len(co.Cellvars) == 0 && len(co.Freevars) == 0 {
		return nil
	}
	fast := f.Localsplus
	nl := int(co.Nlocals)
	for i := range co.Cellvars {
		var c *py.Cell
		if co.Cell2arg != nil && co.Cell2arg[i] != py.CO_CELL_NOT_AN_ARG {
			a := int(co.Cell2arg[i])
			c = py.NewCell(fast[a])
			fast[a] = nil
		} else {
			c = py.NewCell(nil)
		}
		fast[nl+i] = c
	}
	if len(closure) < len(co.Freevars) {
		return pyerr.Newf(py.SystemError, "%s(): closure has %d cells, code needs %d", name, len(closure), len(co.Freevars))
	}
	base := nl + len(co.Cellvars)
	for i := range co.Freevars {
		fast[base+i] = closure[i]
	}
	return nil
}

func sortedNames(kws py.StringDict) []string {
	names := make([]string, 0, len(kws))
	for k := range kws {
		names = append(names, k)
	}
	slices.Sort(names)
	return names
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func tooManyPositional(name string, co *py.Code, given, ndefs int, fast []py.Object) error {
	argcount := int(co.Argcount)
	kwonly := 0
	for i := argcount; i < argcount+int(co.Kwonlyargcount); i++ {
		if fast[i] != nil {
			kwonly++
		}
	}
	var sig string
	isPlural := argcount != 1
	if ndefs > 0 {
		sig = "from " + strconv.Itoa(argcount-ndefs) + " to " + strconv.Itoa(argcount)
		isPlural = true
	} else {
		sig = strconv.Itoa(argcount)
	}
	s := ""
	if isPlural {
		s = "s"
	}
	kwsig := ""
	if kwonly > 0 {
		kwsig = " positional argument" + plural(given) + " (and " + strconv.Itoa(kwonly) + " keyword-only argument" + plural(kwonly) + ")"
	}
	verb := "were"
	if given == 1 && kwonly == 0 {
		verb = "was"
	}
	return pyerr.Newf(py.TypeError, "%s() takes %s positional argument%s but %d%s %s given", name, sig, s, given, kwsig, verb)
}

func missingArgs(name, kind string, names []string) error {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	return pyerr.Newf(py.TypeError, "%s() missing %d required %s argument%s: %s", name, len(names), kind, plural(len(names)), list)
}
