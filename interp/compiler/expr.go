package compiler

import (
	"fmt"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/symtable"
	"github.com/go-python/gpython/vm"

	"github.com/gpyasync/gpyasync/coroutine"
	"github.com/gpyasync/gpyasync/interp/syntax"
	"github.com/gpyasync/gpyasync/pyerr"
)

var binaryOps = map[ast.OperatorNumber]vm.OpCode{
	ast.Add: vm.BINARY_ADD, ast.Sub: vm.BINARY_SUBTRACT, ast.Mult: vm.BINARY_MULTIPLY,
	ast.Div: vm.BINARY_TRUE_DIVIDE, ast.Modulo: vm.BINARY_MODULO, ast.Pow: vm.BINARY_POWER,
	ast.LShift: vm.BINARY_LSHIFT, ast.RShift: vm.BINARY_RSHIFT, ast.BitOr: vm.BINARY_OR,
	ast.BitXor: vm.BINARY_XOR, ast.BitAnd: vm.BINARY_AND, ast.FloorDiv: vm.BINARY_FLOOR_DIVIDE,
	syntax.MatMult: BINARY_MATRIX_MULTIPLY,
}

var inplaceOps = map[ast.OperatorNumber]vm.OpCode{
	ast.Add: vm.INPLACE_ADD, ast.Sub: vm.INPLACE_SUBTRACT, ast.Mult: vm.INPLACE_MULTIPLY,
	ast.Div: vm.INPLACE_TRUE_DIVIDE, ast.Modulo: vm.INPLACE_MODULO, ast.Pow: vm.INPLACE_POWER,
	ast.LShift: vm.INPLACE_LSHIFT, ast.RShift: vm.INPLACE_RSHIFT, ast.BitOr: vm.INPLACE_OR,
	ast.BitXor: vm.INPLACE_XOR, ast.BitAnd: vm.INPLACE_AND, ast.FloorDiv: vm.INPLACE_FLOOR_DIVIDE,
	syntax.MatMult: INPLACE_MATRIX_MULTIPLY,
}

var unaryOps = map[ast.UnaryOpNumber]vm.OpCode{
	ast.Invert: vm.UNARY_INVERT, ast.Not: vm.UNARY_NOT, ast.UAdd: vm.UNARY_POSITIVE, ast.USub: vm.UNARY_NEGATIVE,
}

var cmpOps = map[ast.CmpOp]int{
	ast.Eq: vm.PyCmp_EQ, ast.NotEq: vm.PyCmp_NE, ast.Lt: vm.PyCmp_LT, ast.LtE: vm.PyCmp_LE,
	ast.Gt: vm.PyCmp_GT, ast.GtE: vm.PyCmp_GE, ast.Is: vm.PyCmp_IS, ast.IsNot: vm.PyCmp_IS_NOT,
	ast.In: vm.PyCmp_IN, ast.NotIn: vm.PyCmp_NOT_IN,
}

// internalf aborts compilation with a SystemError: the input is fine but the
// compiler or the symbol table is inconsistent.
func (c *compiler) internalf(format string, a ...any) {
	panic(compileError{pyerr.Newf(py.SystemError, "compiler: %s", fmt.Sprintf(format, a...))})
}

func (c *compiler) loadName(name string)   { c.nameOp(name, ast.Load) }
func (c *compiler) storeName(name string)  { c.nameOp(name, ast.Store) }
func (c *compiler) deleteName(name string) { c.nameOp(name, ast.Del) }

type nameKind int

const (
	kindName nameKind = iota
	kindFast
	kindGlobal
	kindDeref
)

// nameOp emits the load, store or delete of a variable, choosing the opcode
// family from the variable's scope.
func (c *compiler) nameOp(name string, ctx ast.ExprContext) {
	u := c.u
	scope := u.st.GetScope(name)
	if name == "__class__" && u.kind == scopeClass && scope == symtable.ScopeInvalid {
		if _, ok := u.cellIdx[name]; ok {
			scope = symtable.ScopeCell
		}
	}
	kind := kindName
	fn := u.st.Type == symtable.FunctionBlock
	switch scope {
	case symtable.ScopeFree, symtable.ScopeCell:
		kind = kindDeref
	case symtable.ScopeLocal:
		if fn {
			kind = kindFast
		}
	case symtable.ScopeGlobalImplicit:
		if fn {
			kind = kindGlobal
		}
	case symtable.ScopeGlobalExplicit:
		kind = kindGlobal
	}
	switch kind {
	case kindFast:
		idx := u.addVar(name)
		c.opArg(pick(ctx, vm.LOAD_FAST, vm.STORE_FAST, vm.DELETE_FAST), idx)
	case kindDeref:
		idx, ok := u.cellIdx[name]
		if scope == symtable.ScopeFree || !ok {
			idx, ok = u.freeIdx[name]
		}
		if !ok {
			c.internalf("no cell or free variable %q in %s", name, u.name)
		}
		load := vm.LOAD_DEREF
		if u.kind == scopeClass {
			load = vm.LOAD_CLASSDEREF
		}
		c.opArg(pick(ctx, load, vm.STORE_DEREF, vm.DELETE_DEREF), idx)
	case kindGlobal:
		c.opName(pick(ctx, vm.LOAD_GLOBAL, vm.STORE_GLOBAL, vm.DELETE_GLOBAL), mangle(u.private, name))
	default:
		c.opName(pick(ctx, vm.LOAD_NAME, vm.STORE_NAME, vm.DELETE_NAME), mangle(u.private, name))
	}
}

func pick(ctx ast.ExprContext, load, store, del vm.OpCode) vm.OpCode {
	switch ctx {
	case ast.Store, ast.AugStore:
		return store
	case ast.Del:
		return del
	}
	return load
}

// checkAssign reports targets that cannot be assigned to, with CPython's
// messages.
func (c *compiler) checkAssign(t ast.Expr) {
	switch t := t.(type) {
	case *ast.Name:
		if t.Id == "__debug__" {
			c.errorf(t, "cannot assign to __debug__")
		}
	case *ast.Attribute, *ast.Subscript:
	case *ast.Tuple:
		c.checkTargets(t, t.Elts)
	case *ast.List:
		c.checkTargets(t, t.Elts)
	case *ast.Starred:
		c.errorf(t, "starred assignment target must be in a list or tuple")
	case *ast.NameConstant:
		c.errorf(t, "cannot assign to %v", t.Value)
	default:
		c.errorf(t, "cannot assign to %s", syntax.ExprName(t))
	}
}

func (c *compiler) checkTargets(t ast.Expr, elts []ast.Expr) {
	starred := 0
	for _, e := range elts {
		if s, ok := e.(*ast.Starred); ok {
			starred++
			if starred > 1 {
				c.errorf(t, "multiple starred expressions in assignment")
			}
			c.checkAssign(s.Value)
			continue
		}
		c.checkAssign(e)
	}
}

func (c *compiler) checkDelete(t ast.Expr) {
	switch t := t.(type) {
	case *ast.Name:
		if t.Id == "__debug__" {
			c.errorf(t, "cannot delete __debug__")
		}
	case *ast.Attribute, *ast.Subscript:
	case *ast.Tuple:
		for _, e := range t.Elts {
			c.checkDelete(e)
		}
	case *ast.List:
		for _, e := range t.Elts {
			c.checkDelete(e)
		}
	case *ast.NameConstant:
		c.errorf(t, "cannot delete %v", t.Value)
	default:
		c.errorf(t, "cannot delete %s", syntax.ExprName(t))
	}
}

func (c *compiler) exprs(es []ast.Expr) {
	for _, e := range es {
		c.expr(e)
	}
}

// expr compiles e. Its instructions carry the line where e starts and the
// enclosing code gets its own line back afterwards, so a traceback through a
// multi-line expression names the line CPython 3.11 names.
func (c *compiler) expr(e ast.Expr) {
	saved := c.u.lineno
	if l := startLine(e); l > 0 {
		c.u.lineno = l
	}
	c.exprAt(e)
	c.u.lineno = saved
}

// startLine is the line where e starts. gpython positions calls, attribute
// references and subscripts at their trailer (or not at all), CPython at the
// start of the primary expression.
func startLine(e ast.Expr) int {
	switch e := e.(type) {
	case *ast.Call:
		return startLine(e.Func)
	case *ast.Attribute:
		return startLine(e.Value)
	case *ast.Subscript:
		return startLine(e.Value)
	case *ast.BinOp:
		return startLine(e.Left)
	case *ast.Compare:
		return startLine(e.Left)
	case *ast.BoolOp:
		return startLine(e.Values[0])
	case *ast.IfExp:
		if l := startLine(e.Body); l > 0 && l < e.Lineno {
			return l
		}
	}
	return e.GetLineno()
}

func (c *compiler) exprAt(e ast.Expr) {
	switch e := e.(type) {
	case *ast.BoolOp:
		end := &block{}
		op := vm.JUMP_IF_FALSE_OR_POP
		if e.Op == ast.Or {
			op = vm.JUMP_IF_TRUE_OR_POP
		}
		for _, v := range e.Values[:len(e.Values)-1] {
			c.expr(v)
			c.jump(op, end)
		}
		c.expr(e.Values[len(e.Values)-1])
		c.useBlock(end)
	case *ast.BinOp:
		c.expr(e.Left)
		c.expr(e.Right)
		op, ok := binaryOps[e.Op]
		if !ok {
			c.internalf("unsupported binary operator %v", e.Op)
		}
		c.op(op)
	case *ast.UnaryOp:
		c.expr(e.Operand)
		op, ok := unaryOps[e.Op]
		if !ok {
			c.internalf("unsupported unary operator %v", e.Op)
		}
		c.op(op)
	case *ast.Lambda:
		c.lambda(e)
	case *ast.IfExp:
		end, next := &block{}, &block{}
		c.expr(e.Test)
		c.jump(vm.POP_JUMP_IF_FALSE, next)
		c.expr(e.Body)
		c.jump(vm.JUMP_FORWARD, end)
		c.useBlock(next)
		c.expr(e.Orelse)
		c.useBlock(end)
	case *ast.Dict:
		c.dict(e)
	case *ast.Set:
		c.starUnpack(e.Elts, 0, vm.BUILD_SET, vm.SET_ADD, SET_UPDATE, false)
	case *ast.ListComp:
		c.comprehension(e, "<listcomp>", "list comprehension", e.Generators, e.Elt, nil)
	case *ast.SetComp:
		c.comprehension(e, "<setcomp>", "set comprehension", e.Generators, e.Elt, nil)
	case *ast.DictComp:
		c.comprehension(e, "<dictcomp>", "dict comprehension", e.Generators, e.Key, e.Value)
	case *ast.GeneratorExp:
		c.comprehension(e, "<genexpr>", "generator expression", e.Generators, e.Elt, nil)
	case *ast.Yield:
		c.checkYield(e)
		if e.Value != nil {
			c.expr(e.Value)
		} else {
			c.loadConst(py.None)
		}
		c.op(vm.YIELD_VALUE)
	case *ast.YieldFrom:
		if c.extra.Await[e] {
			c.expr(e.Value)
			c.await(0)
			break
		}
		c.checkYield(e)
		c.expr(e.Value)
		c.op(GET_YIELD_FROM_ITER)
		c.loadConst(py.None)
		c.op(vm.YIELD_FROM)
	case *ast.Compare:
		c.compare(e)
	case *ast.Call:
		if c.extra.JoinedStr[e] {
			c.joinedStr(e)
			break
		}
		if c.extra.NamedExpr[e] {
			c.namedExpr(e)
			break
		}
		if c.extra.Bind[e] {
			c.expr(e.Args[0])
			break
		}
		if spec, ok := c.extra.FormattedValue[e]; ok {
			c.formattedValue(e, spec)
			break
		}
		c.expr(e.Func)
		c.callHelper(e, 0, e.Args, e.Keywords, e.Starargs, e.Kwargs)
	case *ast.Num:
		c.loadConst(e.N)
	case *ast.Str:
		c.loadConst(e.S)
	case *ast.Bytes:
		c.loadConst(e.S)
	case *ast.NameConstant:
		c.loadConst(e.Value)
	case *ast.Ellipsis:
		c.loadConst(py.Ellipsis)
	case *ast.Attribute:
		c.expr(e.Value)
		c.opName(pick(e.Ctx, vm.LOAD_ATTR, vm.STORE_ATTR, vm.DELETE_ATTR), mangle(c.u.private, string(e.Attr)))
	case *ast.Subscript:
		c.expr(e.Value)
		c.slice(e.Slice)
		c.op(pick(e.Ctx, vm.BINARY_SUBSCR, vm.STORE_SUBSCR, vm.DELETE_SUBSCR))
	case *ast.Starred:
		if e.Ctx == ast.Store {
			c.errorf(e, "starred assignment target must be in a list or tuple")
		}
		c.errorf(e, "can't use starred expression here")
	case *ast.Name:
		c.nameOp(string(e.Id), e.Ctx)
	case *ast.List:
		c.sequence(e.Elts, e.Ctx, vm.BUILD_LIST)
	case *ast.Tuple:
		c.sequence(e.Elts, e.Ctx, vm.BUILD_TUPLE)
	default:
		c.internalf("unsupported expression %s", e.Type().Name)
	}
}

func (c *compiler) sequence(elts []ast.Expr, ctx ast.ExprContext, build vm.OpCode) {
	switch ctx {
	case ast.Store:
		star := -1
		for i, e := range elts {
			if _, ok := e.(*ast.Starred); ok {
				star = i
			}
		}
		if star >= 0 {
			after := len(elts) - star - 1
			if star > 0xff || after > 0xffffff {
				c.errorf(elts[star], "too many expressions in star-unpacking assignment")
			}
			c.opArg(vm.UNPACK_EX, star|after<<8)
		} else {
			c.opArg(vm.UNPACK_SEQUENCE, len(elts))
		}
		for _, e := range elts {
			if s, ok := e.(*ast.Starred); ok {
				c.expr(s.Value)
			} else {
				c.expr(e)
			}
		}
	case ast.Del:
		c.exprs(elts)
	default:
		c.starUnpack(elts, 0, vm.BUILD_LIST, vm.LIST_APPEND, LIST_EXTEND, build == vm.BUILD_TUPLE)
	}
}

func (c *compiler) checkYield(e ast.Expr) {
	if c.u.kind == scopeComprehension {
		c.errorf(e, "'yield' inside %s", c.u.comprehension)
	}
	if c.u.st.Type != symtable.FunctionBlock {
		c.errorf(e, "'yield' outside function")
	}
}

func (c *compiler) compare(e *ast.Compare) {
	c.expr(e.Left)
	n := len(e.Ops)
	last := func() {
		// `x in {1, 2, 3}` tests a frozenset constant, as in CPython.
		if op := e.Ops[n-1]; op == ast.In || op == ast.NotIn {
			c.iterable(e.Comparators[n-1])
			return
		}
		c.expr(e.Comparators[n-1])
	}
	if n == 1 {
		last()
		c.opArg(vm.COMPARE_OP, cmpOps[e.Ops[0]])
		return
	}
	cleanup, end := &block{}, &block{}
	for i := 0; i < n-1; i++ {
		c.expr(e.Comparators[i])
		c.op(vm.DUP_TOP)
		c.op(vm.ROT_THREE)
		c.opArg(vm.COMPARE_OP, cmpOps[e.Ops[i]])
		c.jump(vm.JUMP_IF_FALSE_OR_POP, cleanup)
		c.nextBlock()
	}
	last()
	c.opArg(vm.COMPARE_OP, cmpOps[e.Ops[n-1]])
	c.jump(vm.JUMP_FORWARD, end)
	c.useBlock(cleanup)
	c.op(vm.ROT_TWO)
	c.op(vm.POP_TOP)
	c.useBlock(end)
}

func (c *compiler) slice(s ast.Slicer) {
	switch s := s.(type) {
	case *ast.Index:
		c.expr(s.Value)
	case *ast.Slice:
		c.sliceParts(s)
	case *ast.ExtSlice:
		if starredDims(s.Dims) {
			c.starredSlice(s.Dims)
			break
		}
		for _, d := range s.Dims {
			switch d := d.(type) {
			case *ast.Slice:
				c.sliceParts(d)
			case *ast.Index:
				c.expr(d.Value)
			default:
				c.errorf(d, "extended slice invalid in nested slice")
			}
		}
		c.opArg(vm.BUILD_TUPLE, len(s.Dims))
	default:
		c.internalf("unsupported slice %s", s.Type().Name)
	}
}

func (c *compiler) sliceParts(s *ast.Slice) {
	for _, part := range []ast.Expr{s.Lower, s.Upper} {
		if part != nil {
			c.expr(part)
		} else {
			c.loadConst(py.None)
		}
	}
	if s.Step != nil {
		c.expr(s.Step)
		c.opArg(vm.BUILD_SLICE, 3)
	} else {
		c.opArg(vm.BUILD_SLICE, 2)
	}
}

func (c *compiler) lambda(e *ast.Lambda) {
	flags := c.args(e.Args, nil)
	st := c.childTable(e)
	c.enter(st, scopeLambda, "<lambda>", c.u.lineno)
	c.u.argcount = int32(len(e.Args.Args))
	c.u.kwonlyargcount = int32(len(e.Args.Kwonlyargs))
	// None first, so a lambda never has a docstring.
	c.u.addConst(py.None)
	c.expr(e.Body)
	if st.Generator {
		c.op(vm.POP_TOP)
	} else {
		c.op(vm.RETURN_VALUE)
	}
	qualname := c.u.qualname
	code := c.finish(true)
	setPosOnly(code, c.extra.PosOnly[e.Args])
	c.exit()
	c.makeClosure(code, qualname, flags)
}

// comprehension compiles a comprehension into its own code object, called
// with the iterator of the outermost "for" as its only argument ".0".
func (c *compiler) comprehension(e ast.Expr, name, what string, gens []ast.Comprehension, elt, val ast.Expr) {
	if len(gens) == 0 {
		c.internalf("comprehension without generators")
	}
	st := c.childTable(e)
	_, isGen := e.(*ast.GeneratorExp)
	isAsync := c.extra.AsyncComp[e]
	c.enter(st, scopeComprehension, name, c.u.lineno)
	c.u.comprehension = what
	c.u.argcount = 1
	if isAsync {
		c.u.asyncFlags = coroutine.CoCoroutine
		if isGen {
			c.u.asyncFlags = coroutine.CoAsyncGenerator
		}
	}
	switch e.(type) {
	case *ast.ListComp:
		c.opArg(vm.BUILD_LIST, 0)
	case *ast.SetComp:
		c.opArg(vm.BUILD_SET, 0)
	case *ast.DictComp:
		c.opArg(vm.BUILD_MAP, 0)
	}
	c.comprehensionGen(e, gens, 0, elt, val)
	if !isGen {
		c.op(vm.RETURN_VALUE)
	}
	qualname := c.u.qualname
	code := c.finish(isGen)
	c.exit()
	c.makeClosure(code, qualname, 0)
	c.iterable(gens[0].Iter)
	if c.extra.AsyncComprehension[&gens[0]] {
		c.op(GET_AITER)
	} else {
		c.op(vm.GET_ITER)
	}
	c.opArg(vm.CALL_FUNCTION, 1)
	if isAsync && !isGen {
		c.await(0)
	}
}

func (c *compiler) comprehensionGen(e ast.Expr, gens []ast.Comprehension, i int, elt, val ast.Expr) {
	gen := &gens[i]
	isAsync := c.extra.AsyncComprehension[gen]
	start, ifCleanup, anchor := &block{}, &block{}, &block{}
	if i == 0 {
		c.opArg(vm.LOAD_FAST, c.u.addVar(".0"))
	} else {
		c.iterable(gen.Iter)
		if isAsync {
			c.op(GET_AITER)
		} else {
			c.op(vm.GET_ITER)
		}
	}
	c.useBlock(start)
	c.checkAssign(gen.Target)
	if isAsync {
		c.asyncNext(gen.Target, anchor)
	} else {
		c.jump(vm.FOR_ITER, anchor)
		c.nextBlock()
		c.expr(gen.Target)
	}
	for _, cond := range gen.Ifs {
		c.expr(cond)
		c.jump(vm.POP_JUMP_IF_FALSE, ifCleanup)
		c.nextBlock()
	}
	depth := i + 2
	if i+1 < len(gens) {
		c.comprehensionGen(e, gens, i+1, elt, val)
	} else {
		switch e.(type) {
		case *ast.GeneratorExp:
			c.expr(elt)
			c.op(vm.YIELD_VALUE)
			c.op(vm.POP_TOP)
		case *ast.ListComp:
			c.expr(elt)
			c.opArg(vm.LIST_APPEND, depth)
		case *ast.SetComp:
			c.expr(elt)
			c.opArg(vm.SET_ADD, depth)
		case *ast.DictComp:
			// Key first, as since CPython 3.8; MAP_ADD wants the key on top.
			c.expr(elt)
			c.expr(val)
			c.op(vm.ROT_TWO)
			c.opArg(vm.MAP_ADD, depth)
		}
	}
	c.useBlock(ifCleanup)
	c.jump(vm.JUMP_ABSOLUTE, start)
	c.useBlock(anchor)
	if isAsync {
		c.endAsyncFor()
	}
}
