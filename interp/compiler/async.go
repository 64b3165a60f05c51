package compiler

import (
	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gpyasync/gpyasync/coroutine"
	"github.com/gpyasync/gpyasync/interp/syntax"
)

// Code generation for async def, await, async for, async with,
// asynchronous comprehensions and f-strings, on CPython 3.6's model.

// await emits the await of TOS; from is GET_AWAITABLE's argument.
func (c *compiler) await(from int) {
	c.opArg(GET_AWAITABLE, from)
	c.loadConst(py.None)
	c.op(vm.YIELD_FROM)
}

// functionFlags returns the asynchronous flags of the body of fn.
func (c *compiler) functionFlags(fn *ast.FunctionDef) int32 {
	if !c.extra.Async[fn] {
		return 0
	}
	if containsYield(fn.Body) {
		return coroutine.CoAsyncGenerator
	}
	return coroutine.CoCoroutine
}

// containsYield reports whether a function body has a yield expression of
// its own, outside nested scopes. An await is not one.
func containsYield(body []ast.Stmt) bool {
	found := false
	for _, s := range body {
		ast.Walk(s, func(n ast.Ast) bool {
			switch n.(type) {
			case *ast.FunctionDef, *ast.ClassDef, *ast.Lambda,
				*ast.ListComp, *ast.SetComp, *ast.DictComp, *ast.GeneratorExp:
				return false
			case *ast.Yield:
				found = true
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// asyncNext emits the head of an async for loop, with the asynchronous
// iterator on TOS: await its __anext__() and store the result in target,
// or jump to done when it raises StopAsyncIteration, with the except
// handler's six values above the iterator (see endAsyncFor).
func (c *compiler) asyncNext(target ast.Expr, done *block) {
	except, after := &block{}, &block{}
	c.jump(vm.SETUP_EXCEPT, except)
	c.nextBlock()
	c.op(GET_ANEXT)
	c.loadConst(py.None)
	c.op(vm.YIELD_FROM)
	c.expr(target)
	c.op(vm.POP_BLOCK)
	c.jump(vm.JUMP_FORWARD, after)
	c.useBlock(except)
	c.op(vm.DUP_TOP)
	c.loadConst(coroutine.StopAsyncIteration)
	c.opArg(vm.COMPARE_OP, vm.PyCmp_EXC_MATCH)
	c.jump(vm.POP_JUMP_IF_TRUE, done)
	c.endFinally(except)
	c.useBlock(after)
}

// endAsyncFor drops the StopAsyncIteration that ended an async for loop,
// and the iterator.
func (c *compiler) endAsyncFor() {
	c.op(vm.POP_TOP)
	c.op(vm.POP_TOP)
	c.op(vm.POP_TOP)
	c.op(vm.POP_EXCEPT)
	c.op(vm.POP_TOP)
}

func (c *compiler) asyncFor(s *ast.For) {
	head, cleanup, end := &block{}, &block{}, &block{}
	c.jump(vm.SETUP_LOOP, end)
	c.expr(s.Iter)
	c.op(GET_AITER)
	c.useBlock(head)
	c.pushFblock(s, fbLoop, head)
	c.checkAssign(s.Target)
	c.asyncNext(s.Target, cleanup)
	c.stmts(s.Body)
	c.jump(vm.JUMP_ABSOLUTE, head)
	c.useBlock(cleanup)
	c.endAsyncFor()
	c.op(vm.POP_BLOCK)
	c.popFblock()
	c.stmts(s.Orelse)
	c.useBlock(end)
}

// joinedStr compiles an f-string: its parts, concatenated.
func (c *compiler) joinedStr(e *ast.Call) {
	switch len(e.Args) {
	case 0:
		c.loadConst(py.String(""))
		return
	case 1:
		if s, ok := e.Args[0].(*ast.Str); ok {
			c.loadConst(s.S)
			return
		}
	}
	c.exprs(e.Args)
	if len(e.Args) == 1 {
		if f, ok := e.Args[0].(*ast.Call); ok && c.extra.FormattedValue[f] != nil {
			return
		}
	}
	c.opArg(BUILD_STRING, len(e.Args))
}

// formattedValue compiles a replacement field {expr!conv:spec}.
func (c *compiler) formattedValue(e *ast.Call, spec *syntax.FormatSpec) {
	if len(e.Args) == 0 || len(e.Args) > 2 {
		c.internalf("replacement field with %d arguments", len(e.Args))
	}
	c.expr(e.Args[0])
	arg := FvcNone
	switch spec.Conversion {
	case 's':
		arg = FvcStr
	case 'r':
		arg = FvcRepr
	case 'a':
		arg = FvcASCII
	}
	if len(e.Args) == 2 {
		c.expr(e.Args[1])
		arg |= FvcHasSpec
	}
	c.opArg(FORMAT_VALUE, arg)
}
