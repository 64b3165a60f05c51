package pytext

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/object"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// Format is CPython's format(o, spec): the format mini-language for int,
// bool, float, str and None, a user class's __format__, and object's
// default (str(o) for an empty spec) for everything else.
func Format(o py.Object, spec string) (string, error) {
	switch v := o.(type) {
	case py.String:
		return formatStr(string(v), spec)
	case py.Bool:
		if spec == "" {
			return Str(v)
		}
		if v {
			return formatInt(big.NewInt(1), spec, "bool")
		}
		return formatInt(big.NewInt(0), spec, "bool")
	case py.Int:
		return formatInt(big.NewInt(int64(v)), spec, "int")
	case *py.BigInt:
		return formatInt((*big.Int)(v), spec, "int")
	case py.Float:
		return formatFloat(float64(v), spec)
	case *py.Type:
		if !pyobj.IsClass(v) {
			if fn := object.Lookup(v.Type(), "__format__"); fn != nil {
				res, err := py.Call(fn, py.Tuple{v, py.String(spec)}, nil)
				if err != nil {
					return "", err
				}
				s, ok := res.(py.String)
				if !ok {
					return "", pyerr.Newf(py.TypeError, "__format__ must return a str, not %s", pyobj.TypeOf(res).Name)
				}
				return string(s), nil
			}
		}
	case py.I__format__:
		// Instances of user classes (interp/object) answer format() with
		// their class's __format__ or object's.
		res, err := v.M__format__(py.String(spec))
		if err != nil {
			return "", err
		}
		s, ok := res.(py.String)
		if !ok {
			return "", pyerr.Newf(py.TypeError, "__format__ must return a str, not %s", pyobj.TypeOf(res).Name)
		}
		return string(s), nil
	}
	if spec != "" {
		return "", pyerr.Newf(py.TypeError, "unsupported format string passed to %s.__format__", pyobj.TypeOf(o).Name)
	}
	return Str(o)
}

// maxText bounds widths and precisions: CPython would try to allocate
// the text and fail with MemoryError; we refuse before allocating.
const maxText = 1 << 26

// spec is a parsed format specification, with the defaults of the type
// being formatted filled in.
type spec struct {
	fill     rune
	align    byte
	sign     byte // 0, '+', '-' or ' '
	z        bool
	alt      bool
	width    int
	grouping byte // 0, ',' or '_'
	prec     int  // -1 when not given
	typ      byte // 0 when not given
}

func isAlign(c byte) bool { return c == '<' || c == '>' || c == '=' || c == '^' }

// parseSpec parses s for a value of type typeName whose default alignment
// is defaultAlign and whose presentation type, when none is given, is
// defaultType (for the grouping check).
func parseSpec(s, typeName string, defaultAlign, defaultType byte) (spec, error) {
	sp := spec{fill: ' ', align: defaultAlign, prec: -1}
	i := 0
	fillGiven, alignGiven := false, false
	if r, n := utf8.DecodeRuneInString(s); n > 0 && n < len(s) && isAlign(s[n]) {
		sp.fill, sp.align = r, s[n]
		fillGiven, alignGiven = true, true
		i = n + 1
	} else if len(s) > 0 && isAlign(s[0]) {
		sp.align = s[0]
		alignGiven = true
		i = 1
	}
	if i < len(s) && (s[i] == '+' || s[i] == '-' || s[i] == ' ') {
		sp.sign = s[i]
		i++
	}
	if i < len(s) && s[i] == 'z' {
		sp.z = true
		i++
	}
	if i < len(s) && s[i] == '#' {
		sp.alt = true
		i++
	}
	// A leading '0' asks for zero fill, and for numbers, padding after the
	// sign; after an explicit fill it is just part of the width.
	if i < len(s) && s[i] == '0' && !fillGiven {
		sp.fill = '0'
		if !alignGiven && defaultAlign == '>' {
			sp.align = '='
		}
		i++
	}
	var err error
	if sp.width, i, err = digits(s, i); err != nil {
		return sp, err
	}
	if sp.width > maxText {
		return sp, pyerr.New(py.MemoryError)
	}
	if i < len(s) && (s[i] == ',' || s[i] == '_') {
		sp.grouping = s[i]
		i++
		if i < len(s) && (s[i] == ',' || s[i] == '_') {
			return sp, pyerr.Newf(py.ValueError, "Cannot specify both ',' and '_'.")
		}
	}
	if i < len(s) && s[i] == '.' {
		start := i + 1
		var p int
		if p, i, err = digits(s, start); err != nil {
			return sp, err
		}
		if i == start {
			return sp, pyerr.Newf(py.ValueError, "Format specifier missing precision")
		}
		sp.prec = p
	}
	rest := s[i:]
	if utf8.RuneCountInString(rest) > 1 {
		return sp, pyerr.Newf(py.ValueError, "Invalid format specifier '%s' for object of type '%s'", s, typeName)
	}
	if len(rest) == 1 {
		sp.typ = rest[0]
	} else if len(rest) > 1 {
		return sp, pyerr.Newf(py.ValueError, "Unknown format code '\\x%x' for object of type '%s'", []rune(rest)[0], typeName)
	}
	if sp.grouping != 0 {
		typ := sp.typ
		if typ == 0 {
			typ = defaultType
		}
		ok := false
		switch typ {
		case 'd', 'e', 'E', 'f', 'F', 'g', 'G', '%':
			ok = true
		case 'b', 'o', 'x', 'X':
			ok = sp.grouping == '_'
		}
		if !ok {
			return sp, pyerr.Newf(py.ValueError, "Cannot specify '%c' with '%c'.", sp.grouping, typ)
		}
	}
	return sp, nil
}

// digits reads a decimal number at s[i:].
func digits(s string, i int) (int, int, error) {
	start := i
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == start {
		return 0, i, nil
	}
	n, err := strconv.Atoi(s[start:i])
	if err != nil {
		return 0, i, pyerr.Newf(py.ValueError, "Too many decimal digits in format string")
	}
	return n, i, nil
}

func formatStr(s, specText string) (string, error) {
	sp, err := parseSpec(specText, "str", '<', 's')
	if err != nil {
		return "", err
	}
	if sp.typ != 0 && sp.typ != 's' {
		return "", unknownCode(sp.typ, "str")
	}
	switch {
	case sp.sign == ' ':
		return "", pyerr.Newf(py.ValueError, "Space not allowed in string format specifier")
	case sp.sign != 0:
		return "", pyerr.Newf(py.ValueError, "Sign not allowed in string format specifier")
	case sp.z:
		return "", pyerr.Newf(py.ValueError, "Negative zero coercion (z) not allowed in string format specifier")
	case sp.alt:
		return "", pyerr.Newf(py.ValueError, "Alternate form (#) not allowed in string format specifier")
	case sp.align == '=':
		return "", pyerr.Newf(py.ValueError, "'=' alignment not allowed in string format specifier")
	}
	if sp.prec >= 0 && utf8.RuneCountInString(s) > sp.prec {
		s = string([]rune(s)[:sp.prec])
	}
	return pad("", s, sp.fill, sp.align, sp.width), nil
}

func unknownCode(c byte, typeName string) error {
	return pyerr.Newf(py.ValueError, "Unknown format code '%c' for object of type '%s'", c, typeName)
}

// pad lays out a sign-and-prefix part and a body in width columns.
func pad(prefix, body string, fill rune, align byte, width int) string {
	n := width - utf8.RuneCountInString(prefix) - utf8.RuneCountInString(body)
	if n <= 0 {
		return prefix + body
	}
	f := string(fill)
	switch align {
	case '<':
		return prefix + body + strings.Repeat(f, n)
	case '^':
		left := n / 2
		return strings.Repeat(f, left) + prefix + body + strings.Repeat(f, n-left)
	case '=':
		return prefix + strings.Repeat(f, n) + body
	}
	return strings.Repeat(f, n) + prefix + body
}

// signText is the sign part for a number.
func signText(neg bool, sign byte) string {
	switch {
	case neg:
		return "-"
	case sign == '+':
		return "+"
	case sign == ' ':
		return " "
	}
	return ""
}

// group inserts sep every n digits from the right of ds and, when
// zero-filling to minWidth, lets the leading zeros take part in grouping
// as CPython does.
func group(ds string, sep byte, n, minWidth int) string {
	if sep == 0 {
		return ds
	}
	var out []byte
	count := 0
	for i := len(ds) - 1; i >= 0; i-- {
		if count == n {
			out = append(out, sep)
			count = 0
		}
		out = append(out, ds[i])
		count++
	}
	for len(out) < minWidth {
		if count == n {
			out = append(out, sep)
			count = 0
			if len(out) >= minWidth {
				out = append(out, '0')
				count++
				break
			}
		}
		out = append(out, '0')
		count++
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return string(out)
}

func formatInt(v *big.Int, specText, typeName string) (string, error) {
	sp, err := parseSpec(specText, typeName, '>', 'd')
	if err != nil {
		return "", err
	}
	switch sp.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, acc := new(big.Float).SetInt(v).Float64()
		if math.IsInf(f, 0) && acc != big.Exact {
			return "", pyerr.Newf(py.OverflowError, "int too large to convert to float")
		}
		return formatFloatSpec(f, sp)
	case 0, 'd', 'n', 'b', 'o', 'x', 'X', 'c':
	default:
		return "", unknownCode(sp.typ, typeName)
	}
	if sp.prec >= 0 {
		return "", pyerr.Newf(py.ValueError, "Precision not allowed in integer format specifier")
	}
	if sp.z {
		return "", pyerr.Newf(py.ValueError, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	align := sp.align
	if sp.typ == 'c' {
		if sp.sign != 0 {
			return "", pyerr.Newf(py.ValueError, "Sign not allowed with integer format specifier 'c'")
		}
		if sp.alt {
			return "", pyerr.Newf(py.ValueError, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if !v.IsInt64() || v.Int64() < 0 || v.Int64() > utf8.MaxRune {
			return "", pyerr.Newf(py.OverflowError, "%%c arg not in range(0x110000)")
		}
		return pad("", string(rune(v.Int64())), sp.fill, align, sp.width), nil
	}
	base, prefix, groupN := 10, "", 3
	switch sp.typ {
	case 'b':
		base, prefix, groupN = 2, "0b", 4
	case 'o':
		base, prefix, groupN = 8, "0o", 4
	case 'x':
		base, prefix, groupN = 16, "0x", 4
	case 'X':
		base, prefix, groupN = 16, "0X", 4
	}
	if !sp.alt {
		prefix = ""
	}
	ds := new(big.Int).Abs(v).Text(base)
	if sp.typ == 'X' {
		ds = strings.ToUpper(ds)
	}
	head := signText(v.Sign() < 0, sp.sign) + prefix
	minWidth := 0
	if sp.fill == '0' && align == '=' {
		minWidth = sp.width - len(head)
	}
	body := group(ds, sp.grouping, groupN, minWidth)
	return pad(head, body, sp.fill, align, sp.width), nil
}

func formatFloat(f float64, specText string) (string, error) {
	sp, err := parseSpec(specText, "float", '>', 'g')
	if err != nil {
		return "", err
	}
	switch sp.typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return "", unknownCode(sp.typ, "float")
	}
	return formatFloatSpec(f, sp)
}

func formatFloatSpec(f float64, sp spec) (string, error) {
	if sp.prec > math.MaxInt32 {
		return "", pyerr.Newf(py.ValueError, "precision too big")
	}
	if sp.prec > maxText {
		return "", pyerr.New(py.MemoryError)
	}
	typ := sp.typ
	if typ == 'n' {
		typ = 'g'
	}
	suffix := ""
	if typ == '%' {
		f *= 100
		typ = 'f'
		suffix = "%"
	}
	neg := math.Signbit(f)
	a := math.Abs(f)
	var body string
	switch {
	case math.IsNaN(f):
		neg = false
		body = "nan"
	case math.IsInf(f, 0):
		body = "inf"
	default:
		body = floatBody(a, typ, sp.prec, sp.alt)
	}
	if typ == 'E' || typ == 'F' || typ == 'G' {
		body = strings.ToUpper(body)
	}
	if neg && sp.z && !math.IsInf(f, 0) && isZeroText(body) {
		neg = false
	}
	body += suffix
	head := signText(neg, sp.sign)
	align := sp.align
	if sp.grouping != 0 {
		intEnd := strings.IndexFunc(body, func(r rune) bool { return r < '0' || r > '9' })
		if intEnd < 0 {
			intEnd = len(body)
		}
		minWidth := 0
		if sp.fill == '0' && align == '=' {
			minWidth = sp.width - len(head) - (len(body) - intEnd)
		}
		if intEnd > 0 {
			body = group(body[:intEnd], sp.grouping, 3, minWidth) + body[intEnd:]
		}
	}
	return pad(head, body, sp.fill, align, sp.width), nil
}

// isZeroText reports whether formatted digits are all zeros.
func isZeroText(s string) bool {
	for _, c := range s {
		if c >= '1' && c <= '9' {
			return false
		}
		if c == 'e' || c == 'E' {
			break
		}
	}
	return true
}

// floatBody formats a finite, non-negative float for one presentation type.
func floatBody(a float64, typ byte, prec int, alt bool) string {
	switch typ {
	case 'f', 'F':
		if prec < 0 {
			prec = 6
		}
		s := strconv.FormatFloat(a, 'f', prec, 64)
		if alt && prec == 0 {
			s += "."
		}
		return s
	case 'e', 'E':
		if prec < 0 {
			prec = 6
		}
		ds, exp, _ := splitE(strconv.FormatFloat(a, 'e', prec, 64))
		return sciText(ds, exp, false, alt)
	case 'g', 'G':
		if prec < 0 {
			prec = 6
		}
		return generalText(a, prec, alt, false)
	}
	if prec < 0 {
		return formatShortest(a, true, alt)
	}
	return generalText(a, prec, alt, true)
}

// generalText is the 'g' presentation; addDot0 is the variant used when no
// type is given, which keeps a fractional digit and so switches to
// scientific notation one digit earlier.
func generalText(a float64, prec int, alt, addDot0 bool) string {
	if prec == 0 {
		prec = 1
	}
	ds, exp, _ := splitE(strconv.FormatFloat(a, 'e', prec-1, 64))
	if a == 0 {
		exp = 0
	}
	if !alt {
		ds = strings.TrimRight(ds, "0")
		if ds == "" {
			ds = "0"
		}
	}
	decpt := exp + 1
	limit := prec
	if addDot0 {
		limit = prec - 1
	}
	if decpt <= -4 || decpt > limit {
		return sciText(ds, exp, false, alt)
	}
	if alt && len(ds) < decpt {
		ds += strings.Repeat("0", decpt-len(ds))
	}
	s := fixedText(ds, decpt)
	if !strings.Contains(s, ".") && (alt || addDot0) {
		if addDot0 {
			s += ".0"
		} else {
			s += "."
		}
	}
	return s
}
