package syntax

import (
	"github.com/go-python/gpython/ast"
)

// check makes the checks about async, await and yield that CPython makes
// after parsing: where await, async for, async with and async
// comprehensions may appear, 'yield from' in an async function, and
// 'return' with a value in an async generator.
func check(mod ast.Mod, p *parser) (err error) {
	c := &checker{p: p, scopes: []*scope{{kind: scopeModule}}}
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bail)
			if !ok {
				panic(r)
			}
			err = b.err
		}
	}()
	c.visit(mod)
	return nil
}

type scopeKind int

const (
	scopeModule scopeKind = iota
	scopeClass
	scopeFunc
	scopeAsync
	scopeLambda
	scopeComp // list, set or dict comprehension
	scopeGenexp
)

type scope struct {
	kind        scopeKind
	node        ast.Ast
	hasYield    bool
	valueReturn ast.Stmt
	awaits      bool              // a comprehension awaits something itself
	iterExpr    int               // depth of comprehension iterables being visited
	iterVars    map[string]bool   // a comprehension's iteration variables so far
	walrusVars  map[string]bool   // names its assignment expressions bind
	bind        *ast.Call         // a comprehension's Extra.Bind marker
	declared    map[string]string // names declared global or nonlocal
	annotated   map[string]bool   // names of simple annotated assignments
}

type checker struct {
	p      *parser
	scopes []*scope
}

func (c *checker) push(k scopeKind, n ast.Ast) { c.scopes = append(c.scopes, &scope{kind: k, node: n}) }

func (c *checker) pop() *scope {
	s := c.scopes[len(c.scopes)-1]
	c.scopes = c.scopes[:len(c.scopes)-1]
	return s
}

// function returns the innermost scope that is not a comprehension.
func (c *checker) function() *scope {
	for i := len(c.scopes) - 1; i >= 0; i-- {
		if k := c.scopes[i].kind; k != scopeComp && k != scopeGenexp {
			return c.scopes[i]
		}
	}
	return c.scopes[0]
}

func (c *checker) failAt(msg string, n ast.Ast) {
	if e, ok := n.(ast.Expr); ok {
		if at, ok := c.p.braces[e]; ok {
			c.p.failAt(msg, at)
		}
	}
	c.p.failAt(msg, toPosBack(n))
}

func (c *checker) children(n ast.Ast) {
	ast.Walk(n, func(child ast.Ast) bool {
		if child == n {
			return true
		}
		c.visit(child)
		return false
	})
}

func (c *checker) visitAll(nodes ...ast.Expr) {
	for _, n := range nodes {
		if n != nil {
			c.visit(n)
		}
	}
}

func (c *checker) visitArgs(a *ast.Arguments) {
	if a == nil {
		return
	}
	c.visitAll(a.Defaults...)
	c.visitAll(a.KwDefaults...)
	for _, arg := range append(append(append([]*ast.Arg{}, a.Args...), a.Kwonlyargs...), a.Vararg, a.Kwarg) {
		if arg != nil && arg.Annotation != nil {
			c.visit(arg.Annotation)
		}
	}
}

func (c *checker) visit(n ast.Ast) {
	x := c.p.extra
	switch n := n.(type) {
	case *ast.FunctionDef:
		c.visitAll(n.DecoratorList...)
		c.visitArgs(n.Args)
		c.visitAll(n.Returns)
		kind := scopeFunc
		if x.Async[n] {
			kind = scopeAsync
		}
		c.push(kind, n)
		for _, s := range n.Body {
			c.visit(s)
		}
		s := c.pop()
		if kind == scopeAsync && s.hasYield && s.valueReturn != nil {
			c.failAt("'return' with value in async generator", s.valueReturn)
		}
	case *ast.Lambda:
		c.visitArgs(n.Args)
		c.push(scopeLambda, n)
		c.visit(n.Body)
		c.pop()
	case *ast.ClassDef:
		c.visitAll(n.DecoratorList...)
		c.visitAll(n.Bases...)
		for _, k := range n.Keywords {
			c.visit(k.Value)
		}
		c.visitAll(n.Starargs, n.Kwargs)
		c.push(scopeClass, n)
		for _, s := range n.Body {
			c.visit(s)
		}
		c.pop()
	case *ast.ListComp:
		c.comprehension(n, scopeComp, n.Generators, n.Elt)
	case *ast.SetComp:
		c.comprehension(n, scopeComp, n.Generators, n.Elt)
	case *ast.DictComp:
		c.comprehension(n, scopeComp, n.Generators, n.Key, n.Value)
	case *ast.GeneratorExp:
		c.comprehension(n, scopeGenexp, n.Generators, n.Elt)
	case *ast.YieldFrom:
		if x.Await[n] {
			c.await(n)
		} else {
			if c.function().kind == scopeAsync {
				c.failAt("'yield from' inside async function", n)
			}
			c.function().hasYield = true
		}
		c.visit(n.Value)
	case *ast.Yield:
		c.function().hasYield = true
		c.visitAll(n.Value)
	case *ast.Return:
		if n.Value != nil {
			if f := c.function(); f.valueReturn == nil {
				f.valueReturn = n
			}
			c.visit(n.Value)
		}
	case *ast.Call:
		if x.NamedExpr[n] {
			c.namedExpr(n)
		}
		c.children(n)
	case *ast.Assign:
		if a := x.AnnAssign[n]; a != nil && a.Simple {
			c.annotated(n, string(a.Target.(*ast.Name).Id))
		}
		c.children(n)
	case *ast.Global:
		c.declare(n, "global", n.Names)
	case *ast.Nonlocal:
		c.declare(n, "nonlocal", n.Names)
	case *ast.For:
		if x.Async[n] && c.function().kind != scopeAsync {
			c.failAt("'async for' outside async function", n)
		}
		c.children(n)
	case *ast.With:
		if x.Async[n] && c.function().kind != scopeAsync {
			c.failAt("'async with' outside async function", n)
		}
		c.children(n)
	default:
		c.children(n)
	}
}

func (c *checker) comprehension(n ast.Expr, kind scopeKind, gens []ast.Comprehension, elts ...ast.Expr) {
	if len(gens) == 0 {
		return
	}
	async := false
	for i := range gens {
		async = async || c.p.extra.AsyncComprehension[&gens[i]]
	}
	outer := c.scopes[len(c.scopes)-1]
	outer.iterExpr++
	c.visit(gens[0].Iter)
	outer.iterExpr--
	c.push(kind, n)
	s := c.scopes[len(c.scopes)-1]
	s.iterVars = map[string]bool{}
	for i, g := range gens {
		c.iterTarget(s, g.Target)
		c.visit(g.Target)
		if i > 0 {
			s.iterExpr++
			c.visit(g.Iter)
			s.iterExpr--
		}
		c.visitAll(g.Ifs...)
	}
	c.visitAll(elts...)
	c.pop()
	if !async && !s.awaits {
		return
	}
	c.p.extra.AsyncComp[n] = true
	if kind == scopeGenexp {
		return
	}
	// The code running an asynchronous list, set or dict comprehension
	// awaits it.
	switch top := c.scopes[len(c.scopes)-1]; top.kind {
	case scopeComp, scopeGenexp:
		top.awaits = true
	case scopeAsync:
	default:
		c.failAt("asynchronous comprehension outside of an asynchronous function", n)
	}
}

// await checks where an await expression may appear. In a comprehension it
// makes the comprehension asynchronous, which comprehension checks.
func (c *checker) await(n *ast.YieldFrom) {
	switch top := c.scopes[len(c.scopes)-1]; top.kind {
	case scopeComp, scopeGenexp:
		top.awaits = true
	case scopeAsync:
	case scopeFunc, scopeLambda:
		c.failAt("'await' outside async function", n)
	default:
		c.failAt("'await' outside function", n)
	}
}
