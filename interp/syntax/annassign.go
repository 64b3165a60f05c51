package syntax

import (
	"fmt"

	"github.com/go-python/gpython/ast"
)

// AnnAssign is an annotated assignment (PEP 526), `target: annotation` or
// `target: annotation = value`. It is encoded as an *ast.Assign of Target
// whose Value is a Tuple of Annotation and, when present, Value, so that
// gpython's symtable binds the target and sees every name the statement
// uses; the code generator compiles it from this record instead.
type AnnAssign struct {
	Target     ast.Expr // Name, Attribute or Subscript, in Store context
	Annotation ast.Expr
	Value      ast.Expr // nil when there is none
	// Simple is true for a target that is a name not in parentheses: only
	// those are recorded in __annotations__.
	Simple bool
}

// annAssign parses the rest of an annotated assignment whose target has
// been parsed; the current token is ':'. paren says the target started with
// '('.
func (p *parser) annAssign(sb ast.StmtBase, target ast.Expr, paren bool) ast.Stmt {
	switch target.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript:
	case *ast.Tuple:
		p.failAt("only single target (not tuple) can be annotated", pos{sb.Lineno, sb.ColOffset})
	case *ast.List:
		p.failAt("only single target (not list) can be annotated", pos{sb.Lineno, sb.ColOffset})
	default:
		p.failAt("illegal target for annotation", pos{sb.Lineno, sb.ColOffset})
	}
	p.setCtx(target, ast.Store, true)
	p.advance()
	a := &AnnAssign{Target: target, Annotation: p.test()}
	_, name := target.(*ast.Name)
	a.Simple = name && !paren
	parts := []ast.Expr{a.Annotation}
	if p.isOp("=") {
		p.advance()
		if p.isKw("yield") {
			a.Value = p.yieldExpr()
		} else {
			a.Value = p.testlistStarExpr()
		}
		parts = append(parts, a.Value)
	}
	s := &ast.Assign{StmtBase: sb, Targets: []ast.Expr{target},
		Value: &ast.Tuple{ExprBase: ast.ExprBase{Pos: ast.Pos{Lineno: a.Annotation.GetLineno(), ColOffset: a.Annotation.GetColOffset()}}, Elts: parts, Ctx: ast.Load}}
	p.extra.AnnAssign[s] = a
	return s
}

// annotated records a simple annotated assignment of name in the current
// scope; a name may not be both annotated and declared global or nonlocal.
func (c *checker) annotated(n ast.Stmt, name string) {
	s := c.scopes[len(c.scopes)-1]
	if d := s.declared[name]; d != "" && s.kind != scopeModule {
		c.failAt(fmt.Sprintf("annotated name '%s' can't be %s", name, d), n)
	}
	if s.annotated == nil {
		s.annotated = map[string]bool{}
	}
	s.annotated[name] = true
}

// declare records a global or nonlocal statement in the current scope.
func (c *checker) declare(n ast.Stmt, kind string, names []ast.Identifier) {
	s := c.scopes[len(c.scopes)-1]
	if s.declared == nil {
		s.declared = map[string]string{}
	}
	for _, name := range names {
		if s.annotated[string(name)] {
			c.failAt(fmt.Sprintf("annotated name '%s' can't be %s", name, kind), n)
		}
		s.declared[string(name)] = kind
	}
}
