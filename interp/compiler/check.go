package compiler

import (
	"github.com/go-python/gpython/ast"
)

// precheck reports, before gpython's symtable runs, the errors that the
// symtable would report at a worse location or that gpython's parser lets
// through.
func (c *compiler) precheck(mod ast.Mod) {
	c.checkTree(mod, false)
}

func (c *compiler) checkTree(n ast.Ast, inScope bool) {
	ast.Walk(n, func(n ast.Ast) bool {
		switch n := n.(type) {
		case *ast.FunctionDef:
			c.checkArgs(n.Args)
			c.checkParamDecls(n.Args, n.Body)
			for _, d := range n.DecoratorList {
				c.checkTree(d, inScope)
			}
			c.checkTree(n.Args, inScope)
			if n.Returns != nil {
				c.checkTree(n.Returns, inScope)
			}
			for _, s := range n.Body {
				c.checkTree(s, true)
			}
			return false
		case *ast.Lambda:
			c.checkArgs(n.Args)
		case *ast.ClassDef:
			for _, e := range n.Bases {
				c.checkTree(e, inScope)
			}
			for _, k := range n.Keywords {
				c.checkTree(k, inScope)
			}
			for _, e := range n.DecoratorList {
				c.checkTree(e, inScope)
			}
			for _, e := range []ast.Expr{n.Starargs, n.Kwargs} {
				if e != nil {
					c.checkTree(e, inScope)
				}
			}
			for _, s := range n.Body {
				c.checkTree(s, true)
			}
			return false
		case *ast.ImportFrom:
			if inScope {
				for _, a := range n.Names {
					if a.Name == "*" {
						c.errorf(n, "import * only allowed at module level")
					}
				}
			}
		case *ast.Call:
			if len(n.Args)+len(n.Keywords) > 1 || n.Starargs != nil || n.Kwargs != nil {
				for _, a := range n.Args {
					if g, ok := a.(*ast.GeneratorExp); ok && !c.startsWith(g, '(') {
						c.errorf(g, "Generator expression must be parenthesized")
					}
				}
			}
			if len(n.Keywords) > 0 {
				first := n.Keywords[0]
				for _, a := range n.Args {
					if _, star := a.(*ast.Starred); !star && after(a, first) {
						c.errorf(a, "positional argument follows keyword argument")
					}
				}
			}
		}
		return true
	})
}

// after reports whether a starts after b in the source.
func after(a, b ast.Ast) bool {
	if a.GetLineno() != b.GetLineno() {
		return a.GetLineno() > b.GetLineno()
	}
	return a.GetColOffset() > b.GetColOffset()
}

// checkParamDecls reports a parameter declared global or nonlocal in the
// function's own body, at the declaration as CPython does.
func (c *compiler) checkParamDecls(a *ast.Arguments, body []ast.Stmt) {
	params := map[ast.Identifier]bool{}
	for _, arg := range a.Args {
		params[arg.Arg] = true
	}
	for _, arg := range a.Kwonlyargs {
		params[arg.Arg] = true
	}
	if a.Vararg != nil {
		params[a.Vararg.Arg] = true
	}
	if a.Kwarg != nil {
		params[a.Kwarg.Arg] = true
	}
	for _, s := range body {
		ast.Walk(s, func(n ast.Ast) bool {
			switch n := n.(type) {
			case *ast.FunctionDef, *ast.ClassDef, *ast.Lambda:
				return false
			case *ast.Global:
				for _, name := range n.Names {
					if params[name] {
						c.errorf(n, "name '%s' is parameter and global", name)
					}
				}
			case *ast.Nonlocal:
				for _, name := range n.Names {
					if params[name] {
						c.errorf(n, "name '%s' is parameter and nonlocal", name)
					}
				}
			}
			return true
		})
	}
}

// startsWith reports whether the source text at n's position is ch. Without
// source text it reports true, so that checks built on it stay quiet.
func (c *compiler) startsWith(n ast.Ast, ch byte) bool {
	line := sourceLine(c.src, n.GetLineno())
	if line == "" {
		return true
	}
	col := n.GetColOffset()
	return col < len(line) && line[col] == ch
}
