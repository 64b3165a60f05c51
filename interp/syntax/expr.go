package syntax

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
)

func tupleOrExpr(at ast.Pos, elts []ast.Expr, comma bool) ast.Expr {
	if comma || len(elts) > 1 {
		return &ast.Tuple{ExprBase: ast.ExprBase{Pos: at}, Elts: elts, Ctx: ast.Load}
	}
	return elts[0]
}

func (p *parser) yieldExpr() ast.Expr {
	t := p.advance()
	eb := ast.ExprBase{Pos: toPos(t.pos)}
	if p.isKw("from") {
		p.advance()
		return &ast.YieldFrom{ExprBase: eb, Value: p.test()}
	}
	y := &ast.Yield{ExprBase: eb}
	if p.startsExpr() {
		y.Value = p.testlistStarExpr()
	}
	return y
}

// testlist parses test (',' test)* [','].
func (p *parser) testlist() ast.Expr {
	at := p.astPos()
	elts := []ast.Expr{p.test()}
	comma := false
	for p.isOp(",") {
		p.advance()
		comma = true
		if !p.startsExpr() || p.isOp("*") {
			break
		}
		comma = false
		elts = append(elts, p.test())
	}
	return tupleOrExpr(at, elts, comma)
}

func (p *parser) testOrStar() ast.Expr {
	if p.isOp("*") {
		return p.starExpr()
	}
	return p.test()
}

// testlistStarExpr parses (test|star_expr) (',' (test|star_expr))* [','].
func (p *parser) testlistStarExpr() ast.Expr {
	at := p.astPos()
	elts := []ast.Expr{p.testOrStar()}
	comma := false
	for p.isOp(",") {
		p.advance()
		comma = true
		if !p.startsExpr() {
			break
		}
		comma = false
		elts = append(elts, p.testOrStar())
	}
	return tupleOrExpr(at, elts, comma)
}

// exprlist parses (expr|star_expr) (',' (expr|star_expr))* [','].
func (p *parser) exprlist() ([]ast.Expr, bool) {
	var elts []ast.Expr
	for {
		if p.isOp("*") {
			elts = append(elts, p.starExpr())
		} else {
			elts = append(elts, p.expr())
		}
		if !p.isOp(",") {
			return elts, false
		}
		p.advance()
		if !p.startsExpr() {
			return elts, true
		}
	}
}

func (p *parser) starExpr() ast.Expr {
	t := p.advance()
	return &ast.Starred{ExprBase: ast.ExprBase{Pos: toPos(t.pos)}, Value: p.expr(), Ctx: ast.Load}
}

func (p *parser) test() ast.Expr {
	defer p.nest()()
	at := p.astPos()
	if p.isKw("lambda") {
		l := p.lambdef()
		if p.walrusHere(l) {
			return p.namedExpr(at, l)
		}
		return l
	}
	e := p.orTest()
	if p.walrusHere(e) {
		return p.namedExpr(at, e)
	}
	if p.isKw("if") {
		p.advance()
		cond := p.orTest()
		if !p.isKw("else") && !p.isOp(":") {
			p.failAt("expected 'else' after 'if' expression", pos{at.Lineno, at.ColOffset})
		}
		p.expectKw("else")
		return &ast.IfExp{ExprBase: ast.ExprBase{Pos: at}, Test: cond, Body: e, Orelse: p.test()}
	}
	return e
}

func (p *parser) lambdef() ast.Expr {
	t := p.advance()
	l := &ast.Lambda{ExprBase: ast.ExprBase{Pos: toPos(t.pos)}}
	l.Args = p.arguments(":", false, t.pos)
	p.expectOp(":")
	defer p.denyWalrus()()
	l.Body = p.test()
	return l
}

func (p *parser) orTest() ast.Expr {
	start := p.tok.pos
	e := p.orTestBody()
	// Remembered for the "Perhaps you forgot a comma?" diagnosis.
	p.disj, p.disjAt, p.disjEnd = e, start, p.ntok
	return e
}

func (p *parser) orTestBody() ast.Expr {
	at := p.astPos()
	e := p.andTest()
	if !p.isKw("or") {
		return e
	}
	b := &ast.BoolOp{ExprBase: ast.ExprBase{Pos: at}, Op: ast.Or, Values: []ast.Expr{e}}
	for p.isKw("or") {
		p.advance()
		b.Values = append(b.Values, p.andTest())
	}
	return b
}

func (p *parser) andTest() ast.Expr {
	at := p.astPos()
	e := p.notTest()
	if !p.isKw("and") {
		return e
	}
	b := &ast.BoolOp{ExprBase: ast.ExprBase{Pos: at}, Op: ast.And, Values: []ast.Expr{e}}
	for p.isKw("and") {
		p.advance()
		b.Values = append(b.Values, p.notTest())
	}
	return b
}

func (p *parser) notTest() ast.Expr {
	defer p.nest()()
	if p.isKw("not") {
		t := p.advance()
		return &ast.UnaryOp{ExprBase: ast.ExprBase{Pos: toPos(t.pos)}, Op: ast.Not, Operand: p.notTest()}
	}
	return p.comparison()
}

func (p *parser) compOp() (ast.CmpOp, bool) {
	switch p.tok.kind {
	case tOp:
		switch p.tok.text {
		case "<":
			return ast.Lt, true
		case ">":
			return ast.Gt, true
		case "==":
			return ast.Eq, true
		case ">=":
			return ast.GtE, true
		case "<=":
			return ast.LtE, true
		case "!=":
			return ast.NotEq, true
		}
	case tName:
		switch p.tok.text {
		case "in":
			return ast.In, true
		case "is":
			if p.peek().kind == tName && p.peek().text == "not" {
				p.advance()
				return ast.IsNot, true
			}
			return ast.Is, true
		case "not":
			if p.peek().kind == tName && p.peek().text == "in" {
				p.advance()
				return ast.NotIn, true
			}
		}
	}
	return 0, false
}

func (p *parser) comparison() ast.Expr {
	at := p.astPos()
	e := p.expr()
	var c *ast.Compare
	for {
		op, ok := p.compOp()
		if !ok {
			break
		}
		p.advance()
		if c == nil {
			c = &ast.Compare{ExprBase: ast.ExprBase{Pos: at}, Left: e}
		}
		c.Ops = append(c.Ops, op)
		c.Comparators = append(c.Comparators, p.expr())
	}
	if c == nil {
		return e
	}
	return c
}

// binaryOps lists the binary operator levels from loosest to tightest; the
// level after the last is factor.
var binaryOps = []map[string]ast.OperatorNumber{
	{"|": ast.BitOr},
	{"^": ast.BitXor},
	{"&": ast.BitAnd},
	{"<<": ast.LShift, ">>": ast.RShift},
	{"+": ast.Add, "-": ast.Sub},
	{"*": ast.Mult, "/": ast.Div, "%": ast.Modulo, "//": ast.FloorDiv, "@": MatMult},
}

func (p *parser) binary(level int) ast.Expr {
	if level == len(binaryOps) {
		return p.factor()
	}
	at := p.astPos()
	e := p.binary(level + 1)
	for p.tok.kind == tOp {
		op, ok := binaryOps[level][p.tok.text]
		if !ok {
			break
		}
		p.advance()
		e = &ast.BinOp{ExprBase: ast.ExprBase{Pos: at}, Left: e, Op: op, Right: p.binary(level + 1)}
	}
	return e
}

func (p *parser) expr() ast.Expr {
	start := p.tok.pos
	e := p.binary(0)
	p.disj, p.disjAt, p.disjEnd = e, start, p.ntok
	p.bor, p.borAt, p.borEnd = e, start, p.ntok
	return e
}

func (p *parser) factor() ast.Expr {
	defer p.nest()()
	if p.tok.kind == tOp {
		var op ast.UnaryOpNumber
		switch p.tok.text {
		case "+":
			op = ast.UAdd
		case "-":
			op = ast.USub
		case "~":
			op = ast.Invert
		}
		if op != 0 {
			t := p.advance()
			return &ast.UnaryOp{ExprBase: ast.ExprBase{Pos: toPos(t.pos)}, Op: op, Operand: p.factor()}
		}
	}
	return p.power()
}

func (p *parser) power() ast.Expr {
	at := p.astPos()
	var e ast.Expr
	if p.isKw("await") {
		t := p.advance()
		a := &ast.YieldFrom{ExprBase: ast.ExprBase{Pos: toPos(t.pos)}, Value: p.atomTrailers()}
		p.extra.Await[a] = true
		e = a
	} else {
		e = p.atomTrailers()
	}
	if p.isOp("**") {
		p.advance()
		return &ast.BinOp{ExprBase: ast.ExprBase{Pos: at}, Left: e, Op: ast.Pow, Right: p.factor()}
	}
	return e
}

func (p *parser) atomTrailers() ast.Expr {
	at := p.astPos()
	e := p.atom()
	for p.tok.kind == tOp {
		switch p.tok.text {
		case "(":
			p.advance()
			c := p.arglist(at, true)
			c.Func = e
			e = c
		case "[":
			t := p.advance()
			s := p.subscriptlist()
			p.expectOp("]")
			e = &ast.Subscript{ExprBase: ast.ExprBase{Pos: toPos(t.pos)}, Value: e, Slice: s, Ctx: ast.Load}
		case ".":
			t := p.advance()
			n, _ := p.name()
			e = &ast.Attribute{ExprBase: ast.ExprBase{Pos: toPos(t.pos)}, Value: e, Attr: ast.Identifier(n), Ctx: ast.Load}
		default:
			return e
		}
	}
	return e
}

// arglist parses call arguments after '(' up to and including ')'. A bare
// generator expression argument is allowed unless this is a class's
// argument list.
//
// A call that Python 3.4 can write (at most one *args, after the plain
// positional arguments, and at most one **kwargs, after the keywords) keeps
// gpython's encoding: Starargs and Kwargs. Any other (PEP 448) call leaves
// both nil and keeps every argument in source order within its kind: a
// *iterable is an *ast.Starred in Args, a **mapping a Keyword with an empty
// Arg in Keywords, as in CPython's own AST.
func (p *parser) arglist(at ast.Pos, genexpOK bool) *ast.Call {
	defer p.setNamed(false)()
	c := &ast.Call{ExprBase: ast.ExprBase{Pos: at}}
	kwSeen, kwUnpack := false, false
	var genexp ast.Expr
	n := 0
	trailing := false
	for !p.isOp(")") {
		n++
		switch {
		case p.isOp("*"):
			st := p.advance()
			if kwUnpack {
				p.failAt("iterable argument unpacking follows keyword argument unpacking", st.pos)
			}
			s := &ast.Starred{ExprBase: ast.ExprBase{Pos: toPos(st.pos)}, Value: p.test(), Ctx: ast.Load}
			if p.isKw("for") || p.isKw("async") {
				p.failAt("iterable unpacking cannot be used in comprehension", st.pos)
			}
			c.Args = append(c.Args, s)
		case p.isOp("**"):
			st := p.advance()
			c.Keywords = append(c.Keywords, &ast.Keyword{Pos: toPos(st.pos), Value: p.test()})
			kwUnpack = true
		default:
			argAt := p.tok.pos
			e := p.test()
			switch {
			case p.isOp("="):
				name, ok := e.(*ast.Name)
				if !ok {
					p.failAt("expression cannot contain assignment, perhaps you meant \"==\"?", argAt)
				}
				p.advance()
				for _, k := range c.Keywords {
					if k.Arg == name.Id {
						p.failAt(fmt.Sprintf("keyword argument repeated: %s", name.Id), argAt)
					}
				}
				c.Keywords = append(c.Keywords, &ast.Keyword{Pos: name.Pos, Arg: name.Id, Value: p.noWalrusTest()})
				kwSeen = true
			case (p.isKw("for") || p.isKw("async")) && genexpOK:
				g := &ast.GeneratorExp{ExprBase: ast.ExprBase{Pos: toPos(argAt)}, Elt: e, Generators: p.compFor()}
				genexp = g
				c.Args = append(c.Args, g)
			default:
				if kwUnpack {
					p.posArgAfter("positional argument follows keyword argument unpacking")
				}
				if kwSeen {
					p.posArgAfter("positional argument follows keyword argument")
				}
				c.Args = append(c.Args, e)
			}
		}
		if p.isOp(")") {
			break
		}
		if !p.isOp(",") {
			p.syntaxError()
		}
		p.advance()
		trailing = p.isOp(")")
	}
	if genexp != nil && (n > 1 || trailing) {
		p.failAt("Generator expression must be parenthesized", toPosBack(genexp))
	}
	p.expectOp(")")
	slotCall(c)
	return c
}

// slotCall moves the unpackings of a call Python 3.4 can write into the
// Starargs and Kwargs slots, where gpython's parser puts them.
func slotCall(c *ast.Call) {
	star, starAt := 0, -1
	for i, a := range c.Args {
		if _, ok := a.(*ast.Starred); ok {
			star++
			starAt = i
		}
	}
	dstar, dstarAt := 0, -1
	for i, k := range c.Keywords {
		if k.Arg == "" {
			dstar++
			dstarAt = i
		}
	}
	if star > 1 || dstar > 1 || (star == 1 && starAt != len(c.Args)-1) || (dstar == 1 && dstarAt != len(c.Keywords)-1) {
		return
	}
	if star == 1 {
		c.Starargs = c.Args[starAt].(*ast.Starred).Value
		c.Args = c.Args[:starAt]
	}
	if dstar == 1 {
		c.Kwargs = c.Keywords[dstarAt].Value
		c.Keywords = c.Keywords[:dstarAt]
	}
	if len(c.Args) == 0 {
		c.Args = nil
	}
	if len(c.Keywords) == 0 {
		c.Keywords = nil
	}
}

// posArgAfter reports a misplaced positional argument where CPython does: at
// the closing parenthesis of the call.
func (p *parser) posArgAfter(msg string) {
	for !p.isOp(")") && p.tok.kind != tEnd && p.tok.kind != tNewline {
		p.advance()
	}
	p.failAt(msg, p.tok.pos)
}

func (p *parser) subscriptlist() ast.Slicer {
	defer p.setNamed(true)()
	at := p.astPos()
	first := p.subscript()
	if !p.isOp(",") {
		if idx, ok := first.(*ast.Index); ok {
			if _, star := idx.Value.(*ast.Starred); star {
				// a[*b] is a[(*b,)], as since Python 3.11.
				return &ast.Index{SliceBase: ast.SliceBase{Pos: at}, Value: &ast.Tuple{ExprBase: ast.ExprBase{Pos: at}, Elts: []ast.Expr{idx.Value}, Ctx: ast.Load}}
			}
		}
		return first
	}
	dims := []ast.Slicer{first}
	for p.isOp(",") {
		p.advance()
		if p.isOp("]") {
			break
		}
		dims = append(dims, p.subscript())
	}
	elts := make([]ast.Expr, 0, len(dims))
	for _, d := range dims {
		idx, ok := d.(*ast.Index)
		if !ok {
			return &ast.ExtSlice{SliceBase: ast.SliceBase{Pos: at}, Dims: dims}
		}
		elts = append(elts, idx.Value)
	}
	return &ast.Index{SliceBase: ast.SliceBase{Pos: at}, Value: &ast.Tuple{ExprBase: ast.ExprBase{Pos: at}, Elts: elts, Ctx: ast.Load}}
}

func (p *parser) subscript() ast.Slicer {
	at := p.astPos()
	if p.isOp("*") {
		st := p.advance()
		return &ast.Index{SliceBase: ast.SliceBase{Pos: at}, Value: &ast.Starred{ExprBase: ast.ExprBase{Pos: toPos(st.pos)}, Value: p.test(), Ctx: ast.Load}}
	}
	var lower ast.Expr
	if !p.isOp(":") {
		lower = p.test()
		if !p.isOp(":") {
			return &ast.Index{SliceBase: ast.SliceBase{Pos: at}, Value: lower}
		}
		p.noBareWalrus(lower)
	}
	p.advance()
	s := &ast.Slice{SliceBase: ast.SliceBase{Pos: at}, Lower: lower}
	if !p.isOp(":") && !p.isOp("]") && !p.isOp(",") {
		s.Upper = p.test()
	}
	if p.isOp(":") {
		p.advance()
		if !p.isOp("]") && !p.isOp(",") {
			s.Step = p.test()
		}
	}
	return s
}

// compFor parses one or more comprehension clauses.
func (p *parser) compFor() []ast.Comprehension {
	defer p.setNamed(false)()
	var gens []ast.Comprehension
	var async []bool
	for p.isKw("for") || (p.isKw("async") && p.peek().kind == tName && p.peek().text == "for") {
		isAsync := false
		if p.isKw("async") {
			p.advance()
			isAsync = true
		}
		t := p.advance()
		elts, comma := p.exprlist()
		c := ast.Comprehension{Target: tupleOrExpr(toPos(t.pos), elts, comma)}
		p.setCtx(c.Target, ast.Store, false)
		p.expectKw("in")
		c.Iter = p.orTest()
		for p.isKw("if") {
			p.advance()
			// Python 3.4 allowed a lambda here; 3.9 and later do not.
			c.Ifs = append(c.Ifs, p.orTest())
		}
		gens = append(gens, c)
		async = append(async, isAsync)
	}
	for i := range gens {
		if async[i] {
			p.extra.AsyncComprehension[&gens[i]] = true
		}
	}
	return gens
}

func (p *parser) atom() ast.Expr {
	t := p.tok
	if t.kind == tOp && (t.text == "(" || t.text == "[" || t.text == "{") {
		defer p.setNamed(true)()
	}
	eb := ast.ExprBase{Pos: toPos(t.pos)}
	switch t.kind {
	case tNumber:
		p.advance()
		return &ast.Num{ExprBase: eb, N: t.num}
	case tString:
		return p.strings()
	case tName:
		switch t.text {
		case "None":
			p.advance()
			return &ast.NameConstant{ExprBase: eb, Value: py.None}
		case "True":
			p.advance()
			return &ast.NameConstant{ExprBase: eb, Value: py.True}
		case "False":
			p.advance()
			return &ast.NameConstant{ExprBase: eb, Value: py.False}
		}
		if keywords[t.text] {
			p.syntaxError()
		}
		p.advance()
		return &ast.Name{ExprBase: eb, Id: ast.Identifier(t.text), Ctx: ast.Load}
	case tOp:
		switch t.text {
		case "...":
			p.advance()
			return &ast.Ellipsis{ExprBase: eb}
		case "(":
			p.advance()
			if p.isOp(")") {
				p.advance()
				tu := &ast.Tuple{ExprBase: eb, Ctx: ast.Load}
				p.parens[tu] = true
				return tu
			}
			if p.isKw("yield") {
				y := p.yieldExpr()
				p.expectOp(")")
				return y
			}
			first := p.testOrStar()
			if p.isKw("for") || p.isKw("async") {
				p.noStarredElt(first)
				g := &ast.GeneratorExp{ExprBase: eb, Elt: first, Generators: p.compFor()}
				p.expectOp(")")
				return g
			}
			elts := []ast.Expr{first}
			comma := false
			for p.isOp(",") {
				p.advance()
				comma = true
				if p.isOp(")") {
					break
				}
				comma = false
				elts = append(elts, p.testOrStar())
			}
			p.expectOp(")")
			if s, ok := first.(*ast.Starred); ok && len(elts) == 1 && !comma {
				p.failAt("cannot use starred expression here", toPosBack(s))
			}
			e := tupleOrExpr(eb.Pos, elts, comma)
			p.parens[e] = true
			return e
		case "[":
			p.advance()
			if p.isOp("]") {
				p.advance()
				return &ast.List{ExprBase: eb, Ctx: ast.Load}
			}
			first := p.testOrStar()
			if p.isKw("for") || p.isKw("async") {
				p.noStarredElt(first)
				g := &ast.ListComp{ExprBase: eb, Elt: first, Generators: p.compFor()}
				p.expectOp("]")
				return g
			}
			l := &ast.List{ExprBase: eb, Elts: []ast.Expr{first}, Ctx: ast.Load}
			for p.isOp(",") {
				p.advance()
				if p.isOp("]") {
					break
				}
				l.Elts = append(l.Elts, p.testOrStar())
			}
			p.expectOp("]")
			return l
		case "{":
			p.advance()
			if p.isOp("}") {
				p.advance()
				return &ast.Dict{ExprBase: eb}
			}
			e := p.dictOrSet()
			p.braces[e] = t.pos
			p.expectOp("}")
			return e
		}
	}
	p.syntaxError()
	return nil
}

// noStarredElt reports a starred element of a comprehension.
func (p *parser) noStarredElt(e ast.Expr) {
	if s, ok := e.(*ast.Starred); ok {
		p.failAt("iterable unpacking cannot be used in comprehension", toPosBack(s))
	}
}

// dictOrSet parses a display or comprehension in braces after '{'. A
// **mapping item of a dict display has a nil key in Keys.
func (p *parser) dictOrSet() ast.Expr {
	eb := ast.ExprBase{Pos: p.astPos()}
	var k ast.Expr
	if p.isOp("**") {
		st := p.advance()
		v := p.expr()
		if p.isKw("for") || p.isKw("async") {
			p.failAt("dict unpacking cannot be used in dict comprehension", st.pos)
		}
		return p.dictItems(&ast.Dict{ExprBase: eb, Keys: []ast.Expr{nil}, Values: []ast.Expr{v}})
	}
	k = p.testOrStar()
	if _, starred := k.(*ast.Starred); !starred && p.isOp(":") {
		p.advance()
		v := p.dictValue()
		if p.isKw("for") || p.isKw("async") {
			return &ast.DictComp{ExprBase: eb, Key: k, Value: v, Generators: p.compFor()}
		}
		return p.dictItems(&ast.Dict{ExprBase: eb, Keys: []ast.Expr{k}, Values: []ast.Expr{v}})
	}
	if p.isKw("for") || p.isKw("async") {
		p.noStarredElt(k)
		return &ast.SetComp{ExprBase: eb, Elt: k, Generators: p.compFor()}
	}
	s := &ast.Set{ExprBase: eb, Elts: []ast.Expr{k}}
	for p.isOp(",") {
		p.advance()
		if p.isOp("}") {
			break
		}
		s.Elts = append(s.Elts, p.testOrStar())
	}
	return s
}

// dictItems parses the items of a dict display after its first one.
func (p *parser) dictItems(d *ast.Dict) *ast.Dict {
	for p.isOp(",") {
		p.advance()
		if p.isOp("}") {
			break
		}
		if p.isOp("**") {
			p.advance()
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, p.expr())
			continue
		}
		keyAt := p.tok.pos
		d.Keys = append(d.Keys, p.test())
		if !p.isOp(":") {
			// CPython points at the key's last character, with the key's
			// first line.
			p.failAt("':' expected after dictionary key", pos{keyAt.line, p.endBefore(p.tok.pos).col - 1})
		}
		p.advance()
		d.Values = append(d.Values, p.dictValue())
	}
	return d
}

// endBefore returns where the source before at ends, skipping the blanks,
// line breaks and comments between them.
func (p *parser) endBefore(at pos) pos {
	i := p.offsetOf(at)
	for i > 0 {
		switch p.src[i-1] {
		case ' ', '\t', '\f', '\n', '\\':
			i--
			continue
		}
		line := p.src[strings.LastIndexByte(p.src[:i], '\n')+1 : i]
		if k := strings.IndexByte(line, '#'); k >= 0 && !strings.ContainsAny(line[:k], "'\"") {
			i -= len(line) - k
			continue
		}
		break
	}
	line := strings.Count(p.src[:i], "\n") + 1
	return pos{line, i - (strings.LastIndexByte(p.src[:i], '\n') + 1)}
}

// dictValue parses the value of a key: value item.
func (p *parser) dictValue() ast.Expr {
	if p.isOp("*") {
		p.failAt("cannot use a starred expression in a dictionary value", p.tok.pos)
	}
	return p.test()
}

// ExprName names an expression the way CPython's error messages do
// ("literal", "function call", "attribute"...).
func ExprName(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Attribute:
		return "attribute"
	case *ast.Subscript:
		return "subscript"
	case *ast.Starred:
		return "starred"
	case *ast.Name:
		return "name"
	case *ast.List:
		return "list"
	case *ast.Tuple:
		return "tuple"
	case *ast.Lambda:
		return "lambda"
	case *ast.Call:
		if isNamedExpr(x) {
			return "named expression"
		}
		return "function call"
	case *ast.BoolOp, *ast.BinOp, *ast.UnaryOp:
		return "expression"
	case *ast.GeneratorExp:
		return "generator expression"
	case *ast.Yield:
		return "yield expression"
	case *ast.YieldFrom:
		return "yield expression"
	case *ast.ListComp:
		return "list comprehension"
	case *ast.SetComp:
		return "set comprehension"
	case *ast.DictComp:
		return "dict comprehension"
	case *ast.Dict:
		return "dict literal"
	case *ast.Set:
		return "set display"
	case *ast.NameConstant:
		switch x.Value {
		case py.None:
			return "None"
		case py.True:
			return "True"
		}
		return "False"
	case *ast.Ellipsis:
		return "ellipsis"
	case *ast.Compare:
		return "comparison"
	case *ast.IfExp:
		return "conditional expression"
	}
	return "literal"
}

// setCtx marks e as an assignment (Store) or deletion (Del) target, or
// reports the SyntaxError CPython gives for an invalid one. last is true for
// the target right before the value in an assignment.
func (p *parser) setCtx(e ast.Expr, ctx ast.ExprContext, last bool) {
	bad, top := p.invalidTarget(e, ctx, true)
	if bad == nil {
		p.applyCtx(e, ctx)
		return
	}
	name := ExprName(bad)
	if y, ok := bad.(*ast.YieldFrom); ok && p.extra.Await[y] {
		name = "await expression"
	}
	if p.extra.JoinedStr[callOf(bad)] || p.extra.FormattedValue[callOf(bad)] != nil {
		name = "f-string expression"
	}
	at := toPosBack(bad)
	if ctx == ast.Del {
		p.failAt("cannot delete "+name, at)
	}
	if _, isConst := bad.(*ast.NameConstant); last && top && !isConst {
		switch bad.(type) {
		case *ast.List, *ast.Tuple, *ast.GeneratorExp, *ast.Compare, *ast.BoolOp, *ast.IfExp, *ast.Lambda, *ast.Yield:
		default:
			if u, ok := bad.(*ast.UnaryOp); !ok || u.Op != ast.Not {
				p.failAt("cannot assign to "+name+" here. Maybe you meant '==' instead of '='?", at)
			}
		}
	}
	p.failAt("cannot assign to "+name, at)
}

func callOf(e ast.Expr) *ast.Call {
	c, _ := e.(*ast.Call)
	return c
}

// invalidTarget returns the first sub-expression of e that cannot be
// assigned to, and whether it is e itself or the last element of an
// unparenthesized tuple (where CPython adds its "Maybe you meant" hint).
func (p *parser) invalidTarget(e ast.Expr, ctx ast.ExprContext, top bool) (ast.Expr, bool) {
	switch x := e.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript:
		return nil, false
	case *ast.Starred:
		if ctx == ast.Del {
			return x, top
		}
		return p.invalidTarget(x.Value, ctx, false)
	case *ast.Tuple, *ast.List:
		var elts []ast.Expr
		if t, ok := x.(*ast.Tuple); ok {
			elts = t.Elts
		} else {
			elts = x.(*ast.List).Elts
		}
		_, isTuple := x.(*ast.Tuple)
		for i, el := range elts {
			if bad, _ := p.invalidTarget(el, ctx, false); bad != nil {
				return bad, top && isTuple && !p.parens[x] && i == len(elts)-1 && bad == el
			}
		}
		return nil, false
	}
	return e, top
}

func (p *parser) applyCtx(e ast.Expr, ctx ast.ExprContext) {
	switch x := e.(type) {
	case *ast.Name:
		x.Ctx = ctx
	case *ast.Attribute:
		x.Ctx = ctx
	case *ast.Subscript:
		x.Ctx = ctx
	case *ast.Starred:
		x.Ctx = ctx
		p.applyCtx(x.Value, ctx)
	case *ast.Tuple:
		x.Ctx = ctx
		for _, el := range x.Elts {
			p.applyCtx(el, ctx)
		}
	case *ast.List:
		x.Ctx = ctx
		for _, el := range x.Elts {
			p.applyCtx(el, ctx)
		}
	}
}
