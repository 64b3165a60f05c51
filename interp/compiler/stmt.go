package compiler

import (
	"strings"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/symtable"
	"github.com/go-python/gpython/vm"

	"github.com/gpyasync/gpyasync/interp/syntax"
)

func (c *compiler) module(mod ast.Mod, st *symtable.SymTable) *py.Code {
	c.enter(st, scopeModule, "<module>", 1)
	switch m := mod.(type) {
	case *ast.Module:
		c.markFuture(m.Body)
		c.body(m.Body)
	case *ast.Suite:
		c.markFuture(m.Body)
		c.body(m.Body)
	case *ast.Interactive:
		c.markFuture(m.Body)
		c.interactive = true
		if c.hasAnnotations(m.Body) {
			c.op(SETUP_ANNOTATIONS)
		}
		c.stmts(m.Body)
	case *ast.Expression:
		c.expr(m.Body)
		c.op(vm.RETURN_VALUE)
		return c.finish(false)
	default:
		c.internalf("unsupported module type %s", mod.Type().Name)
	}
	return c.finish(true)
}

// markFuture records the "from __future__" imports that are allowed: those
// at the start of a module, after the docstring if any.
func (c *compiler) markFuture(body []ast.Stmt) {
	c.futureOK = map[*ast.ImportFrom]bool{}
	if _, ok := docstring(body); ok {
		body = body[1:]
	}
	for _, s := range body {
		imp, ok := s.(*ast.ImportFrom)
		if !ok || imp.Module != "__future__" {
			return
		}
		c.futureOK[imp] = true
	}
}

func docstring(body []ast.Stmt) (py.String, bool) {
	if len(body) == 0 {
		return "", false
	}
	if e, ok := body[0].(*ast.ExprStmt); ok {
		if s, ok := e.Value.(*ast.Str); ok {
			return s.S, true
		}
	}
	return "", false
}

// body compiles a module or class body, storing its docstring in __doc__.
func (c *compiler) body(stmts []ast.Stmt) {
	if c.hasAnnotations(stmts) {
		c.op(SETUP_ANNOTATIONS)
	}
	if _, ok := docstring(stmts); ok {
		c.setLine(stmts[0])
		c.expr(stmts[0].(*ast.ExprStmt).Value)
		c.storeName("__doc__")
		stmts = stmts[1:]
	}
	c.stmts(stmts)
}

func (c *compiler) stmts(stmts []ast.Stmt) {
	for _, s := range stmts {
		c.stmt(s)
	}
}

func (c *compiler) stmt(s ast.Stmt) {
	c.setLine(s)
	switch s := s.(type) {
	case *ast.FunctionDef:
		c.functionDef(s)
	case *ast.ClassDef:
		c.classDef(s)
	case *ast.Return:
		if c.u.st.Type != symtable.FunctionBlock {
			c.errorf(s, "'return' outside function")
		}
		c.checkExceptStarExit(s, false)
		if s.Value != nil {
			c.expr(s.Value)
		} else {
			c.loadConst(py.None)
		}
		c.op(vm.RETURN_VALUE)
	case *ast.Delete:
		for _, t := range s.Targets {
			c.checkDelete(t)
			c.expr(t)
		}
	case *ast.Assign:
		if a := c.extra.AnnAssign[s]; a != nil {
			c.annAssign(a)
			break
		}
		for _, t := range s.Targets {
			c.checkAssign(t)
		}
		c.expr(s.Value)
		for i, t := range s.Targets {
			if i < len(s.Targets)-1 {
				c.op(vm.DUP_TOP)
			}
			c.expr(t)
		}
	case *ast.AugAssign:
		c.augAssign(s)
	case *ast.For:
		if c.extra.Async[s] {
			c.asyncFor(s)
		} else {
			c.forStmt(s)
		}
	case *ast.While:
		c.whileStmt(s)
	case *ast.If:
		if subject, ok := syntax.MatchSubject(s); ok {
			c.matchStmt(s, subject)
		} else {
			c.ifStmt(s)
		}
	case *ast.With:
		c.with(s, 0, c.extra.Async[s])
	case *ast.Raise:
		n := 0
		if s.Exc != nil {
			c.expr(s.Exc)
			n++
			if s.Cause != nil {
				c.expr(s.Cause)
				n++
			}
		}
		c.opArg(vm.RAISE_VARARGS, n)
	case *ast.Try:
		if len(s.Finalbody) > 0 {
			c.tryFinally(s)
		} else {
			c.tryExcept(s)
		}
	case *ast.Assert:
		c.assert(s)
	case *ast.Import:
		c.importStmt(s)
	case *ast.ImportFrom:
		c.importFrom(s)
	case *ast.Global, *ast.Nonlocal, *ast.Pass:
	case *ast.ExprStmt:
		if c.interactive && c.u.kind == scopeModule {
			c.expr(s.Value)
			c.op(vm.PRINT_EXPR)
			return
		}
		switch s.Value.(type) {
		case *ast.Str, *ast.Num:
			// A constant statement has no effect; CPython emits no code.
			return
		}
		c.expr(s.Value)
		c.op(vm.POP_TOP)
	case *ast.Break:
		c.checkExceptStarExit(s, true)
		if !c.inLoop() {
			c.errorf(s, "'break' outside loop")
		}
		c.op(vm.BREAK_LOOP)
	case *ast.Continue:
		c.continueStmt(s)
	default:
		c.internalf("unsupported statement %s", s.Type().Name)
	}
}

func (c *compiler) inLoop() bool {
	for _, f := range c.u.fblocks {
		if f.kind == fbLoop {
			return true
		}
	}
	return false
}

func (c *compiler) continueStmt(s *ast.Continue) {
	c.checkExceptStarExit(s, true)
	fbs := c.u.fblocks
	if len(fbs) == 0 {
		c.errorf(s, "'continue' not properly in loop")
	}
	i := len(fbs) - 1
	switch fbs[i].kind {
	case fbLoop:
		c.jump(vm.JUMP_ABSOLUTE, fbs[i].block)
	default:
		// Inside try, except or finally: CONTINUE_LOOP unwinds the blocks
		// (and a finally clause's saved state) on its way to the loop.
		for i--; i >= 0 && fbs[i].kind != fbLoop; i-- {
		}
		if i < 0 {
			c.errorf(s, "'continue' not properly in loop")
		}
		c.jump(vm.CONTINUE_LOOP, fbs[i].block)
	}
}

// args compiles defaults, keyword-only defaults and annotations of a
// function and returns the MAKE_FUNCTION argument.
func (c *compiler) args(a *ast.Arguments, returns ast.Expr) int {
	for _, d := range a.Defaults {
		c.expr(d)
	}
	nkw := 0
	for i, arg := range a.Kwonlyargs {
		if i < len(a.KwDefaults) && a.KwDefaults[i] != nil {
			c.loadConst(py.String(mangle(c.u.private, string(arg.Arg))))
			c.expr(a.KwDefaults[i])
			nkw++
		}
	}
	var names py.Tuple
	ann := func(arg *ast.Arg) {
		if arg != nil && arg.Annotation != nil {
			c.annotation(arg.Annotation)
			names = append(names, py.String(mangle(c.u.private, string(arg.Arg))))
		}
	}
	// CPython lists positional-only parameters after the others.
	posOnly := c.extra.PosOnly[a]
	for _, arg := range a.Args[posOnly:] {
		ann(arg)
	}
	for _, arg := range a.Args[:posOnly] {
		ann(arg)
	}
	ann(a.Vararg)
	for _, arg := range a.Kwonlyargs {
		ann(arg)
	}
	ann(a.Kwarg)
	if returns != nil {
		c.annotation(returns)
		names = append(names, py.String("return"))
	}
	nann := 0
	if len(names) > 0 {
		c.loadConst(names)
		nann = len(names) + 1
	}
	return len(a.Defaults) | nkw<<8 | nann<<16
}

func (c *compiler) checkArgs(a *ast.Arguments) {
	seen := map[ast.Identifier]bool{}
	check := func(arg *ast.Arg) {
		if arg == nil {
			return
		}
		if arg.Arg == "__debug__" {
			c.errorf(arg, "cannot assign to __debug__")
		}
		if seen[arg.Arg] {
			c.errorf(arg, "duplicate argument '%s' in function definition", arg.Arg)
		}
		seen[arg.Arg] = true
	}
	for _, arg := range a.Args {
		check(arg)
	}
	check(a.Vararg)
	for _, arg := range a.Kwonlyargs {
		check(arg)
	}
	check(a.Kwarg)
}

func (c *compiler) functionDef(s *ast.FunctionDef) {
	firstlineno := s.Lineno
	for _, d := range s.DecoratorList {
		c.expr(d)
	}
	if len(s.DecoratorList) > 0 {
		firstlineno = s.DecoratorList[0].GetLineno()
	}
	flags := c.args(s.Args, s.Returns)
	st := c.childTable(s)
	c.enter(st, scopeFunction, string(s.Name), firstlineno)
	c.u.argcount = int32(len(s.Args.Args))
	c.u.kwonlyargcount = int32(len(s.Args.Kwonlyargs))
	c.u.asyncFlags = c.functionFlags(s)
	body := s.Body
	if doc, ok := docstring(body); ok {
		c.u.addConst(doc)
		body = body[1:]
	} else {
		c.u.addConst(py.None)
	}
	c.stmts(body)
	qualname := c.u.qualname
	code := c.finish(true)
	setPosOnly(code, c.extra.PosOnly[s.Args])
	c.exit()
	c.makeClosure(code, qualname, flags)
	c.applyDecorators(s.DecoratorList)
	c.storeName(string(s.Name))
}

// applyDecorators calls the decorators already on the stack, innermost
// first, each on its own line as CPython 3.11 reports it.
func (c *compiler) applyDecorators(decorators []ast.Expr) {
	saved := c.u.lineno
	for i := len(decorators) - 1; i >= 0; i-- {
		if l := startLine(decorators[i]); l > 0 {
			c.u.lineno = l
		}
		c.opArg(vm.CALL_FUNCTION, 1)
	}
	c.u.lineno = saved
}

func (c *compiler) childTable(n ast.Ast) *symtable.SymTable {
	st := c.u.st.FindChild(n)
	if st == nil {
		c.internalf("no symbol table for %s", n.Type().Name)
	}
	return st
}

// makeClosure emits the code that makes a function object from code, with
// its free variables bound to this unit's cells.
func (c *compiler) makeClosure(code *py.Code, qualname string, arg int) {
	if len(code.Freevars) == 0 {
		c.loadConst(code)
		c.loadConst(py.String(qualname))
		c.opArg(vm.MAKE_FUNCTION, arg)
		return
	}
	for _, name := range code.Freevars {
		idx, ok := c.u.cellIdx[name]
		if !ok {
			idx, ok = c.u.freeIdx[name]
		}
		if !ok {
			c.internalf("no cell for free variable %q of %s", name, code.Name)
		}
		c.opArg(vm.LOAD_CLOSURE, idx)
	}
	c.opArg(vm.BUILD_TUPLE, len(code.Freevars))
	c.loadConst(code)
	c.loadConst(py.String(qualname))
	c.opArg(vm.MAKE_CLOSURE, arg)
}

func (c *compiler) classDef(s *ast.ClassDef) {
	for _, d := range s.DecoratorList {
		c.expr(d)
	}
	firstlineno := s.Lineno
	if len(s.DecoratorList) > 0 {
		firstlineno = s.DecoratorList[0].GetLineno()
	}
	st := c.childTable(s)
	c.enter(st, scopeClass, string(s.Name), firstlineno)
	c.u.private = string(s.Name)
	c.u.lineno = s.Lineno
	c.loadName("__name__")
	c.storeName("__module__")
	c.loadConst(py.String(c.u.qualname))
	c.storeName("__qualname__")
	c.body(s.Body)
	if st.NeedsClassClosure {
		c.opArg(vm.LOAD_CLOSURE, c.u.cellIdx["__class__"])
	} else {
		c.loadConst(py.None)
	}
	c.op(vm.RETURN_VALUE)
	qualname := c.u.qualname
	code := c.finish(false)
	c.exit()
	c.op(vm.LOAD_BUILD_CLASS)
	c.makeClosure(code, qualname, 0)
	c.loadConst(py.String(s.Name))
	c.callHelper(s, 2, s.Bases, s.Keywords, s.Starargs, s.Kwargs)
	c.applyDecorators(s.DecoratorList)
	c.storeName(string(s.Name))
}

func (c *compiler) augAssign(s *ast.AugAssign) {
	op := inplaceOps[s.Op]
	switch t := s.Target.(type) {
	case *ast.Name:
		c.checkAssign(t)
		c.loadName(string(t.Id))
		c.expr(s.Value)
		c.op(op)
		c.storeName(string(t.Id))
	case *ast.Attribute:
		c.expr(t.Value)
		c.op(vm.DUP_TOP)
		c.opName(vm.LOAD_ATTR, mangle(c.u.private, string(t.Attr)))
		c.expr(s.Value)
		c.op(op)
		c.op(vm.ROT_TWO)
		c.opName(vm.STORE_ATTR, mangle(c.u.private, string(t.Attr)))
	case *ast.Subscript:
		c.expr(t.Value)
		c.slice(t.Slice)
		c.op(vm.DUP_TOP_TWO)
		c.op(vm.BINARY_SUBSCR)
		c.expr(s.Value)
		c.op(op)
		c.op(vm.ROT_THREE)
		c.op(vm.STORE_SUBSCR)
	default:
		c.errorf(s.Target, "'%s' is an illegal expression for augmented assignment", syntax.ExprName(s.Target))
	}
}

func (c *compiler) forStmt(s *ast.For) {
	start, cleanup, end := &block{}, &block{}, &block{}
	c.jump(vm.SETUP_LOOP, end)
	c.pushFblock(s, fbLoop, start)
	c.iterable(s.Iter)
	c.op(vm.GET_ITER)
	c.useBlock(start)
	c.jump(vm.FOR_ITER, cleanup)
	c.checkAssign(s.Target)
	c.expr(s.Target)
	c.stmts(s.Body)
	c.jump(vm.JUMP_ABSOLUTE, start)
	c.useBlock(cleanup)
	c.op(vm.POP_BLOCK)
	c.popFblock()
	c.stmts(s.Orelse)
	c.useBlock(end)
}

// constTruth reports whether e is a constant and its truth value.
func constTruth(e ast.Expr) (truth, ok bool) {
	switch e := e.(type) {
	case *ast.NameConstant:
		t, err := py.ObjectIsTrue(e.Value)
		return t, err == nil
	case *ast.Num:
		t, err := py.ObjectIsTrue(e.N)
		return t, err == nil
	case *ast.Str:
		return len(e.S) > 0, true
	}
	return false, false
}

func (c *compiler) whileStmt(s *ast.While) {
	// "while True:" needs no test, as in CPython.
	truth, isConst := constTruth(s.Test)
	isConst = isConst && truth
	loop, orelse, end := &block{}, &block{}, &block{}
	c.jump(vm.SETUP_LOOP, end)
	c.useBlock(loop)
	c.pushFblock(s, fbLoop, loop)
	if !isConst {
		c.expr(s.Test)
		c.jump(vm.POP_JUMP_IF_FALSE, orelse)
	}
	c.stmts(s.Body)
	c.jump(vm.JUMP_ABSOLUTE, loop)
	c.useBlock(orelse)
	c.op(vm.POP_BLOCK)
	c.popFblock()
	c.stmts(s.Orelse)
	c.useBlock(end)
}

func (c *compiler) ifStmt(s *ast.If) {
	end := &block{}
	next := end
	if len(s.Orelse) > 0 {
		next = &block{}
	}
	c.expr(s.Test)
	c.jump(vm.POP_JUMP_IF_FALSE, next)
	c.stmts(s.Body)
	if len(s.Orelse) > 0 {
		c.jump(vm.JUMP_FORWARD, end)
		c.useBlock(next)
		c.stmts(s.Orelse)
	}
	c.useBlock(end)
}

// with compiles the with-items from pos on of a with or, when async is set,
// an async with statement: the same block structure, with awaits of
// __aenter__ and __aexit__ for async with.
func (c *compiler) with(s *ast.With, pos int, async bool) {
	item := s.Items[pos]
	final := &block{}
	c.expr(item.ContextExpr)
	if async {
		c.op(BEFORE_ASYNC_WITH)
		c.await(1)
		c.jump(SETUP_ASYNC_WITH, final)
	} else {
		c.jump(vm.SETUP_WITH, final)
	}
	c.nextBlock()
	c.pushFblock(s, fbFinallyTry, c.u.cur)
	if item.OptionalVars != nil {
		c.checkAssign(item.OptionalVars)
		c.expr(item.OptionalVars)
	} else {
		c.op(vm.POP_TOP)
	}
	if pos+1 < len(s.Items) {
		c.with(s, pos+1, async)
	} else {
		c.stmts(s.Body)
	}
	// __exit__ is called on behalf of the with statement's line.
	c.u.lineno = s.Lineno
	c.op(vm.POP_BLOCK)
	c.popFblock()
	c.loadConst(py.None)
	c.useBlock(final)
	c.pushFblock(s, fbFinallyEnd, final)
	if async {
		c.op(WITH_CLEANUP_START)
		c.await(2)
		c.op(WITH_CLEANUP_FINISH)
	} else {
		c.op(vm.WITH_CLEANUP)
	}
	c.endFinally(final)
	c.popFblock()
}

func (c *compiler) tryFinally(s *ast.Try) {
	body, end := &block{}, &block{}
	c.jump(vm.SETUP_FINALLY, end)
	c.useBlock(body)
	c.pushFblock(s, fbFinallyTry, body)
	if len(s.Handlers) > 0 {
		c.tryExcept(s)
	} else {
		c.stmts(s.Body)
	}
	c.op(vm.POP_BLOCK)
	c.popFblock()
	c.loadConst(py.None)
	c.useBlock(end)
	c.pushFblock(s, fbFinallyEnd, end)
	c.stmts(s.Finalbody)
	c.endFinally(end)
	c.popFblock()
}

// tryBody emits the protected body of a try statement with handlers and
// leaves the compiler at the start of the handlers; the caller uses orelse
// and end to finish it with tryElse.
func (c *compiler) tryBody(s *ast.Try) (except, orelse, end *block) {
	body := &block{}
	except, orelse, end = &block{}, &block{}, &block{}
	c.jump(vm.SETUP_EXCEPT, except)
	c.useBlock(body)
	c.pushFblock(s, fbExcept, body)
	c.stmts(s.Body)
	c.op(vm.POP_BLOCK)
	c.popFblock()
	c.jump(vm.JUMP_FORWARD, orelse)
	c.useBlock(except)
	return except, orelse, end
}

// tryElse emits the else clause of a try statement, which runs when the
// body raised nothing, and places end after it.
func (c *compiler) tryElse(s *ast.Try, orelse, end *block) {
	c.useBlock(orelse)
	c.stmts(s.Orelse)
	c.useBlock(end)
}

// unbindHandlerName ends the life of the name of an `except E as name`
// clause: CPython sets it to None and deletes it so the exception and its
// traceback are not kept alive.
func (c *compiler) unbindHandlerName(name string) {
	c.loadConst(py.None)
	c.storeName(name)
	c.deleteName(name)
}

func (c *compiler) tryExcept(s *ast.Try) {
	if c.extra.ExceptStar[s] {
		c.tryExceptStar(s)
		return
	}
	except, orelse, end := c.tryBody(s)
	for i, h := range s.Handlers {
		if h.ExprType == nil && i < len(s.Handlers)-1 {
			c.errorf(h, "default 'except:' must be last")
		}
		c.u.lineno = h.Lineno
		next := &block{}
		if h.ExprType != nil {
			c.op(vm.DUP_TOP)
			c.expr(h.ExprType)
			c.opArg(vm.COMPARE_OP, vm.PyCmp_EXC_MATCH)
			c.jump(vm.POP_JUMP_IF_FALSE, next)
		}
		c.op(vm.POP_TOP)
		if h.Name != "" {
			c.storeName(string(h.Name))
			c.op(vm.POP_TOP)
			cleanupEnd, cleanupBody := &block{}, &block{}
			c.jump(vm.SETUP_FINALLY, cleanupEnd)
			c.useBlock(cleanupBody)
			c.pushFblock(h, fbFinallyTry, cleanupBody)
			c.stmts(h.Body)
			c.op(vm.POP_BLOCK)
			c.popFblock()
			c.op(vm.POP_EXCEPT)
			c.loadConst(py.None)
			c.useBlock(cleanupEnd)
			c.pushFblock(h, fbFinallyEnd, cleanupEnd)
			c.unbindHandlerName(string(h.Name))
			c.endFinally(cleanupEnd)
			c.popFblock()
		} else {
			c.op(vm.POP_TOP)
			c.op(vm.POP_TOP)
			cleanupBody := c.nextBlock()
			c.pushFblock(h, fbFinallyTry, cleanupBody)
			c.stmts(h.Body)
			c.op(vm.POP_EXCEPT)
			c.popFblock()
		}
		c.jump(vm.JUMP_FORWARD, end)
		c.useBlock(next)
	}
	c.endFinally(except)
	c.tryElse(s, orelse, end)
}

func (c *compiler) assert(s *ast.Assert) {
	end := &block{}
	c.expr(s.Test)
	c.jump(vm.POP_JUMP_IF_TRUE, end)
	c.opName(vm.LOAD_GLOBAL, "AssertionError")
	if s.Msg != nil {
		c.expr(s.Msg)
		c.opArg(vm.CALL_FUNCTION, 1)
	}
	c.opArg(vm.RAISE_VARARGS, 1)
	c.useBlock(end)
}

func (c *compiler) importStmt(s *ast.Import) {
	for _, a := range s.Names {
		c.loadConst(py.Int(0))
		c.loadConst(py.None)
		c.opName(vm.IMPORT_NAME, string(a.Name))
		name := string(a.Name)
		if a.AsName != "" {
			parts := strings.Split(name, ".")
			for _, p := range parts[1:] {
				c.opName(vm.LOAD_ATTR, p)
			}
			c.storeName(string(a.AsName))
		} else {
			if i := strings.Index(name, "."); i >= 0 {
				name = name[:i]
			}
			c.storeName(name)
		}
	}
}

func (c *compiler) importFrom(s *ast.ImportFrom) {
	names := make(py.Tuple, len(s.Names))
	for i, a := range s.Names {
		names[i] = py.String(a.Name)
	}
	if s.Module == "__future__" {
		if !c.futureOK[s] {
			c.errorf(s, "from __future__ imports must occur at the beginning of the file")
		}
		for _, a := range s.Names {
			if !knownFuture[string(a.Name)] {
				if a.Name == "braces" {
					c.errorf(s, "not a chance")
				}
				c.errorf(s, "future feature %s is not defined", a.Name)
			}
		}
	}
	c.loadConst(py.Int(s.Level))
	c.loadConst(names)
	c.opName(vm.IMPORT_NAME, string(s.Module))
	if len(s.Names) == 1 && s.Names[0].Name == "*" {
		c.op(vm.IMPORT_STAR)
		return
	}
	for _, a := range s.Names {
		c.opName(vm.IMPORT_FROM, string(a.Name))
		store := a.AsName
		if store == "" {
			store = a.Name
		}
		c.storeName(string(store))
	}
	c.op(vm.POP_TOP)
}

var knownFuture = map[string]bool{
	"nested_scopes": true, "generators": true, "division": true, "absolute_import": true,
	"with_statement": true, "print_function": true, "unicode_literals": true,
	"barry_as_FLUFL": true, "generator_stop": true, "annotations": true,
}
