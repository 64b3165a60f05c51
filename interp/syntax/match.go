package syntax

import (
	"strconv"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
)

// A match statement (PEP 634) is encoded in ordinary gpython nodes, so that
// symtable sees the names its patterns bind (as stores) and the values they
// look up (as loads), with no side table:
//
//   - the statement is an *ast.If at 'match' whose Test is a call of a
//     private tag with the subject as its one argument; its Body holds the
//     cases and its Orelse is empty (see MatchSubject);
//   - each case is an *ast.If at 'case' whose Test is a call of another tag
//     with the pattern and, when there is one, the guard (see CaseOf);
//     its Body is the case's body.
//
// Patterns:
//   - wildcard `_`: *ast.Ellipsis;
//   - capture `x`: *ast.Name with Store context;
//   - literal: *ast.Num, *ast.Str, *ast.Bytes, a negated number
//     (*ast.UnaryOp USub), a complex literal (*ast.BinOp Add or Sub), all
//     compared with ==; None, True and False: *ast.NameConstant, compared
//     by identity;
//   - value `a.b.c`: *ast.Attribute with Load context, compared with ==;
//   - sequence `[p, *r]` or `(p, q)`: *ast.List (Store context) whose
//     elements are patterns or an *ast.Starred around a capture or
//     wildcard;
//   - mapping `{k: p, **r}`: *ast.Dict whose keys are literals or values;
//     a final nil key has the capture of `**r` as its value;
//   - class `C(p, a=q)`: *ast.Call of the class (a Name or Attribute);
//   - or `p | q` and as `p as x`: *ast.Call of a private tag (see
//     PatternCall), with the alternatives, or the pattern and the capture.
//
// A group `(p)` is p itself.
var (
	matchTag = &ast.Str{S: "match"}
	caseTag  = &ast.Str{S: "case"}
	orTag    = &ast.Str{S: "|"}
	asTag    = &ast.Str{S: "as"}
)

// MatchSubject reports whether s encodes a match statement and returns its
// subject; the cases are s.Body.
func MatchSubject(s *ast.If) (ast.Expr, bool) {
	if c, ok := s.Test.(*ast.Call); ok && c.Func == ast.Expr(matchTag) && len(c.Args) == 1 {
		return c.Args[0], true
	}
	return nil, false
}

// CaseOf returns the pattern and the guard (nil when there is none) of a
// case of a match statement.
func CaseOf(s *ast.If) (pattern, guard ast.Expr) {
	c := s.Test.(*ast.Call)
	if len(c.Args) > 1 {
		guard = c.Args[1]
	}
	return c.Args[0], guard
}

// PatternCall says what a Call in a pattern is: "|" for an or-pattern, "as"
// for an as-pattern, "" for a class pattern.
func PatternCall(c *ast.Call) string {
	switch c.Func {
	case ast.Expr(orTag):
		return "|"
	case ast.Expr(asTag):
		return "as"
	}
	return ""
}

func tagCall(tag *ast.Str, at ast.Pos, args ...ast.Expr) *ast.Call {
	return &ast.Call{ExprBase: ast.ExprBase{Pos: at}, Func: tag, Args: args}
}

// isMatchStmt reports whether the soft keyword 'match' on the current
// token begins a match statement: its logical line ends with a colon.
func (p *parser) isMatchStmt() bool {
	if !p.isKw("match") {
		return false
	}
	next := p.peek()
	switch next.kind {
	case tNewline, tEnd:
		return false
	case tNumber, tString:
		// Nothing else can follow the name 'match' in a statement.
		return true
	case tName:
		if !keywords[next.text] {
			return true
		}
	}
	if next.kind == tOp {
		switch next.text {
		case "=", ".", ":", ",", ")", "]", "}", ";":
			return false
		}
	}
	var last token
	for i := 0; ; i++ {
		for len(p.ahead) <= i {
			p.ahead = append(p.ahead, p.scan())
		}
		t := p.ahead[i]
		if t.kind == tNewline || t.kind == tEnd {
			return last.kind == tOp && last.text == ":" && last.level == 0
		}
		last = t
	}
}

func (p *parser) matchStmt() ast.Stmt {
	t := p.advance()
	restore := p.setNamed(true)
	subject := p.testlistStarExpr()
	restore()
	m := &ast.If{StmtBase: ast.StmtBase{Pos: toPos(t.pos)}, Test: tagCall(matchTag, toPos(t.pos), subject)}
	if !p.isOp(":") {
		p.failAt("expected ':'", p.tok.pos)
	}
	p.advance()
	if p.tok.kind != tNewline {
		p.patternError()
	}
	p.advance()
	if p.tok.kind != tIndent {
		p.indentError("expected an indented block after 'match' statement on line "+strconv.Itoa(t.pos.line), p.tok.pos)
	}
	p.advance()
	for p.tok.kind != tDedent && p.tok.kind != tEnd {
		if !p.isKw("case") {
			p.patternError()
		}
		m.Body = append(m.Body, p.caseBlock())
	}
	p.advance()
	return m
}

func (p *parser) caseBlock() ast.Stmt {
	t := p.advance()
	pat := p.patterns()
	test := tagCall(caseTag, toPos(t.pos), pat)
	if p.isKw("if") {
		p.advance()
		test.Args = append(test.Args, p.namedTest())
	}
	s := &ast.If{StmtBase: ast.StmtBase{Pos: toPos(t.pos)}, Test: test}
	s.Body = p.suite("'case' statement", t.pos.line)
	return s
}

// patterns parses the pattern of a case, where a sequence needs no
// brackets.
func (p *parser) patterns() ast.Expr {
	at := p.astPos()
	first := p.maybeStarPattern()
	if !p.isOp(",") {
		if _, star := first.(*ast.Starred); star {
			p.patternError()
		}
		return first
	}
	elts := []ast.Expr{first}
	for p.isOp(",") {
		p.advance()
		if p.isOp(":") || p.isKw("if") {
			break
		}
		elts = append(elts, p.maybeStarPattern())
	}
	return &ast.List{ExprBase: ast.ExprBase{Pos: at}, Elts: elts, Ctx: ast.Store}
}

func (p *parser) maybeStarPattern() ast.Expr {
	if !p.isOp("*") {
		return p.pattern()
	}
	t := p.advance()
	return &ast.Starred{ExprBase: ast.ExprBase{Pos: toPos(t.pos)}, Value: p.captureOrWildcard(), Ctx: ast.Store}
}

// captureOrWildcard parses the name after '*'.
func (p *parser) captureOrWildcard() ast.Expr {
	if !p.isName() {
		p.patternError()
	}
	if p.peekIsOp(".", "(", "=") {
		p.failAt("invalid syntax", p.peek().pos)
	}
	t := p.advance()
	if t.text == "_" {
		return &ast.Ellipsis{ExprBase: ast.ExprBase{Pos: toPos(t.pos)}}
	}
	return &ast.Name{ExprBase: ast.ExprBase{Pos: toPos(t.pos)}, Id: ast.Identifier(t.text), Ctx: ast.Store}
}

// captureTarget parses the name after 'as' or '**'.
func (p *parser) captureTarget() ast.Expr {
	if p.isKw("_") && !p.peekIsOp(".", "(", "=") {
		p.failAt("cannot use '_' as a target", p.tok.pos)
	}
	if p.isKw("_") {
		p.patternError()
	}
	return p.captureOrWildcard()
}

// patternError reports the current token as unexpected.
func (p *parser) patternError() {
	if p.tok.kind == tIndent || p.tok.kind == tDedent {
		p.syntaxError()
	}
	p.failAt("invalid syntax", p.tok.pos)
}

func (p *parser) peekIsOp(ops ...string) bool {
	n := p.peek()
	if n.kind != tOp {
		return false
	}
	for _, op := range ops {
		if n.text == op {
			return true
		}
	}
	return false
}

func (p *parser) pattern() ast.Expr {
	at := p.astPos()
	x := p.orPattern()
	if !p.isKw("as") {
		return x
	}
	p.advance()
	return tagCall(asTag, at, x, p.captureTarget())
}

func (p *parser) orPattern() ast.Expr {
	at := p.astPos()
	alts := []ast.Expr{p.closedPattern()}
	for p.isOp("|") {
		p.advance()
		alts = append(alts, p.closedPattern())
	}
	if len(alts) == 1 {
		return alts[0]
	}
	return tagCall(orTag, at, alts...)
}

func (p *parser) closedPattern() ast.Expr {
	defer p.nest()()
	at := p.astPos()
	switch {
	case p.tok.kind == tNumber || p.isOp("-"):
		return p.complexLiteral()
	case p.tok.kind == tString:
		s := p.strings()
		if c, ok := s.(*ast.Call); ok && p.extra.JoinedStr[c] {
			p.failAt("patterns may only match literals and attribute lookups", pos{at.Lineno, at.ColOffset})
		}
		return s
	case p.isOp("("):
		return p.parenPattern()
	case p.isOp("["):
		p.advance()
		elts := p.sequenceItems("]")
		return &ast.List{ExprBase: ast.ExprBase{Pos: at}, Elts: elts, Ctx: ast.Store}
	case p.isOp("{"):
		return p.mappingPattern()
	case p.tok.kind == tName:
		switch p.tok.text {
		case "None":
			p.advance()
			return &ast.NameConstant{ExprBase: ast.ExprBase{Pos: at}, Value: py.None}
		case "True", "False":
			t := p.advance()
			return &ast.NameConstant{ExprBase: ast.ExprBase{Pos: at}, Value: py.NewBool(t.text == "True")}
		}
		if !p.isName() {
			p.patternError()
		}
		if p.isKw("_") {
			p.advance()
			return &ast.Ellipsis{ExprBase: ast.ExprBase{Pos: at}}
		}
		t := p.advance()
		var x ast.Expr = &ast.Name{ExprBase: ast.ExprBase{Pos: at}, Id: ast.Identifier(t.text), Ctx: ast.Load}
		dotted := false
		for p.isOp(".") {
			dot := p.advance()
			if !p.isName() {
				p.patternError()
			}
			n := p.advance()
			x = &ast.Attribute{ExprBase: ast.ExprBase{Pos: toPos(dot.pos)}, Value: x, Attr: ast.Identifier(n.text), Ctx: ast.Load}
			dotted = true
		}
		if p.isOp("(") {
			return p.classPattern(x, at)
		}
		if !dotted {
			x.(*ast.Name).Ctx = ast.Store
		}
		return x
	}
	p.patternError()
	return nil
}

// complexLiteral parses a signed number, possibly plus or minus an
// imaginary number.
func (p *parser) complexLiteral() ast.Expr {
	real := p.signedNumber()
	if !p.isOp("+") && !p.isOp("-") {
		return real
	}
	if _, complex := number(real).(py.Complex); complex {
		p.failAt("real number required in complex literal", toPosBack(real))
	}
	opTok := p.advance()
	op := ast.Add
	if opTok.text == "-" {
		op = ast.Sub
	}
	if p.tok.kind != tNumber {
		p.patternError()
	}
	t := p.advance()
	imag := &ast.Num{ExprBase: ast.ExprBase{Pos: toPos(t.pos)}, N: t.num}
	if _, complex := t.num.(py.Complex); !complex {
		p.failAt("imaginary number required in complex literal", t.pos)
	}
	return &ast.BinOp{ExprBase: ast.ExprBase{Pos: toPos(toPosBack(real))}, Left: real, Op: op, Right: imag}
}

func number(e ast.Expr) py.Object {
	if u, ok := e.(*ast.UnaryOp); ok {
		e = u.Operand
	}
	return e.(*ast.Num).N
}

func (p *parser) signedNumber() ast.Expr {
	at := p.astPos()
	neg := p.isOp("-")
	if neg {
		p.advance()
	}
	if p.tok.kind != tNumber {
		p.patternError()
	}
	t := p.advance()
	var x ast.Expr = &ast.Num{ExprBase: ast.ExprBase{Pos: toPos(t.pos)}, N: t.num}
	if neg {
		x = &ast.UnaryOp{ExprBase: ast.ExprBase{Pos: at}, Op: ast.USub, Operand: x}
	}
	return x
}

func (p *parser) parenPattern() ast.Expr {
	open := p.advance()
	at := toPos(open.pos)
	if p.isOp(")") {
		p.advance()
		return &ast.List{ExprBase: ast.ExprBase{Pos: at}, Ctx: ast.Store}
	}
	first := p.maybeStarPattern()
	if p.isOp(")") {
		if _, star := first.(*ast.Starred); !star {
			p.advance()
			return first
		}
	}
	if !p.isOp(",") {
		p.patternError()
	}
	p.advance()
	elts := append([]ast.Expr{first}, p.sequenceItems(")")...)
	return &ast.List{ExprBase: ast.ExprBase{Pos: at}, Elts: elts, Ctx: ast.Store}
}

// sequenceItems parses comma-separated patterns up to and including close.
func (p *parser) sequenceItems(close string) []ast.Expr {
	var elts []ast.Expr
	for !p.isOp(close) {
		elts = append(elts, p.maybeStarPattern())
		if p.isOp(close) {
			break
		}
		if !p.isOp(",") {
			p.patternError()
		}
		p.advance()
	}
	p.advance()
	return elts
}

func (p *parser) mappingPattern() ast.Expr {
	open := p.advance()
	d := &ast.Dict{ExprBase: ast.ExprBase{Pos: toPos(open.pos)}}
	for !p.isOp("}") {
		if p.isOp("**") {
			p.advance()
			if p.isKw("_") {
				p.patternError()
			}
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, p.captureOrWildcard())
			if p.isOp(",") {
				p.advance()
			}
			if !p.isOp("}") {
				p.patternError()
			}
			break
		}
		d.Keys = append(d.Keys, p.mappingKey())
		p.expectOp(":")
		d.Values = append(d.Values, p.pattern())
		if p.isOp("}") {
			break
		}
		if !p.isOp(",") {
			p.patternError()
		}
		p.advance()
	}
	p.advance()
	return d
}

// mappingKey parses a key of a mapping pattern: a literal or a dotted
// name.
func (p *parser) mappingKey() ast.Expr {
	if p.tok.kind == tName && !p.isKw("None") && !p.isKw("True") && !p.isKw("False") {
		if !p.isName() {
			p.patternError()
		}
		if !p.peekIsOp(".") {
			p.failAt("invalid syntax", p.peek().pos)
		}
		x := p.closedPattern()
		if _, ok := x.(*ast.Attribute); !ok {
			p.failAt("invalid syntax", toPosBack(x))
		}
		return x
	}
	switch x := p.closedPattern().(type) {
	case *ast.Num, *ast.Str, *ast.Bytes, *ast.UnaryOp, *ast.BinOp, *ast.NameConstant:
		return x
	default:
		p.failAt("invalid syntax", toPosBack(x))
	}
	return nil
}

func (p *parser) classPattern(cls ast.Expr, at ast.Pos) ast.Expr {
	p.advance()
	c := &ast.Call{ExprBase: ast.ExprBase{Pos: at}, Func: cls}
	for !p.isOp(")") {
		if p.isName() && p.peekIsOp("=") {
			name := p.advance()
			p.advance()
			c.Keywords = append(c.Keywords, &ast.Keyword{Pos: toPos(name.pos), Arg: ast.Identifier(name.text), Value: p.pattern()})
		} else {
			x := p.pattern()
			if len(c.Keywords) > 0 {
				p.failAt("positional patterns follow keyword patterns", toPosBack(x))
			}
			c.Args = append(c.Args, x)
		}
		if p.isOp(")") {
			break
		}
		if !p.isOp(",") {
			p.patternError()
		}
		p.advance()
	}
	p.advance()
	return c
}
