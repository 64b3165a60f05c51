package syntax

import "github.com/go-python/gpython/ast"

// slash consumes the '/' that ends the positional-only parameters of args
// (PEP 570). star says a '*' has been seen, typed that this is a def.
func (p *parser) slash(args *ast.Arguments, star, typed bool) {
	at := p.tok.pos
	switch {
	case !typed && (star || len(args.Args) == 0):
		// CPython has no specific message for these in a lambda.
		p.syntaxError()
	case p.extra.PosOnly[args] > 0:
		p.failAt("/ may appear only once", at)
	case star:
		p.failAt("/ must be ahead of *", at)
	case len(args.Args) == 0:
		p.failAt("at least one argument must precede /", at)
	}
	p.advance()
	p.extra.PosOnly[args] = len(args.Args)
}
