package syntax

import "github.com/go-python/gpython/ast"

// exceptStar consumes the '*' of an `except*` clause of tr starting at at,
// reporting whether there is one. All clauses of a try statement must be
// of one kind, and an except* clause must name what it catches.
func (p *parser) exceptStar(tr *ast.Try, at pos) bool {
	star := p.isOp("*")
	if len(tr.Handlers) == 0 {
		if star {
			p.extra.ExceptStar[tr] = true
		}
	} else if star != p.extra.ExceptStar[tr] {
		p.failAt("cannot have both 'except' and 'except*' on the same 'try'", at)
	}
	if !star {
		return false
	}
	p.advance()
	if p.isOp(":") {
		p.failAt("expected one or more exception types", p.tok.pos)
	}
	return true
}

// exceptType parses what an except or except* clause catches, which must
// be parenthesized when it is a tuple.
func (p *parser) exceptType() ast.Expr {
	at := p.tok.pos
	x := p.test()
	if p.isOp(",") {
		p.failAt("multiple exception types must be parenthesized", at)
	}
	return x
}
