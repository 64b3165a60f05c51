package syntax

import (
	"fmt"

	"github.com/go-python/gpython/ast"
)

// walrusHere reports whether the current token is a ':=' that makes target
// the target of an assignment expression: inside brackets or where
// CPython's grammar has a named_expression, but not right in a lambda's
// body or another assignment expression's value. A name followed by ':='
// at statement level is left to the caller to reject; another target is
// reported by namedExpr, as CPython does.
func (p *parser) walrusHere(target ast.Expr) bool {
	if !p.isOp(":=") || p.noWalrus == p.level+1 {
		return false
	}
	_, name := target.(*ast.Name)
	return p.level > 0 || p.named || !name
}

// denyWalrus forbids ':=' at the current bracket depth until the returned
// function restores the previous rule.
func (p *parser) denyWalrus() func() {
	old := p.noWalrus
	p.noWalrus = p.level + 1
	return func() { p.noWalrus = old }
}

// namedExpr parses the value of an assignment expression whose target,
// starting at at, has been parsed; the current token is ':='.
func (p *parser) namedExpr(at ast.Pos, target ast.Expr) ast.Expr {
	name, ok := target.(*ast.Name)
	if !ok {
		p.failAt(fmt.Sprintf("cannot use assignment expressions with %s", ExprName(target)), pos{at.Lineno, at.ColOffset})
	}
	p.advance()
	name.Ctx = ast.Store
	restore := p.denyWalrus()
	value := p.test()
	restore()
	call := &ast.Call{ExprBase: ast.ExprBase{Pos: at}, Func: &ast.Str{ExprBase: ast.ExprBase{Pos: at}, S: walrusMark},
		Args: []ast.Expr{name, value}}
	p.extra.NamedExpr[call] = true
	p.walrus, p.walrusEnd = call, p.ntok
	return call
}

// walrusMark is the text of the placeholder Func of an assignment
// expression's Call, so that ExprName can name it without Extra.
const walrusMark = ":="

func isNamedExpr(c *ast.Call) bool {
	s, ok := c.Func.(*ast.Str)
	return ok && s.S == walrusMark && len(c.Args) == 2
}

// noBareWalrus rejects e, just parsed, when it is an assignment expression
// without parentheses, where the grammar wants an expression (a slice
// bound).
func (p *parser) noBareWalrus(e ast.Expr) {
	if e == p.walrus && p.ntok == p.walrusEnd {
		p.syntaxError()
	}
}

// namedExpr checks an assignment expression as CPython's symtable does
// and, inside a comprehension, moves its binding to the enclosing function
// or module (see Extra.NamedExpr).
func (c *checker) namedExpr(n *ast.Call) {
	name := n.Args[0].(*ast.Name)
	top := c.scopes[len(c.scopes)-1]
	if top.iterExpr > 0 {
		c.failAt("assignment expression cannot be used in a comprehension iterable expression", n)
	}
	i := len(c.scopes) - 1
	for ; i > 0 && (c.scopes[i].kind == scopeComp || c.scopes[i].kind == scopeGenexp); i-- {
		if c.scopes[i].iterVars[string(name.Id)] {
			c.failAt(fmt.Sprintf("assignment expression cannot rebind comprehension iteration variable '%s'", name.Id), n)
		}
	}
	if i == len(c.scopes)-1 {
		return
	}
	if top.walrusVars == nil {
		top.walrusVars = map[string]bool{}
	}
	top.walrusVars[string(name.Id)] = true
	if c.scopes[i].kind == scopeClass {
		c.failAt("assignment expression within a comprehension cannot be used in a class body", n)
	}
	name.Ctx = ast.Load
	outer := c.scopes[i+1]
	bind := outer.bind
	if bind == nil {
		gens := generators(outer.node)
		iter := gens[0].Iter
		bind = &ast.Call{ExprBase: ast.ExprBase{Pos: ast.Pos{Lineno: iter.GetLineno(), ColOffset: iter.GetColOffset()}},
			Func: &ast.Str{}, Args: []ast.Expr{iter}}
		gens[0].Iter = bind
		c.p.extra.Bind[bind] = true
		outer.bind = bind
	}
	bind.Args = append(bind.Args, &ast.Name{ExprBase: name.ExprBase, Id: name.Id, Ctx: ast.Store})
}

// generators returns the clauses of a comprehension node.
func generators(n ast.Ast) []ast.Comprehension {
	switch n := n.(type) {
	case *ast.ListComp:
		return n.Generators
	case *ast.SetComp:
		return n.Generators
	case *ast.DictComp:
		return n.Generators
	case *ast.GeneratorExp:
		return n.Generators
	}
	return nil
}

// iterTarget records the names the target of a `for` clause of the
// comprehension s binds; one an assignment expression earlier in the
// comprehension binds is an error.
func (c *checker) iterTarget(s *scope, e ast.Expr) {
	switch e := e.(type) {
	case *ast.Name:
		if s.walrusVars[string(e.Id)] {
			c.failAt(fmt.Sprintf("comprehension inner loop cannot rebind assignment expression target '%s'", e.Id), e)
		}
		s.iterVars[string(e.Id)] = true
	case *ast.Tuple:
		for _, x := range e.Elts {
			c.iterTarget(s, x)
		}
	case *ast.List:
		for _, x := range e.Elts {
			c.iterTarget(s, x)
		}
	case *ast.Starred:
		c.iterTarget(s, e.Value)
	}
}

// noWalrusTest parses a test that may not be an unparenthesized assignment
// expression, such as a keyword argument's value.
func (p *parser) noWalrusTest() ast.Expr {
	defer p.denyWalrus()()
	return p.test()
}
