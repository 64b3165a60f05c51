package compiler

import (
	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gpyasync/gpyasync/interp/syntax"
)

// hasAnnotations reports whether a module or class body has an annotated
// assignment of its own (not one inside a nested function or class).
func (c *compiler) hasAnnotations(stmts []ast.Stmt) bool {
	found := false
	for _, s := range stmts {
		ast.Walk(s, func(n ast.Ast) bool {
			switch n := n.(type) {
			case *ast.FunctionDef, *ast.ClassDef:
				return false
			case *ast.Assign:
				if c.extra.AnnAssign[n] != nil {
					found = true
				}
			case ast.Expr:
				return false
			}
			return !found
		})
	}
	return found
}

// futureAnnotations reports whether the module has
// `from __future__ import annotations`: annotations are then stored as
// strings, not evaluated.
func (c *compiler) futureAnnotations() bool {
	for imp := range c.futureOK {
		for _, a := range imp.Names {
			if a.Name == "annotations" {
				return true
			}
		}
	}
	return false
}

// annotation pushes the value of an annotation that is stored.
func (c *compiler) annotation(e ast.Expr) {
	if c.futureAnnotations() {
		c.loadConst(py.String(unparse(e)))
		return
	}
	c.expr(e)
}

// annAssign compiles an annotated assignment in CPython 3.11's order: the
// value and its store, then the annotation, which only module and class
// bodies evaluate and only simple names record in __annotations__. Without
// a value, the parts of an attribute or subscript target are evaluated.
func (c *compiler) annAssign(a *syntax.AnnAssign) {
	c.checkAssign(a.Target)
	if a.Value != nil {
		c.expr(a.Value)
		c.expr(a.Target)
	}
	body := c.u.kind == scopeModule || c.u.kind == scopeClass
	switch t := a.Target.(type) {
	case *ast.Name:
		if a.Simple && body {
			c.annotation(a.Annotation)
			c.opName(vm.LOAD_NAME, "__annotations__")
			c.loadConst(py.String(mangle(c.u.private, string(t.Id))))
			c.op(vm.STORE_SUBSCR)
			return
		}
	case *ast.Attribute:
		if a.Value == nil {
			c.expr(t.Value)
			c.op(vm.POP_TOP)
		}
	case *ast.Subscript:
		if a.Value == nil {
			c.expr(t.Value)
			c.slice(t.Slice)
			c.op(vm.POP_TOP)
			c.op(vm.POP_TOP)
		}
	}
	if body && !c.futureAnnotations() {
		c.expr(a.Annotation)
		c.op(vm.POP_TOP)
	}
}

// namedExpr compiles `target := value`, leaving the value on the stack.
func (c *compiler) namedExpr(e *ast.Call) {
	c.expr(e.Args[1])
	c.op(vm.DUP_TOP)
	c.nameOp(string(e.Args[0].(*ast.Name).Id), ast.Store)
}
