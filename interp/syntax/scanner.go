package syntax

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

type tokKind int

const (
	tEnd tokKind = iota // ENDMARKER
	tNewline
	tIndent
	tDedent
	tName // identifiers and keywords
	tNumber
	tString
	tOp
	tError // a character that starts no token
)

// pos is a source position: 1-based line, 0-based byte column, as gpython's
// AST numbers them.
type pos struct{ line, col int }

type token struct {
	kind  tokKind
	text  string // the source text of the token
	pos   pos
	end   pos       // just after the last byte of the token
	num   py.Object // value of a tNumber
	level int       // bracket depth just after the token
	str   *strLit   // details of a tString
}

// strLit is a string literal as written, before escapes are decoded.
type strLit struct {
	raw, bytes, f bool
	quote         string // ', ", ''' or """
	body          string // text between the quotes
	bodyOff       int    // byte offset of body in the source
}

var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true,
	"async": true, "await": true, "break": true, "class": true, "continue": true,
	"def": true, "del": true, "elif": true, "else": true, "except": true, "finally": true,
	"for": true, "from": true, "global": true, "if": true, "import": true, "in": true,
	"is": true, "lambda": true, "nonlocal": true, "not": true, "or": true, "pass": true,
	"raise": true, "return": true, "try": true, "while": true, "with": true, "yield": true,
}

// Operators, longest first within each length class.
var operators3 = []string{"**=", "...", "//=", "<<=", ">>="}
var operators2 = []string{"!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", "<<", "<=",
	"<>", "==", ">=", ">>", "^=", "|=", ":=", "@="}

const operators1 = "()[]:,;+-*/|&<>=.%{}^~@"

// CPython's limits on bracket nesting and indentation levels.
const (
	maxParens = 200
	maxIndent = 100
)

type paren struct {
	ch  byte
	pos pos
}

// scanner turns source text into tokens on demand, so that an error late in
// a file is reported only after everything before it parsed.
type scanner struct {
	src       string
	limit     int // scanning stops here (end of source, or of an f-string field)
	filename  string
	i         int
	line      int
	lineStart int
	indents   []int // indentation columns with tabs to multiples of 8
	altIndent []int // the same with tabs counted as 1, to detect TabError
	parens    []paren
	atBOL     bool
	pending   []token
	done      bool
	sub       bool  // scanning an f-string replacement field: no NEWLINE/INDENT
	last      pos   // position of the last token returned
	unclosed  *pos  // the bracket reported as never closed
	quiet     bool  // CPython's tokenizer gives the error returned without raising it
	err       error // the error returned, returned again by every later call
}

func newScanner(src, filename string) *scanner {
	return &scanner{src: src, limit: len(src), filename: filename, line: 1,
		indents: []int{0}, altIndent: []int{0}, atBOL: true}
}

// lineText returns the text of line n (1-based), with its newline.
func lineText(src string, n int) string {
	start := 0
	for l := 1; l < n; l++ {
		k := strings.IndexByte(src[start:], '\n')
		if k < 0 {
			return ""
		}
		start += k + 1
	}
	end := strings.IndexByte(src[start:], '\n')
	if end < 0 {
		return src[start:]
	}
	return src[start : start+end+1]
}

func (s *scanner) here() pos { return pos{s.line, s.i - s.lineStart} }

func (s *scanner) newline() {
	s.line++
	s.lineStart = s.i
}

func (s *scanner) peekc(k int) byte {
	if s.i+k < s.limit {
		return s.src[s.i+k]
	}
	return 0
}

// next returns the next token; on bad input it returns an error.
func (s *scanner) next() (token, error) {
	if s.err != nil {
		return token{}, s.err
	}
	t, err := s.scan()
	if err != nil {
		s.err = err
		return token{}, err
	}
	s.last = t.pos
	t.level = len(s.parens)
	return t, nil
}

func (s *scanner) scan() (token, error) {
	if len(s.pending) > 0 {
		t := s.pending[0]
		s.pending = s.pending[1:]
		return t, nil
	}
	if s.done {
		return token{kind: tEnd, pos: s.here(), end: s.here()}, nil
	}
	if s.atBOL && !s.sub {
		s.atBOL = false
		if t, ok, err := s.indentation(); err != nil || ok {
			return t, err
		}
	}
	for {
		// Skip blanks, comments and joined lines. A NEWLINE token starts
		// where its line's comment does.
		comment := -1
		for s.i < s.limit {
			c := s.src[s.i]
			if c == ' ' || c == '\t' || c == '\f' {
				s.i++
				continue
			}
			if c == '#' {
				comment = s.i
				for s.i < s.limit && s.src[s.i] != '\n' {
					s.i++
				}
				continue
			}
			if c == '\\' {
				if s.i+1 < s.limit && s.src[s.i+1] == '\n' {
					s.i += 2
					s.newline()
					if s.i >= s.limit {
						s.quiet = true
						return token{}, s.errorAt("unexpected EOF while parsing", s.line-1, len(lineText(s.src, s.line-1)))
					}
					continue
				}
				if s.i+1 >= s.limit {
					s.quiet = true
					return token{}, s.errorAt("unexpected EOF while parsing", s.line, s.i-s.lineStart+1)
				}
				s.quiet = true
				return token{}, s.errorAt("unexpected character after line continuation character", s.line, s.i-s.lineStart+2)
			}
			break
		}
		if s.i >= s.limit {
			return s.eof()
		}
		c := s.src[s.i]
		if c == '\n' {
			p := s.here()
			if comment >= 0 {
				p.col = comment - s.lineStart
			}
			s.i++
			s.newline()
			if len(s.parens) > 0 || s.sub {
				continue
			}
			s.atBOL = true
			return token{kind: tNewline, text: "\n", pos: p, end: pos{p.line, p.col + 1}}, nil
		}
		return s.scanToken()
	}
}

func (s *scanner) eof() (token, error) {
	p := s.here()
	if p.col == 0 && p.line > 1 {
		// CPython puts the end of input at the end of the last line.
		p = pos{p.line - 1, len(strings.TrimSuffix(lineText(s.src, p.line-1), "\n"))}
	}
	if s.sub {
		s.done = true
		return token{kind: tEnd, pos: p, end: p}, nil
	}
	if len(s.parens) > 0 {
		o := s.parens[len(s.parens)-1]
		s.unclosed = &o.pos
		return token{}, s.errorAt(fmt.Sprintf("'%c' was never closed", o.ch), o.pos.line, o.pos.col+1)
	}
	s.done = true
	for len(s.indents) > 1 {
		s.indents = s.indents[:len(s.indents)-1]
		s.altIndent = s.altIndent[:len(s.altIndent)-1]
		s.pending = append(s.pending, token{kind: tDedent, pos: p, end: p})
	}
	s.pending = append(s.pending, token{kind: tEnd, pos: p, end: p})
	t := s.pending[0]
	s.pending = s.pending[1:]
	return t, nil
}

// indentation measures the indentation of a new logical line and returns
// INDENT or DEDENT tokens when it changes. Blank and comment-only lines are
// skipped.
func (s *scanner) indentation() (token, bool, error) {
	for {
		col, alt := 0, 0
		j := s.i
	measure:
		for j < s.limit {
			switch s.src[j] {
			case ' ':
				col++
				alt++
			case '\t':
				col = (col/8 + 1) * 8
				alt++
			case '\f':
				col, alt = 0, 0
			default:
				break measure
			}
			j++
		}
		if j >= s.limit {
			s.i = j
			return token{}, false, nil
		}
		if s.src[j] == '\\' && (j+1 >= s.limit || s.src[j+1] != '\n') {
			s.quiet = true
			return token{}, false, s.errorAt("unexpected character after line continuation character", s.line, j-s.lineStart+2)
		}
		if c := s.src[j]; c == '#' || c == '\n' || c == '\\' {
			if c == '\\' {
				// A joined blank line: keep measuring on the next line.
				s.i = j
				return token{}, false, nil
			}
			for j < s.limit && s.src[j] != '\n' {
				j++
			}
			if j >= s.limit {
				s.i = j
				return token{}, false, nil
			}
			s.i = j + 1
			s.newline()
			continue
		}
		s.i = j
		p := s.here()
		top := len(s.indents) - 1
		switch {
		case col == s.indents[top]:
			if alt != s.altIndent[top] {
				return token{}, false, s.tabError()
			}
			return token{}, false, nil
		case col > s.indents[top]:
			if alt <= s.altIndent[top] {
				return token{}, false, s.tabError()
			}
			if len(s.indents) >= maxIndent {
				s.quiet = true
				return token{}, false, s.makeError(py.IndentationError, "too many levels of indentation", s.line, 1)
			}
			s.indents = append(s.indents, col)
			s.altIndent = append(s.altIndent, alt)
			return token{kind: tIndent, pos: pos{p.line, 0}, end: p}, true, nil
		}
		// Like CPython's, a DEDENT has no column: errors at it have offset 0.
		for len(s.indents) > 1 && col < s.indents[len(s.indents)-1] {
			s.indents = s.indents[:len(s.indents)-1]
			s.altIndent = s.altIndent[:len(s.altIndent)-1]
			s.pending = append(s.pending, token{kind: tDedent, pos: pos{p.line, -1}, end: p})
		}
		top = len(s.indents) - 1
		if col != s.indents[top] {
			line := lineText(s.src, s.line)
			return token{}, false, s.makeError(py.IndentationError, "unindent does not match any outer indentation level", s.line, len(line))
		}
		if alt != s.altIndent[top] {
			return token{}, false, s.tabError()
		}
		t := s.pending[0]
		s.pending = s.pending[1:]
		return t, true, nil
	}
}

func (s *scanner) tabError() error {
	return s.makeError(py.TabError, "inconsistent use of tabs and spaces in indentation", s.line, 1)
}

func (s *scanner) errorAt(msg string, line, offset int) error {
	return s.makeError(py.SyntaxError, msg, line, offset)
}

func (s *scanner) makeError(t *py.Type, msg string, line, offset int) error {
	return newError(t, msg, s.filename, line, offset, lineText(s.src, line))
}

func isIDStart(r rune) bool {
	return r == '_' || ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') ||
		(r >= 0x80 && (unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)))
}

func isIDContinue(r rune) bool {
	return isIDStart(r) || ('0' <= r && r <= '9') ||
		(r >= 0x80 && unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue))
}

func (s *scanner) scanToken() (token, error) {
	start := s.i
	p := s.here()
	c := s.src[s.i]
	if '0' <= c && c <= '9' || (c == '.' && '0' <= s.peekc(1) && s.peekc(1) <= '9') {
		return s.scanNumber()
	}
	r, size := utf8.DecodeRuneInString(s.src[s.i:s.limit])
	if isIDStart(r) {
		j := s.i + size
		for j < s.limit {
			r2, sz := utf8.DecodeRuneInString(s.src[j:s.limit])
			if !isIDContinue(r2) {
				break
			}
			j += sz
		}
		word := s.src[s.i:j]
		if j < s.limit && (s.src[j] == '\'' || s.src[j] == '"') && isStringPrefix(word) {
			return s.scanString(len(word))
		}
		s.i = j
		return token{kind: tName, text: word, pos: p, end: s.here()}, nil
	}
	if c == '\'' || c == '"' {
		return s.scanString(0)
	}
	for _, op := range operators3 {
		if strings.HasPrefix(s.src[s.i:s.limit], op) {
			s.i += 3
			return token{kind: tOp, text: op, pos: p, end: s.here()}, nil
		}
	}
	for _, op := range operators2 {
		if strings.HasPrefix(s.src[s.i:s.limit], op) {
			s.i += 2
			return token{kind: tOp, text: op, pos: p, end: s.here()}, nil
		}
	}
	if strings.IndexByte(operators1, c) >= 0 {
		s.i++
		switch c {
		case '(', '[', '{':
			if len(s.parens) >= maxParens {
				return token{}, s.errorAt("too many nested parentheses", p.line, p.col+1)
			}
			s.parens = append(s.parens, paren{c, p})
		case ')', ']', '}':
			if len(s.parens) == 0 {
				return token{}, s.errorAt(fmt.Sprintf("unmatched '%c'", c), p.line, p.col+1)
			}
			o := s.parens[len(s.parens)-1]
			if closer(o.ch) != c {
				msg := fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c'", c, o.ch)
				if o.pos.line != p.line {
					msg += fmt.Sprintf(" on line %d", o.pos.line)
				}
				return token{}, s.errorAt(msg, p.line, p.col+1)
			}
			s.parens = s.parens[:len(s.parens)-1]
		}
		return token{kind: tOp, text: s.src[start:s.i], pos: p, end: s.here()}, nil
	}
	if r >= 0x80 && r != utf8.RuneError {
		return token{}, s.errorAt(fmt.Sprintf("invalid character '%c' (U+%04X)", r, r), p.line, p.col+1)
	}
	if r == utf8.RuneError && size <= 1 {
		return token{}, s.errorAt("invalid non-printable character or invalid UTF-8", p.line, p.col+1)
	}
	if r < 0x20 && r != '\t' {
		return token{}, s.errorAt(fmt.Sprintf("invalid non-printable character U+%04X", r), p.line, p.col+1)
	}
	// CPython's tokenizer passes such a character on for the parser to
	// reject.
	s.i++
	return token{kind: tError, text: s.src[start:s.i], pos: p, end: s.here()}, nil
}

func closer(open byte) byte {
	switch open {
	case '(':
		return ')'
	case '[':
		return ']'
	}
	return '}'
}

func isStringPrefix(w string) bool {
	switch strings.ToLower(w) {
	case "r", "u", "b", "br", "rb", "f", "fr", "rf":
		return true
	}
	return false
}

// scanString scans a string literal whose prefix has n bytes.
func (s *scanner) scanString(n int) (token, error) {
	start := s.i
	p := s.here()
	lit := &strLit{}
	for _, ch := range strings.ToLower(s.src[s.i : s.i+n]) {
		switch ch {
		case 'r':
			lit.raw = true
		case 'b':
			lit.bytes = true
		case 'f':
			lit.f = true
		}
	}
	s.i += n
	q := s.src[s.i]
	lit.quote = string(q)
	if s.peekc(1) == q && s.peekc(2) == q {
		lit.quote = strings.Repeat(string(q), 3)
	}
	s.i += len(lit.quote)
	lit.bodyOff = s.i
	triple := len(lit.quote) == 3
	for {
		if s.i >= s.limit {
			// The newline Parse appends does not start a line of its own.
			s.line--
			if triple {
				return token{}, s.errorAt(fmt.Sprintf("unterminated triple-quoted string literal (detected at line %d)", s.line), p.line, p.col+1)
			}
			return token{}, s.errorAt(fmt.Sprintf("unterminated string literal (detected at line %d)", s.line), p.line, p.col+1)
		}
		c := s.src[s.i]
		if c == '\\' {
			s.i++
			if s.i < s.limit {
				if s.src[s.i] == '\n' {
					s.i++
					s.newline()
				} else {
					s.i++
				}
			}
			continue
		}
		if c == '\n' {
			if !triple {
				return token{}, s.errorAt(fmt.Sprintf("unterminated string literal (detected at line %d)", s.line), p.line, p.col+1)
			}
			s.i++
			s.newline()
			continue
		}
		if c == q && strings.HasPrefix(s.src[s.i:s.limit], lit.quote) {
			lit.body = s.src[lit.bodyOff:s.i]
			s.i += len(lit.quote)
			return token{kind: tString, text: s.src[start:s.i], pos: p, end: s.here(), str: lit}, nil
		}
		s.i++
	}
}

func isDigitIn(c byte, base int) bool {
	switch base {
	case 16:
		return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
	case 8:
		return '0' <= c && c <= '7'
	case 2:
		return c == '0' || c == '1'
	}
	return '0' <= c && c <= '9'
}

var baseNames = map[int]string{16: "hexadecimal", 10: "decimal", 8: "octal", 2: "binary"}

// digits consumes digits of base with single underscores between them. It
// returns false (with s.i on the bad underscore) for a misplaced underscore.
func (s *scanner) digits(base int) bool {
	for s.i < s.limit {
		c := s.src[s.i]
		if c == '_' {
			if !isDigitIn(s.peekc(1), base) {
				s.i++
				return false
			}
			s.i++
			continue
		}
		if !isDigitIn(c, base) {
			break
		}
		s.i++
	}
	return true
}

func (s *scanner) scanNumber() (token, error) {
	start := s.i
	p := s.here()
	base := 10
	isFloat, isImag := false, false
	bad := func(b int) (token, error) {
		return token{}, s.errorAt(fmt.Sprintf("invalid %s literal", baseNames[b]), s.line, s.i-s.lineStart)
	}
	if s.src[s.i] == '0' && strings.IndexByte("xXoObB", s.peekc(1)) >= 0 && s.peekc(1) != 0 {
		switch s.peekc(1) {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		default:
			base = 2
		}
		s.i += 2
		if s.peekc(0) == '_' {
			s.i++
		}
		if !isDigitIn(s.peekc(0), base) {
			if base != 16 && '0' <= s.peekc(0) && s.peekc(0) <= '9' {
				return token{}, s.errorAt(fmt.Sprintf("invalid digit '%c' in %s literal", s.peekc(0), baseNames[base]), s.line, s.i-s.lineStart+1)
			}
			return bad(base)
		}
		if !s.digits(base) {
			return bad(base)
		}
		if base != 16 && '0' <= s.peekc(0) && s.peekc(0) <= '9' {
			return token{}, s.errorAt(fmt.Sprintf("invalid digit '%c' in %s literal", s.peekc(0), baseNames[base]), s.line, s.i-s.lineStart+1)
		}
	} else {
		if s.src[s.i] != '.' {
			if !s.digits(10) {
				return bad(10)
			}
		}
		if s.peekc(0) == '.' {
			isFloat = true
			s.i++
			if isDigitIn(s.peekc(0), 10) && !s.digits(10) {
				return bad(10)
			}
		}
		if c := s.peekc(0); c == 'e' || c == 'E' {
			save := s.i
			s.i++
			if c := s.peekc(0); c == '+' || c == '-' {
				s.i++
				if !isDigitIn(s.peekc(0), 10) {
					return bad(10)
				}
			}
			if isDigitIn(s.peekc(0), 10) {
				isFloat = true
				if !s.digits(10) {
					return bad(10)
				}
			} else {
				s.i = save
			}
		}
		if c := s.peekc(0); c == 'j' || c == 'J' {
			isImag = true
			s.i++
		}
	}
	text := s.src[start:s.i]
	if r, _ := utf8.DecodeRuneInString(s.src[s.i:s.limit]); s.i < s.limit && isIDContinue(r) {
		rest := s.src[s.i:s.limit]
		allowed := false
		for _, kw := range []string{"and", "else", "for", "if", "in", "is", "not", "or"} {
			if strings.HasPrefix(rest, kw) {
				allowed = true
			}
		}
		if !allowed {
			// CPython points just before the offending character.
			return bad(base)
		}
	}
	clean := strings.ReplaceAll(text, "_", "")
	var v py.Object
	var err error
	switch {
	case base != 10:
		v, err = py.IntFromString(clean[2:], base)
	case isImag:
		v, err = py.FloatFromString(clean[:len(clean)-1])
		if err == nil {
			v = py.Complex(complex(0, float64(v.(py.Float))))
		}
	case isFloat:
		v, err = py.FloatFromString(clean)
	default:
		if len(clean) > 1 && clean[0] == '0' && strings.Trim(clean, "0") != "" {
			return token{}, s.errorAt("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", p.line, p.col+1)
		}
		v, err = py.IntFromString(clean, 10)
	}
	if err != nil {
		return token{}, s.errorAt(fmt.Sprintf("invalid %s literal", baseNames[base]), p.line, p.col+1)
	}
	return token{kind: tNumber, text: text, pos: p, end: s.here(), num: v}, nil
}
