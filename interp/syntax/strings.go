package syntax

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
)

// strings parses one or more adjacent string literals into a Str, a Bytes, or
// (when an f-string is among them) a JoinedStr call.
func (p *parser) strings() ast.Expr {
	first := p.tok
	var toks []token
	for p.tok.kind == tString {
		toks = append(toks, p.advance())
	}
	last := toks[len(toks)-1]
	at := toPos(first.pos)
	isBytes := first.str.bytes
	hasF := false
	for _, t := range toks {
		if t.str.bytes != isBytes {
			p.failAt("cannot mix bytes and nonbytes literals", last.end)
		}
		hasF = hasF || t.str.f
	}
	for _, t := range toks {
		if msg := invalidUTF8(t.str.body); msg != "" && !t.str.bytes {
			p.failAt("(unicode error) 'utf-8' codec can't decode "+msg, t.end)
		}
	}
	if isBytes {
		var buf []byte
		for _, t := range toks {
			for i := 0; i < len(t.str.body); i++ {
				if t.str.body[i] >= 0x80 {
					p.failAt("bytes can only contain ASCII literal characters", t.pos)
				}
			}
			b, err := decodeEscapes(t.str.body, t.str.raw, true)
			if err != "" {
				p.failAt("(value error) "+err, t.end)
			}
			buf = append(buf, b...)
		}
		return &ast.Bytes{ExprBase: ast.ExprBase{Pos: at}, S: py.Bytes(buf)}
	}
	if !hasF {
		var sb strings.Builder
		for _, t := range toks {
			s, err := decodeEscapes(t.str.body, t.str.raw, false)
			if err != "" {
				p.failAt("(unicode error) 'unicodeescape' codec can't decode bytes in "+err, t.end)
			}
			sb.WriteString(s)
		}
		return &ast.Str{ExprBase: ast.ExprBase{Pos: at}, S: py.String(sb.String())}
	}
	j := &joined{at: at}
	for _, t := range toks {
		if !t.str.f {
			s, err := decodeEscapes(t.str.body, t.str.raw, false)
			if err != "" {
				p.failAt("(unicode error) 'unicodeescape' codec can't decode bytes in "+err, t.end)
			}
			j.lit.WriteString(s)
			continue
		}
		p.fstring(t, j, t.str.body, t.str.bodyOff, 0)
	}
	return p.joinedCall(j)
}

// joined accumulates the parts of an f-string.
type joined struct {
	at    ast.Pos
	parts []ast.Expr
	lit   strings.Builder
}

func (j *joined) flush() {
	if j.lit.Len() > 0 {
		j.parts = append(j.parts, &ast.Str{ExprBase: ast.ExprBase{Pos: j.at}, S: py.String(j.lit.String())})
		j.lit.Reset()
	}
}

func (p *parser) joinedCall(j *joined) *ast.Call {
	j.flush()
	c := &ast.Call{ExprBase: ast.ExprBase{Pos: j.at}, Func: &ast.Str{ExprBase: ast.ExprBase{Pos: j.at}}, Args: j.parts}
	p.extra.JoinedStr[c] = true
	return c
}

// fstringError reports an f-string error where CPython 3.11 does: just after
// the string token.
func (p *parser) fstringError(t token, msg string) {
	p.failAt(msg, t.end)
}

// fstring parses the body of f-string token t (or a format spec inside it,
// when depth > 0) into j. body starts at byte off of the source.
func (p *parser) fstring(t token, j *joined, body string, off int, depth int) {
	lit := strings.Builder{}
	flushLit := func() {
		if lit.Len() == 0 {
			return
		}
		s, err := decodeEscapes(lit.String(), t.str.raw, false)
		if err != "" {
			p.failAt("(unicode error) 'unicodeescape' codec can't decode bytes in "+err, t.end)
		}
		j.lit.WriteString(s)
		lit.Reset()
	}
	i := 0
	for i < len(body) {
		c := body[i]
		switch {
		case c == '\\' && !t.str.raw && i+1 < len(body) && body[i+1] != '{' && body[i+1] != '}':
			// Keep escapes whole so that an escaped brace stays literal text.
			if body[i+1] == 'N' && i+2 < len(body) && body[i+2] == '{' {
				k := strings.IndexByte(body[i:], '}')
				if k < 0 {
					k = len(body) - i - 1
				}
				lit.WriteString(body[i : i+k+1])
				i += k + 1
				continue
			}
			lit.WriteString(body[i : i+2])
			i += 2
		case c == '{' && i+1 < len(body) && body[i+1] == '{' && depth == 0:
			lit.WriteByte('{')
			i += 2
		case c == '}' && i+1 < len(body) && body[i+1] == '}' && depth == 0:
			lit.WriteByte('}')
			i += 2
		case c == '}':
			p.fstringError(t, "f-string: single '}' is not allowed")
		case c == '{':
			if depth >= 2 {
				p.fstringError(t, "f-string: expressions nested too deeply")
			}
			flushLit()
			i = p.field(t, j, body, off, i+1, depth)
		default:
			lit.WriteByte(c)
			i++
		}
	}
	flushLit()
}

// field parses a replacement field whose expression starts at body[i]; it
// returns the index just after the closing '}'.
func (p *parser) field(t token, j *joined, body string, off, i, depth int) int {
	start := i
	nest := 0
	var quote string
	end := -1
	debug := false
scan:
	for ; i < len(body); i++ {
		c := body[i]
		if quote != "" {
			if c == '\\' {
				p.fstringError(t, "f-string expression part cannot include a backslash")
			}
			if strings.HasPrefix(body[i:], quote) {
				i += len(quote) - 1
				quote = ""
			}
			continue
		}
		switch c {
		case '\\':
			p.fstringError(t, "f-string expression part cannot include a backslash")
		case '#':
			p.fstringError(t, "f-string expression part cannot include '#'")
		case '\'', '"':
			quote = string(c)
			if strings.HasPrefix(body[i:], strings.Repeat(quote, 3)) {
				quote = strings.Repeat(quote, 3)
				i += 2
			}
		case '(', '[', '{':
			nest++
		case ')', ']':
			if nest == 0 {
				p.fstringError(t, fmt.Sprintf("f-string: unmatched '%c'", c))
			}
			nest--
		case '}':
			if nest == 0 {
				end = i
				break scan
			}
			nest--
		case '!':
			if nest == 0 && (i+1 >= len(body) || body[i+1] != '=') {
				end = i
				break scan
			}
			if i+1 < len(body) {
				i++
			}
		case ':':
			if nest == 0 {
				end = i
				break scan
			}
		case '=':
			if nest == 0 && (i+1 >= len(body) || body[i+1] != '=') && i > start && !strings.ContainsRune("=!<>", rune(body[i-1])) {
				end = i
				debug = true
				break scan
			}
			if i+1 < len(body) && body[i+1] == '=' {
				i++
			}
		}
	}
	if quote != "" {
		p.fstringError(t, "f-string: unterminated string")
	}
	if end < 0 {
		p.fstringError(t, "f-string: expecting '}'")
	}
	exprText := body[start:end]
	if strings.TrimSpace(exprText) == "" {
		p.fstringError(t, "f-string: empty expression not allowed")
	}
	value := p.subExpr(t, off+start, off+end)
	i = end
	if debug {
		i++
		for i < len(body) && (body[i] == ' ' || body[i] == '\t' || body[i] == '\n') {
			i++
		}
		j.lit.WriteString(body[start:i])
	}
	conv := rune(0)
	if i < len(body) && body[i] == '!' {
		if i+1 >= len(body) {
			p.fstringError(t, "f-string: expecting '}'")
		}
		if c := body[i+1]; c == '}' || c == ':' || !strings.ContainsRune("sra", rune(c)) {
			p.fstringError(t, "f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		if i+2 >= len(body) || (body[i+2] != '}' && body[i+2] != ':') {
			p.fstringError(t, "f-string: expecting '}'")
		}
		conv = rune(body[i+1])
		i += 2
	}
	var spec ast.Expr
	if i < len(body) && body[i] == ':' {
		i++
		specStart := i
		nest := 0
		for ; i < len(body); i++ {
			if body[i] == '{' {
				nest++
			} else if body[i] == '}' {
				if nest == 0 {
					break
				}
				nest--
			}
		}
		if i >= len(body) {
			p.fstringError(t, "f-string: expecting '}'")
		}
		sj := &joined{at: j.at}
		p.fstring(t, sj, body[specStart:i], off+specStart, depth+1)
		sj.flush()
		switch {
		case len(sj.parts) == 0:
			spec = &ast.Str{ExprBase: ast.ExprBase{Pos: j.at}}
		case len(sj.parts) == 1 && isStr(sj.parts[0]):
			spec = sj.parts[0]
		default:
			spec = p.joinedCall(sj)
		}
	}
	if i >= len(body) || body[i] != '}' {
		p.fstringError(t, "f-string: expecting '}'")
	}
	if debug && conv == 0 && spec == nil {
		conv = 'r'
	}
	j.flush()
	fv := &ast.Call{ExprBase: ast.ExprBase{Pos: ast.Pos{Lineno: value.GetLineno(), ColOffset: value.GetColOffset()}},
		Func: &ast.Str{ExprBase: ast.ExprBase{Pos: j.at}}, Args: []ast.Expr{value}}
	if spec != nil {
		fv.Args = append(fv.Args, spec)
	}
	p.extra.FormattedValue[fv] = &FormatSpec{Conversion: conv}
	j.parts = append(j.parts, fv)
	return i + 1
}

func isStr(e ast.Expr) bool {
	_, ok := e.(*ast.Str)
	return ok
}

// subExpr parses the f-string field expression in src[from:to], which is
// implicitly parenthesized, keeping source positions.
func (p *parser) subExpr(t token, from, to int) ast.Expr {
	sc := &scanner{src: p.src, limit: to, filename: p.filename, i: from, sub: true}
	at := sc.posAtFrom(from)
	sc.line, sc.lineStart = at.line, from-at.col
	sub := &parser{sc: sc, src: p.src, filename: p.filename, extra: p.extra, parens: p.parens, braces: p.braces}
	var e ast.Expr
	func() {
		defer func() {
			if r := recover(); r != nil {
				b, ok := r.(bail)
				if !ok {
					panic(r)
				}
				p.fail(prefixError(b.err, "f-string: "))
			}
		}()
		sub.advance()
		if sub.isKw("yield") {
			e = sub.yieldExpr()
		} else {
			e = sub.testlistStarExpr()
		}
		if sub.tok.kind != tEnd {
			sub.syntaxError()
		}
	}()
	return e
}

// posAtFrom computes the position of byte off of the source.
func (s *scanner) posAtFrom(off int) pos {
	line := 1 + strings.Count(s.src[:off], "\n")
	ls := strings.LastIndexByte(s.src[:off], '\n') + 1
	return pos{line, off - ls}
}

// prefixError rebuilds a SyntaxError with prefix added to its message.
func prefixError(err error, prefix string) error {
	e, ok := err.(*py.Exception)
	if !ok || len(e.Args.(py.Tuple)) == 0 {
		return err
	}
	msg, _ := e.Args.(py.Tuple)[0].(py.String)
	if strings.HasPrefix(string(msg), prefix) {
		return err
	}
	n := py.ExceptionNewf(e.Base, "%s%s", prefix, string(msg))
	for k, v := range e.Dict {
		n.Dict[k] = v
	}
	return n
}

var unicodeNames = map[string]rune{
	"SPACE": ' ', "NO-BREAK SPACE": 0xa0, "BULLET": 0x2022, "EM DASH": 0x2014, "EN DASH": 0x2013,
	"HORIZONTAL ELLIPSIS": 0x2026, "DEGREE SIGN": 0xb0, "COPYRIGHT SIGN": 0xa9, "EURO SIGN": 0x20ac,
	"GREEK SMALL LETTER ALPHA": 0x3b1, "GREEK SMALL LETTER PI": 0x3c0, "SNOWMAN": 0x2603,
	"LEFT-POINTING DOUBLE ANGLE QUOTATION MARK": 0xab, "RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK": 0xbb,
	"LINE FEED": '\n', "CARRIAGE RETURN": '\r', "CHARACTER TABULATION": '\t', "NULL": 0,
	"LATIN SMALL LETTER E WITH ACUTE": 0xe9, "CHECK MARK": 0x2713, "BLACK STAR": 0x2605,
}

// decodeEscapes decodes the backslash escapes of a literal body. On failure
// it returns CPython's codec error text ("position 0-2: truncated \xXX
// escape" for str, "invalid \x escape at position 0" for bytes).
func decodeEscapes(body string, raw, bytes bool) (string, string) {
	if raw || strings.IndexByte(body, '\\') < 0 {
		return body, ""
	}
	var sb strings.Builder
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c != '\\' {
			sb.WriteByte(c)
			continue
		}
		if i+1 >= len(body) {
			sb.WriteByte('\\')
			break
		}
		start := i
		i++
		c = body[i]
		switch c {
		case '\n':
		case '\\', '\'', '"':
			sb.WriteByte(c)
		case 'a':
			sb.WriteByte(7)
		case 'b':
			sb.WriteByte(8)
		case 'f':
			sb.WriteByte(12)
		case 'n':
			sb.WriteByte('\n')
		case 'r':
			sb.WriteByte('\r')
		case 't':
			sb.WriteByte('\t')
		case 'v':
			sb.WriteByte(11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for k := 0; k < 2 && i+1 < len(body) && body[i+1] >= '0' && body[i+1] <= '7'; k++ {
				i++
				v = v*8 + int(body[i]-'0')
			}
			if bytes {
				sb.WriteByte(byte(v))
			} else {
				sb.WriteRune(rune(v))
			}
		case 'x', 'u', 'U':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
			if bytes && c != 'x' {
				sb.WriteByte('\\')
				sb.WriteByte(c)
				continue
			}
			k := 0
			for k < n && i+1+k < len(body) && isDigitIn(body[i+1+k], 16) {
				k++
			}
			if k < n {
				if bytes {
					return "", fmt.Sprintf("invalid \\x escape at position %d", start)
				}
				name := map[byte]string{'x': `\xXX`, 'u': `\uXXXX`, 'U': `\UXXXXXXXX`}[c]
				return "", fmt.Sprintf("position %d-%d: truncated %s escape", start, i+k, name)
			}
			v, _ := strconv.ParseUint(body[i+1:i+1+n], 16, 32)
			i += n
			switch {
			case bytes:
				sb.WriteByte(byte(v))
			case v > utf8.MaxRune:
				return "", fmt.Sprintf("position %d-%d: illegal Unicode character", start, i)
			default:
				sb.WriteRune(rune(v))
			}
		case 'N':
			if bytes {
				sb.WriteString(`\N`)
				continue
			}
			if i+1 >= len(body) || body[i+1] != '{' {
				return "", fmt.Sprintf("position %d-%d: malformed \\N character escape", start, i)
			}
			k := strings.IndexByte(body[i:], '}')
			if k < 0 {
				return "", fmt.Sprintf("position %d-%d: malformed \\N character escape", start, len(body)-1)
			}
			name := strings.ToUpper(body[i+2 : i+k])
			r, ok := unicodeNames[name]
			if !ok {
				return "", fmt.Sprintf("position %d-%d: unknown Unicode character name", start, i+k)
			}
			sb.WriteRune(r)
			i += k
		default:
			sb.WriteByte('\\')
			sb.WriteByte(c)
		}
	}
	return sb.String(), ""
}

// invalidUTF8 describes the first byte of s that is not UTF-8 as CPython's
// codec does, or returns "".
func invalidUTF8(s string) string {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != utf8.RuneError || size > 1 {
			i += size
			continue
		}
		b := s[i]
		reason := "invalid start byte"
		switch n := leadLength(b); {
		case n == 0:
		case i+n > len(s) && validPrefix(s[i:]):
			reason = "unexpected end of data"
		default:
			reason = "invalid continuation byte"
		}
		return fmt.Sprintf("byte 0x%02x in position %d: %s", b, i, reason)
	}
	return ""
}

// leadLength is the length of the UTF-8 sequence b starts, or 0 if b
// cannot start one.
func leadLength(b byte) int {
	switch {
	case b >= 0xc2 && b <= 0xdf:
		return 2
	case b >= 0xe0 && b <= 0xef:
		return 3
	case b >= 0xf0 && b <= 0xf4:
		return 4
	}
	return 0
}

// validPrefix reports whether s is a truncated but otherwise valid
// multi-byte sequence.
func validPrefix(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i]&0xc0 != 0x80 {
			return false
		}
	}
	return true
}
