package syntax

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
)

// bail carries a SyntaxError up through the recursive descent. scanner is
// true when the tokenizer raised it, or when no later tokenizer error may
// replace it.
type bail struct {
	err     error
	scanner bool
}

type parser struct {
	sc       *scanner
	src      string
	filename string
	// evalText: eval-mode source with no final newline. CPython reports an
	// unexpected end of such input at offset 0 (its ENDMARKER has no
	// column), with the line as it is.
	evalText  bool
	tok       token
	ahead     []token
	extra     *Extra
	parens    map[ast.Expr]bool // tuples written inside parentheses
	braces    map[ast.Expr]pos  // where the '{' of a dict or set comprehension is
	ntok      int               // number of tokens consumed
	disj      ast.Expr          // the last complete or_test ...
	disjAt    pos               // ... where it starts ...
	disjEnd   int               // ... and ntok just after it
	bor       ast.Expr          // the last complete bitwise-or expression ...
	borAt     pos               // ... where it starts ...
	borEnd    int               // ... and ntok just after it
	trying    int               // depth of speculative parses diagnosing an error
	named     bool              // where CPython's grammar has a named_expression
	noWalrus  int               // 1 + the bracket depth where ':=' may not start
	walrus    ast.Expr          // the last assignment expression ...
	walrusEnd int               // ... and ntok just after it
	level     int               // bracket depth after the last consumed token
	depth     int               // nesting of expressions being parsed
}

// Parse parses src. mode is py.ExecMode, py.EvalMode or py.SingleMode.
// Errors are SyntaxError, IndentationError or TabError exceptions
// (*py.Exception) with filename, lineno, offset and line set as CPython does.
// Parse is safe to call from several goroutines at once.
func Parse(src, filename string, mode py.CompileMode) (f *File, err error) {
	switch mode {
	case py.ExecMode, py.EvalMode, py.SingleMode:
	default:
		return nil, py.ExceptionNewf(py.ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	if strings.IndexByte(src, 0) >= 0 {
		e := py.ExceptionNewf(py.SyntaxError, "source code string cannot contain null bytes")
		e.Dict["filename"] = py.String(filename)
		e.Dict["lineno"], e.Dict["offset"], e.Dict["line"] = py.None, py.None, py.None
		return nil, e
	}
	evalText := mode == py.EvalMode && !strings.HasSuffix(src, "\n") && !strings.HasSuffix(src, "\r")
	// A file's UTF-8 byte order mark is not part of the program.
	src = normalizeNewlines(strings.TrimPrefix(src, "\ufeff"))
	p := &parser{src: src, filename: filename, sc: newScanner(src, filename),
		extra: newExtra(), parens: map[ast.Expr]bool{}, braces: map[ast.Expr]pos{},
		evalText: evalText}
	defer func() {
		if r := recover(); r != nil {
			b, ok := r.(bail)
			if !ok {
				// A bug of ours, not of the source: say so rather than blame
				// the program.
				b = bail{err: py.ExceptionNewf(py.SystemError, "internal error parsing %s line %d: %v", filename, p.tok.pos.line, r)}
			} else if !b.scanner {
				b.err = p.preferScannerError(b.err)
			}
			f, err = nil, b.err
		}
	}()
	p.advance()
	var mod ast.Mod
	switch mode {
	case py.ExecMode:
		mod = p.fileInput()
	case py.EvalMode:
		mod = p.evalInput()
	default:
		mod = p.singleInput()
	}
	if err := check(mod, p); err != nil {
		return nil, err
	}
	return &File{Mod: mod, Extra: p.extra}, nil
}

func normalizeNewlines(src string) string {
	if strings.IndexByte(src, '\r') >= 0 {
		src = strings.ReplaceAll(src, "\r\n", "\n")
		src = strings.ReplaceAll(src, "\r", "\n")
	}
	if !strings.HasSuffix(src, "\n") {
		src += "\n"
	}
	return src
}

func (p *parser) fail(err error) { panic(bail{err: err}) }

// maxDepth bounds expression nesting. CPython gives up about there too,
// with a RecursionError from its compiler; gpython has no RecursionError, so
// this is the MemoryError CPython's parser raises for deeper nesting.
const maxDepth = 3000

// nest counts one more level of expression nesting; the caller defers the
// returned function.
func (p *parser) nest() func() {
	p.depth++
	if p.depth > maxDepth {
		p.failKeep(py.ExceptionNewf(py.MemoryError, "too deeply nested expression"))
	}
	return func() { p.depth-- }
}

// failKeep reports err even if the tokenizer would find another error
// later in the source.
func (p *parser) failKeep(err error) { panic(bail{err: err, scanner: true}) }

// preferScannerError returns the error to report for a parser error err:
// like CPython, we tokenize the rest of the source, and an error found
// there wins over err. So does a bracket left open before the line of err.
func (p *parser) preferScannerError(err error) error {
	errLine := p.sc.last.line
	for {
		t, serr := p.sc.next()
		if serr == nil {
			if t.kind == tEnd {
				return err
			}
			continue
		}
		e, ok := serr.(*py.Exception)
		switch {
		case !ok:
			return err
		case p.sc.unclosed != nil:
			if errLine > p.sc.unclosed.line {
				return serr
			}
			return err
		case e.Type().IsSubtype(py.IndentationError), p.sc.quiet:
			// CPython's tokenizer reports these without raising.
			return err
		}
		return serr
	}
}

func (p *parser) errorAt(msg string, at pos) error {
	return newError(py.SyntaxError, msg, p.filename, at.line, at.col+1, lineText(p.src, at.line))
}

func (p *parser) failAt(msg string, at pos) { p.fail(p.errorAt(msg, at)) }

func (p *parser) indentError(msg string, at pos) {
	p.fail(newError(py.IndentationError, msg, p.filename, at.line, at.col+1, lineText(p.src, at.line)))
}

// syntaxError reports "invalid syntax" at the current token.
func (p *parser) syntaxError() {
	switch p.tok.kind {
	case tIndent:
		// CPython reports these before looking further in the source.
		p.failKeep(newError(py.IndentationError, "unexpected indent", p.filename, p.tok.end.line, p.tok.end.col, lineText(p.src, p.tok.end.line)))
	case tDedent:
		p.failKeep(newError(py.IndentationError, "unexpected unindent", p.filename, p.tok.pos.line, p.tok.pos.col+1, lineText(p.src, p.tok.pos.line)))
	}
	errAt := p.tok.pos
	if p.isOp("=") && p.named && p.borEnd == p.ntok && p.bor != nil && p.trying == 0 {
		p.misplacedAssign()
	}
	if p.disjEnd == p.ntok && p.disj != nil && p.trying < maxTrying && (p.startsOperand() || p.isOp("*")) {
		n, isName := p.disj.(*ast.Name)
		legacy := isName && (n.Id == "print" || n.Id == "exec")
		at := p.disjAt
		switch {
		case legacy:
			if p.try((*parser).testlistStarExpr) {
				p.failAt(fmt.Sprintf("Missing parentheses in call to '%s'. Did you mean %s(...)?", n.Id, n.Id), at)
			}
		case isName && p.tok.kind == tString, p.isOp("*"):
		case p.tryExpr() && (p.level > 0 || p.sc.sub):
			// Two expressions in a row inside brackets: CPython's guess is a
			// missing comma, if the second one parses.
			p.failAt("invalid syntax. Perhaps you forgot a comma?", at)
		}
		if p.sc.unclosed != nil {
			// Looking further ran into the end of the input inside brackets.
			p.fail(p.sc.err)
		}
	}
	if p.evalText && (p.tok.kind == tEnd || p.tok.kind == tNewline && strings.TrimSpace(p.src[p.offsetOf(errAt):]) == "") {
		p.fail(newError(py.SyntaxError, "invalid syntax", p.filename, errAt.line, 0, strings.TrimSuffix(lineText(p.src, errAt.line), "\n")))
	}
	p.failAt("invalid syntax", errAt)
}

// misplacedAssign diagnoses '=' after an expression where an assignment
// cannot be, as CPython does when what follows parses: a = b in a
// condition or a bracket.
func (p *parser) misplacedAssign() {
	a, at := p.bor, p.borAt
	p.advance()
	if !p.try((*parser).expr) || p.isOp("=") || p.isOp(":=") {
		return
	}
	switch x := a.(type) {
	case *ast.Name:
		p.failAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", at)
	case *ast.List, *ast.Tuple, *ast.GeneratorExp:
	case *ast.NameConstant:
		if x.Value != py.None && x.Value != py.True && x.Value != py.False {
			p.failAt("cannot assign to "+ExprName(a)+" here. Maybe you meant '==' instead of '='?", at)
		}
	default:
		p.failAt("cannot assign to "+ExprName(a)+" here. Maybe you meant '==' instead of '='?", at)
	}
}

// maxTrying bounds nested speculative parses.
const maxTrying = 3

// tryExpr reports whether an expression parses from the current token.
func (p *parser) tryExpr() bool { return p.try((*parser).test) }

// try reports whether parse succeeds from the current token. A tokenizer
// error on the way is reported, as CPython's second pass does.
func (p *parser) try(parse func(*parser) ast.Expr) (ok bool) {
	p.trying++
	defer func() {
		p.trying--
		if r := recover(); r != nil {
			if b, isBail := r.(bail); !isBail || b.scanner {
				panic(r)
			}
			ok = false
		}
	}()
	parse(p)
	return true
}

// startsOperand reports whether the current token can begin an expression
// that could not continue the one before it.
func (p *parser) startsOperand() bool {
	switch p.tok.kind {
	case tNumber, tString:
		return true
	case tName:
		switch p.tok.text {
		case "None", "True", "False", "lambda", "await":
			return true
		}
		return !keywords[p.tok.text]
	case tOp:
		return p.tok.text == "{" || p.tok.text == "..."
	}
	return false
}

func (p *parser) scan() token {
	t, err := p.sc.next()
	if err != nil {
		panic(bail{err: err, scanner: true})
	}
	return t
}

func (p *parser) advance() token {
	prev := p.tok
	p.ntok++
	p.level = prev.level
	if len(p.ahead) > 0 {
		p.tok = p.ahead[0]
		p.ahead = p.ahead[1:]
	} else {
		p.tok = p.scan()
	}
	return prev
}

// peek returns the token after the current one.
func (p *parser) peek() token {
	if len(p.ahead) == 0 {
		p.ahead = append(p.ahead, p.scan())
	}
	return p.ahead[0]
}

func (p *parser) isOp(s string) bool { return p.tok.kind == tOp && p.tok.text == s }

func (p *parser) isKw(s string) bool { return p.tok.kind == tName && p.tok.text == s }

func (p *parser) isName() bool { return p.tok.kind == tName && !keywords[p.tok.text] }

func (p *parser) expectOp(s string) token {
	if !p.isOp(s) {
		p.syntaxError()
	}
	return p.advance()
}

func (p *parser) expectKw(s string) token {
	if !p.isKw(s) {
		p.syntaxError()
	}
	return p.advance()
}

func (p *parser) name() (string, pos) {
	if !p.isName() {
		p.syntaxError()
	}
	t := p.advance()
	return t.text, t.pos
}

// startsExpr reports whether the current token can begin an expression.
func (p *parser) startsExpr() bool {
	switch p.tok.kind {
	case tNumber, tString:
		return true
	case tName:
		if !keywords[p.tok.text] {
			return true
		}
		switch p.tok.text {
		case "None", "True", "False", "not", "lambda", "await":
			return true
		}
	case tOp:
		switch p.tok.text {
		case "(", "[", "{", "-", "+", "~", "...", "*":
			return true
		}
	}
	return false
}

// ---- top level ----

func (p *parser) fileInput() ast.Mod {
	m := &ast.Module{}
	for p.tok.kind != tEnd {
		if p.tok.kind == tNewline {
			p.advance()
			continue
		}
		m.Body = append(m.Body, p.stmt()...)
	}
	return m
}

func (p *parser) evalInput() ast.Mod {
	for p.tok.kind == tNewline {
		p.advance()
	}
	e := &ast.Expression{ModBase: ast.ModBase{Pos: p.astPos()}}
	e.Body = p.testlist()
	for p.tok.kind == tNewline {
		p.advance()
	}
	if p.tok.kind != tEnd {
		p.syntaxError()
	}
	return e
}

func (p *parser) singleInput() ast.Mod {
	for p.tok.kind == tNewline {
		p.advance()
	}
	m := &ast.Interactive{ModBase: ast.ModBase{Pos: p.astPos()}}
	if p.tok.kind == tEnd {
		return m
	}
	m.Body = p.stmt()
	for p.tok.kind == tNewline {
		p.advance()
	}
	if p.tok.kind != tEnd {
		p.failAt("multiple statements found while compiling a single statement", p.tok.pos)
	}
	return m
}

func (p *parser) astPos() ast.Pos { return ast.Pos{Lineno: p.tok.pos.line, ColOffset: p.tok.pos.col} }

func toPos(t pos) ast.Pos { return ast.Pos{Lineno: t.line, ColOffset: t.col} }

// ---- statements ----

// namedTest parses a test where CPython's grammar has a named_expression.
func (p *parser) namedTest() ast.Expr {
	defer p.setNamed(true)()
	e := p.test()
	if p.isOp("=") {
		p.syntaxError()
	}
	return e
}

// setNamed sets p.named and returns a function restoring it.
func (p *parser) setNamed(v bool) func() {
	old := p.named
	p.named = v
	return func() { p.named = old }
}

func (p *parser) stmt() []ast.Stmt {
	p.named = false
	if p.tok.kind == tName {
		switch p.tok.text {
		case "if":
			return []ast.Stmt{p.ifStmt()}
		case "while":
			return []ast.Stmt{p.whileStmt()}
		case "for":
			return []ast.Stmt{p.forStmt(nil)}
		case "try":
			return []ast.Stmt{p.tryStmt()}
		case "with":
			return []ast.Stmt{p.withStmt(nil)}
		case "def":
			return []ast.Stmt{p.funcDef(nil)}
		case "class":
			return []ast.Stmt{p.classDef()}
		case "async":
			return []ast.Stmt{p.asyncStmt()}
		case "match":
			if p.isMatchStmt() {
				return []ast.Stmt{p.matchStmt()}
			}
		}
	}
	if p.isOp("@") {
		return []ast.Stmt{p.decorated()}
	}
	return p.simpleStmt()
}

func (p *parser) simpleStmt() []ast.Stmt {
	var out []ast.Stmt
	for {
		out = append(out, p.smallStmt())
		if !p.isOp(";") {
			break
		}
		p.advance()
		if p.tok.kind == tNewline {
			break
		}
	}
	if p.tok.kind != tNewline {
		p.syntaxError()
	}
	p.advance()
	return out
}

func (p *parser) smallStmt() ast.Stmt {
	at := p.astPos()
	sb := ast.StmtBase{Pos: at}
	if p.tok.kind == tName {
		switch p.tok.text {
		case "pass":
			p.advance()
			return &ast.Pass{StmtBase: sb}
		case "break":
			p.advance()
			return &ast.Break{StmtBase: sb}
		case "continue":
			p.advance()
			return &ast.Continue{StmtBase: sb}
		case "return":
			p.advance()
			r := &ast.Return{StmtBase: sb}
			if p.startsExpr() {
				r.Value = p.testlistStarExpr()
			}
			return r
		case "raise":
			p.advance()
			r := &ast.Raise{StmtBase: sb}
			if p.startsExpr() {
				r.Exc = p.test()
				if p.isKw("from") {
					p.advance()
					r.Cause = p.test()
				}
			}
			return r
		case "del":
			p.advance()
			elts, _ := p.exprlist()
			for _, e := range elts {
				p.setCtx(e, ast.Del, false)
			}
			return &ast.Delete{StmtBase: sb, Targets: elts}
		case "global", "nonlocal":
			kw := p.advance().text
			var names []ast.Identifier
			for {
				n, _ := p.name()
				names = append(names, ast.Identifier(n))
				if !p.isOp(",") {
					break
				}
				p.advance()
			}
			if kw == "global" {
				return &ast.Global{StmtBase: sb, Names: names}
			}
			return &ast.Nonlocal{StmtBase: sb, Names: names}
		case "assert":
			p.advance()
			a := &ast.Assert{StmtBase: sb, Test: p.test()}
			if p.isOp(",") {
				p.advance()
				a.Msg = p.test()
			}
			return a
		case "import":
			return p.importName()
		case "from":
			return p.importFrom()
		}
	}
	return p.exprStmt()
}

func (p *parser) importName() ast.Stmt {
	at := p.astPos()
	p.advance()
	imp := &ast.Import{StmtBase: ast.StmtBase{Pos: at}}
	for {
		a := &ast.Alias{Pos: p.astPos()}
		a.Name = ast.Identifier(p.dottedName())
		if p.isKw("as") {
			p.advance()
			n, _ := p.name()
			a.AsName = ast.Identifier(n)
		}
		imp.Names = append(imp.Names, a)
		if !p.isOp(",") {
			return imp
		}
		p.advance()
	}
}

func (p *parser) dottedName() string {
	n, _ := p.name()
	for p.isOp(".") {
		p.advance()
		m, _ := p.name()
		n += "." + m
	}
	return n
}

func (p *parser) importFrom() ast.Stmt {
	at := p.astPos()
	p.advance()
	imp := &ast.ImportFrom{StmtBase: ast.StmtBase{Pos: at}}
	for p.isOp(".") || p.isOp("...") {
		imp.Level += len(p.advance().text)
	}
	if imp.Level == 0 || !p.isKw("import") {
		imp.Module = ast.Identifier(p.dottedName())
	}
	p.expectKw("import")
	if p.isOp("*") {
		imp.Names = []*ast.Alias{{Pos: p.astPos(), Name: "*"}}
		p.advance()
		return imp
	}
	paren := p.isOp("(")
	if paren {
		p.advance()
	}
	for {
		n, np := p.name()
		a := &ast.Alias{Pos: toPos(np), Name: ast.Identifier(n)}
		if p.isKw("as") {
			p.advance()
			m, _ := p.name()
			a.AsName = ast.Identifier(m)
		}
		imp.Names = append(imp.Names, a)
		if !p.isOp(",") {
			break
		}
		comma := p.advance()
		if paren && p.isOp(")") {
			break
		}
		if !paren && !p.isName() {
			p.failAt("trailing comma not allowed without surrounding parentheses", comma.pos)
		}
	}
	if paren {
		p.expectOp(")")
	}
	return imp
}

var augOps = map[string]ast.OperatorNumber{
	"+=": ast.Add, "-=": ast.Sub, "*=": ast.Mult, "/=": ast.Div, "%=": ast.Modulo, "&=": ast.BitAnd,
	"|=": ast.BitOr, "^=": ast.BitXor, "<<=": ast.LShift, ">>=": ast.RShift, "**=": ast.Pow, "//=": ast.FloorDiv,
	"@=": MatMult,
}

func (p *parser) exprStmt() ast.Stmt {
	at := p.astPos()
	sb := ast.StmtBase{Pos: at}
	if p.isKw("yield") {
		y := p.yieldExpr()
		if p.isOp("=") {
			p.failAt("assignment to yield expression not possible", toPosBack(y))
		}
		return &ast.ExprStmt{StmtBase: sb, Value: y}
	}
	paren := p.isOp("(")
	first := p.testlistStarExpr()
	if p.isOp(":") {
		return p.annAssign(sb, first, paren)
	}
	if p.tok.kind == tOp {
		if op, ok := augOps[p.tok.text]; ok {
			switch first.(type) {
			case *ast.Name, *ast.Attribute, *ast.Subscript:
			default:
				p.failAt(fmt.Sprintf("'%s' is an illegal expression for augmented assignment", ExprName(first)), toPosBack(first))
			}
			p.setCtx(first, ast.Store, false)
			p.advance()
			var v ast.Expr
			if p.isKw("yield") {
				v = p.yieldExpr()
			} else {
				v = p.testlistStarExpr()
			}
			return &ast.AugAssign{StmtBase: sb, Target: first, Op: op, Value: v}
		}
	}
	if p.isOp("=") {
		targets := []ast.Expr{first}
		for p.isOp("=") {
			p.advance()
			if !p.startsExpr() && !p.isKw("yield") {
				// CPython diagnoses bad targets before a missing value.
				for _, t := range targets {
					p.setCtx(t, ast.Store, false)
				}
			}
			if p.isKw("yield") {
				targets = append(targets, p.yieldExpr())
			} else {
				targets = append(targets, p.testlistStarExpr())
			}
		}
		value := targets[len(targets)-1]
		targets = targets[:len(targets)-1]
		for i, t := range targets {
			if _, ok := t.(*ast.Yield); ok {
				p.failAt("assignment to yield expression not possible", toPosBack(t))
			}
			if _, ok := t.(*ast.YieldFrom); ok && !p.extra.Await[t.(*ast.YieldFrom)] {
				p.failAt("assignment to yield expression not possible", toPosBack(t))
			}
			p.setCtx(t, ast.Store, i == len(targets)-1)
		}
		return &ast.Assign{StmtBase: sb, Targets: targets, Value: value}
	}
	return &ast.ExprStmt{StmtBase: sb, Value: first}
}

func toPosBack(e ast.Ast) pos { return pos{e.GetLineno(), e.GetColOffset()} }

// suite parses the body of a compound statement; what and line describe the
// statement for "expected an indented block" errors.
func (p *parser) suite(what string, line int) []ast.Stmt {
	if !p.isOp(":") {
		// CPython insists on the colon after these keywords; after the
		// others it only diagnoses a colon missing at the end of the line.
		switch what {
		case "'else' statement", "'try' statement", "'finally' statement", "function definition":
			p.failAt("expected ':'", p.tok.pos)
		}
		if p.tok.kind == tNewline {
			p.failAt("expected ':'", p.tok.pos)
		}
		p.syntaxError()
	}
	p.advance()
	if p.tok.kind != tNewline {
		return p.simpleStmt()
	}
	p.advance()
	if p.tok.kind != tIndent {
		p.indentError(fmt.Sprintf("expected an indented block after %s on line %d", what, line), p.tok.pos)
	}
	p.advance()
	var body []ast.Stmt
	for p.tok.kind != tDedent && p.tok.kind != tEnd {
		body = append(body, p.stmt()...)
	}
	p.advance()
	return body
}

func (p *parser) ifStmt() ast.Stmt {
	t := p.advance()
	top := &ast.If{StmtBase: ast.StmtBase{Pos: toPos(t.pos)}, Test: p.namedTest()}
	top.Body = p.suite("'if' statement", t.pos.line)
	cur := top
	for p.isKw("elif") {
		t := p.advance()
		n := &ast.If{StmtBase: ast.StmtBase{Pos: toPos(t.pos)}, Test: p.namedTest()}
		n.Body = p.suite("'elif' statement", t.pos.line)
		cur.Orelse = []ast.Stmt{n}
		cur = n
	}
	if p.isKw("else") {
		t := p.advance()
		cur.Orelse = p.suite("'else' statement", t.pos.line)
	}
	return top
}

func (p *parser) whileStmt() ast.Stmt {
	t := p.advance()
	w := &ast.While{StmtBase: ast.StmtBase{Pos: toPos(t.pos)}, Test: p.namedTest()}
	w.Body = p.suite("'while' statement", t.pos.line)
	if p.isKw("else") {
		e := p.advance()
		w.Orelse = p.suite("'else' statement", e.pos.line)
	}
	return w
}

// forStmt parses a for statement; async is the 'async' token before it.
func (p *parser) forStmt(async *token) ast.Stmt {
	t := p.advance()
	at := t.pos
	if async != nil {
		at = async.pos
	}
	elts, comma := p.exprlist()
	target := tupleOrExpr(toPos(t.pos), elts, comma)
	p.setCtx(target, ast.Store, false)
	p.expectKw("in")
	f := &ast.For{StmtBase: ast.StmtBase{Pos: toPos(at)}, Target: target, Iter: p.testlistStarExpr()}
	f.Body = p.suite("'for' statement", at.line)
	if p.isKw("else") {
		e := p.advance()
		f.Orelse = p.suite("'else' statement", e.pos.line)
	}
	if async != nil {
		p.extra.Async[f] = true
	}
	return f
}

func (p *parser) tryStmt() ast.Stmt {
	t := p.advance()
	tr := &ast.Try{StmtBase: ast.StmtBase{Pos: toPos(t.pos)}}
	tr.Body = p.suite("'try' statement", t.pos.line)
	for p.isKw("except") {
		e := p.advance()
		h := &ast.ExceptHandler{Pos: toPos(e.pos)}
		if star := p.exceptStar(tr, e.pos); star {
			h.ExprType = p.exceptType()
			if p.isKw("as") {
				p.advance()
				n, _ := p.name()
				h.Name = ast.Identifier(n)
			}
		} else if !p.isOp(":") {
			h.ExprType = p.exceptType()
			if p.isKw("as") {
				p.advance()
				n, _ := p.name()
				h.Name = ast.Identifier(n)
			}
		}
		h.Body = p.suite("'except' statement", e.pos.line)
		tr.Handlers = append(tr.Handlers, h)
	}
	if len(tr.Handlers) > 0 && p.isKw("else") {
		e := p.advance()
		tr.Orelse = p.suite("'else' statement", e.pos.line)
	}
	if p.isKw("finally") {
		e := p.advance()
		tr.Finalbody = p.suite("'finally' statement", e.pos.line)
	}
	if len(tr.Handlers) == 0 && tr.Finalbody == nil {
		if p.isKw("finally") || p.isKw("except") {
			p.syntaxError()
		}
		p.failAt("expected 'except' or 'finally' block", p.tok.pos)
	}
	return tr
}

func (p *parser) withStmt(async *token) ast.Stmt {
	t := p.advance()
	at := t.pos
	if async != nil {
		at = async.pos
	}
	w := &ast.With{StmtBase: ast.StmtBase{Pos: toPos(at)}}
	for {
		item := &ast.WithItem{Pos: p.astPos(), ContextExpr: p.test()}
		if p.isKw("as") {
			p.advance()
			v := p.expr()
			p.setCtx(v, ast.Store, false)
			item.OptionalVars = v
		}
		w.Items = append(w.Items, item)
		if !p.isOp(",") {
			break
		}
		p.advance()
	}
	w.Body = p.suite("'with' statement", at.line)
	if async != nil {
		p.extra.Async[w] = true
	}
	return w
}

func (p *parser) asyncStmt() ast.Stmt {
	a := p.advance()
	switch {
	case p.isKw("def"):
		return p.funcDef(&a)
	case p.isKw("for"):
		return p.forStmt(&a)
	case p.isKw("with"):
		return p.withStmt(&a)
	}
	p.syntaxError()
	return nil
}

func (p *parser) decorated() ast.Stmt {
	var decos []ast.Expr
	for p.isOp("@") {
		p.advance()
		// Any expression since Python 3.9, not only a dotted name and call.
		fn := p.namedTest()
		if p.tok.kind != tNewline {
			p.syntaxError()
		}
		p.advance()
		decos = append(decos, fn)
	}
	var s ast.Stmt
	switch {
	case p.isKw("def"):
		s = p.funcDef(nil)
	case p.isKw("class"):
		s = p.classDef()
	case p.isKw("async") && p.peek().kind == tName && p.peek().text == "def":
		a := p.advance()
		s = p.funcDef(&a)
	default:
		p.syntaxError()
	}
	switch d := s.(type) {
	case *ast.FunctionDef:
		d.DecoratorList = decos
	case *ast.ClassDef:
		d.DecoratorList = decos
	}
	return s
}

func (p *parser) funcDef(async *token) ast.Stmt {
	t := p.advance()
	at := t.pos
	if async != nil {
		at = async.pos
	}
	n, _ := p.name()
	f := &ast.FunctionDef{StmtBase: ast.StmtBase{Pos: toPos(at)}, Name: ast.Identifier(n)}
	if !p.isOp("(") {
		p.failAt("expected '('", p.tok.pos)
	}
	open := p.advance()
	f.Args = p.arguments(")", true, open.end)
	p.expectOp(")")
	if p.isOp("->") {
		p.advance()
		f.Returns = p.test()
	}
	if async != nil {
		p.extra.Async[f] = true
	}
	f.Body = p.suite("function definition", at.line)
	return f
}

func (p *parser) classDef() ast.Stmt {
	t := p.advance()
	n, _ := p.name()
	c := &ast.ClassDef{StmtBase: ast.StmtBase{Pos: toPos(t.pos)}, Name: ast.Identifier(n)}
	if p.isOp("(") {
		open := p.advance()
		call := p.arglist(toPos(open.pos), false)
		c.Bases, c.Keywords, c.Starargs, c.Kwargs = call.Args, call.Keywords, call.Starargs, call.Kwargs
	}
	c.Body = p.suite("class definition", t.pos.line)
	return c
}

// arguments parses a parameter list up to (not including) the closer. typed
// allows annotations (def, not lambda). empty is where an empty list sits.
func (p *parser) arguments(closer string, typed bool, empty pos) *ast.Arguments {
	args := &ast.Arguments{Pos: toPos(empty)}
	if p.isOp(closer) {
		return args
	}
	args.Pos = p.astPos()
	star := false      // seen * or *name: what follows is keyword-only
	var bare *pos      // a bare * still waiting for a keyword-only argument
	kwDefault := false // some keyword-only argument has a default
	param := func() *ast.Arg {
		n, np := p.name()
		a := &ast.Arg{Pos: toPos(np), Arg: ast.Identifier(n)}
		if typed && p.isOp(":") {
			p.advance()
			a.Annotation = p.test()
		}
		return a
	}
	for !p.isOp(closer) {
		switch {
		case p.isOp("/"):
			p.slash(args, star, typed)
		case p.isOp("**"):
			p.advance()
			args.Kwarg = param()
			if p.isOp(",") {
				p.advance()
			}
			if !p.isOp(closer) {
				p.failAt("arguments cannot follow var-keyword argument", p.tok.pos)
			}
			continue
		case p.isOp("*"):
			if star {
				p.failAt("* argument may appear only once", p.tok.pos)
			}
			st := p.advance()
			star = true
			if p.isOp(",") || p.isOp(closer) {
				bare = &st.pos
			} else {
				args.Vararg = param()
			}
		default:
			a := param()
			var def ast.Expr
			if p.isOp("=") {
				p.advance()
				def = p.test()
			}
			switch {
			case star:
				bare = nil
				args.Kwonlyargs = append(args.Kwonlyargs, a)
				args.KwDefaults = append(args.KwDefaults, def)
				kwDefault = kwDefault || def != nil
			case def != nil:
				args.Args = append(args.Args, a)
				args.Defaults = append(args.Defaults, def)
			case len(args.Defaults) > 0:
				if n := p.extra.PosOnly[args]; n > 0 && len(args.Args) > n {
					// CPython's diagnosis does not cover defaults after '/'.
					p.syntaxError()
				}
				p.failAt("non-default argument follows default argument", toPosBack(a))
			default:
				args.Args = append(args.Args, a)
			}
		}
		if p.isOp(closer) {
			break
		}
		if !p.isOp(",") {
			p.syntaxError()
		}
		p.advance()
	}
	if bare != nil {
		p.failAt("named arguments must follow bare *", *bare)
	}
	if !kwDefault {
		args.KwDefaults = nil
	}
	return args
}

// offsetOf returns the byte offset of at in the source.
func (p *parser) offsetOf(at pos) int {
	off := 0
	for l := 1; l < at.line; l++ {
		k := strings.IndexByte(p.src[off:], '\n')
		if k < 0 {
			return len(p.src)
		}
		off += k + 1
	}
	return min(off+at.col, len(p.src))
}
