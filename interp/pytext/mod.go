package pytext

import (
	"math"
	"math/big"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/object"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// modArgs hands out the right operand of `%` the way CPython does: the
// items of a tuple in turn, or a single non-tuple object once.
type modArgs struct {
	args   py.Object
	arglen int
	argidx int
}

func (a *modArgs) next() (py.Object, error) {
	if a.argidx < a.arglen {
		i := a.argidx
		a.argidx++
		if a.arglen < 0 {
			return a.args, nil
		}
		return a.args.(py.Tuple)[i], nil
	}
	return nil, pyerr.Newf(py.TypeError, "not enough arguments for format string")
}

// modFlags are the conversion flags of one `%` specification.
type modFlags struct {
	left, plus, space, alt, zero bool
	width, prec                  int // prec is -1 when not given
}

// modTarget is what differs between str % and bytes %: where the output
// goes, which operands serve %(key), the type of the key and the name used
// in the "not all arguments converted" message.
type modTarget interface {
	literal(r rune)
	isMapping(args py.Object) bool
	item(mapping py.Object, key []rune) (py.Object, error)
	convert(c rune, v py.Object, fl modFlags, pos int) error
	kind() string
}

// Mod is CPython's `format % args` for a str format: every conversion
// (s r a d i u o x X e E f F g G c %), the flags - + space # 0, widths and
// precisions including '*', and %(key) lookups in a mapping.
func Mod(format string, args py.Object) (string, error) {
	var t strMod
	if err := modFormat([]rune(format), args, &t); err != nil {
		return "", err
	}
	return t.b.String(), nil
}

type strMod struct{ b strings.Builder }

func (t *strMod) literal(r rune)                { t.b.WriteRune(r) }
func (t *strMod) isMapping(args py.Object) bool { return isMapping(args) }
func (t *strMod) kind() string                  { return "string" }

func (t *strMod) item(mapping py.Object, key []rune) (py.Object, error) {
	return getItem(mapping, py.String(key))
}

func (t *strMod) convert(c rune, v py.Object, fl modFlags, pos int) error {
	s, err := convert(c, v, fl, pos)
	if err != nil {
		return err
	}
	t.b.WriteString(s)
	return nil
}

// modFormat walks a `%` format: it parses each conversion specification,
// hands out the arguments and leaves the output to t.
func modFormat(runes []rune, args py.Object, t modTarget) error {
	if tup, ok := object.Unwrap(args).(py.Tuple); ok {
		// A subclass of tuple holds the arguments as a tuple does.
		args = tup
	}
	st := modArgs{args: args, arglen: -1, argidx: -2}
	if tup, ok := args.(py.Tuple); ok {
		st.arglen, st.argidx = len(tup), 0
	}
	var mapping py.Object
	if t.isMapping(args) {
		mapping = args
	}
	for i := 0; i < len(runes); {
		if runes[i] != '%' {
			t.literal(runes[i])
			i++
			continue
		}
		i++
		if i < len(runes) && runes[i] == '%' {
			t.literal('%')
			i++
			continue
		}
		if i < len(runes) && runes[i] == '(' {
			if mapping == nil {
				return pyerr.Newf(py.TypeError, "format requires a mapping")
			}
			depth, start := 1, i+1
			i++
			for i < len(runes) && depth > 0 {
				switch runes[i] {
				case '(':
					depth++
				case ')':
					depth--
				}
				i++
			}
			if depth > 0 {
				return pyerr.Newf(py.ValueError, "incomplete format key")
			}
			v, err := t.item(mapping, runes[start:i-1])
			if err != nil {
				return err
			}
			st = modArgs{args: v, arglen: -1, argidx: -2}
		}
		fl := modFlags{prec: -1}
	flags:
		for ; i < len(runes); i++ {
			switch runes[i] {
			case '-':
				fl.left = true
			case '+':
				fl.plus = true
			case ' ':
				fl.space = true
			case '#':
				fl.alt = true
			case '0':
				fl.zero = true
			default:
				break flags
			}
		}
		var err error
		if fl.width, i, err = modNumber(runes, i, &st, "width"); err != nil {
			return err
		}
		if fl.width < 0 {
			fl.left = true
			fl.width = -fl.width
		}
		if i < len(runes) && runes[i] == '.' {
			if fl.prec, i, err = modNumber(runes, i+1, &st, "precision"); err != nil {
				return err
			}
			if fl.prec < 0 {
				fl.prec = 0
			}
			if fl.prec > math.MaxInt32 {
				return pyerr.Newf(py.ValueError, "precision too big")
			}
		}
		if fl.width > maxText || fl.prec > maxText {
			return pyerr.New(py.MemoryError)
		}
		for i < len(runes) && (runes[i] == 'h' || runes[i] == 'l' || runes[i] == 'L') {
			i++
		}
		if i >= len(runes) {
			return pyerr.Newf(py.ValueError, "incomplete format")
		}
		c := runes[i]
		i++
		v, err := st.next()
		if err != nil {
			return err
		}
		if err := t.convert(c, v, fl, i-1); err != nil {
			return err
		}
	}
	if st.argidx < st.arglen && mapping == nil {
		return pyerr.Newf(py.TypeError, "not all arguments converted during %s formatting", t.kind())
	}
	return nil
}

// isMapping is CPython's test for a `%` operand that may serve %(key):
// anything subscriptable except tuples and strings.
func isMapping(o py.Object) bool {
	switch v := o.(type) {
	case py.Tuple, py.String:
		return false
	case py.StringDict, *py.List:
		return true
	case *py.Type:
		return !pyobj.IsClass(v) && object.Lookup(v.Type(), "__getitem__") != nil
	case *object.Instance:
		return object.Lookup(v.Class, "__getitem__") != nil
	}
	_, ok := o.(py.I__getitem__)
	return ok
}

func getItem(mapping, key py.Object) (py.Object, error) {
	if d, ok := mapping.(py.StringDict); ok {
		v, ok := d[string(key.(py.String))]
		if !ok {
			return nil, pyerr.New(py.KeyError, key)
		}
		return v, nil
	}
	return py.GetItem(mapping, key)
}

// modNumber reads a width or precision (what): digits, or '*' taking an
// int from the arguments.
func modNumber(runes []rune, i int, st *modArgs, what string) (int, int, error) {
	if i < len(runes) && runes[i] == '*' {
		v, err := st.next()
		if err != nil {
			return 0, i, err
		}
		n, ok := smallInt(v)
		if !ok {
			return 0, i, pyerr.Newf(py.TypeError, "* wants int")
		}
		return n, i + 1, nil
	}
	n := 0
	for i < len(runes) && runes[i] >= '0' && runes[i] <= '9' {
		if n > (math.MaxInt64-9)/10 {
			return 0, i, pyerr.Newf(py.ValueError, "%s too big", what)
		}
		n = n*10 + int(runes[i]-'0')
		i++
	}
	return n, i, nil
}

func smallInt(v py.Object) (int, bool) {
	switch n := v.(type) {
	case py.Int:
		return int(n), true
	case py.Bool:
		if n {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// asBigInt returns the integer value of int and bool objects.
func asBigInt(v py.Object) (*big.Int, bool) {
	switch n := v.(type) {
	case py.Int:
		return big.NewInt(int64(n)), true
	case *py.BigInt:
		return (*big.Int)(n), true
	case py.Bool:
		if n {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	}
	return nil, false
}

// userMethod calls a number-conversion method of a user class instance.
func userMethod(v py.Object, name string) (py.Object, bool, error) {
	var cls *py.Type
	switch x := v.(type) {
	case *object.Instance:
		if x.Base != nil && !x.Overrides(name) {
			return baseNumber(x.Base, name)
		}
		cls = x.Class
	case *py.Type:
		if pyobj.IsClass(x) {
			return nil, false, nil
		}
		cls = x.Type()
	default:
		return nil, false, nil
	}
	fn := object.Lookup(cls, name)
	if fn == nil {
		return nil, false, nil
	}
	res, err := py.Call(fn, py.Tuple{v}, nil)
	return res, true, err
}

// baseNumber is the number-conversion method name of the builtin value
// an instance of a subclass of int or float carries.
func baseNumber(v py.Object, name string) (py.Object, bool, error) {
	switch x := v.(type) {
	case py.Int, *py.BigInt, py.Bool:
		if name == "__float__" {
			f, err := py.MakeFloat(x)
			return f, true, err
		}
		return x, true, nil
	case py.Float:
		switch name {
		case "__float__":
			return x, true, nil
		case "__int__":
			n, err := floatToInt(float64(x))
			if err != nil {
				return nil, true, err
			}
			return intObject(n), true, nil
		}
	}
	return nil, false, nil
}

// index is operator.index(v): the value of ints and bools, and of objects
// whose class defines __index__.
func index(v py.Object) (*big.Int, bool, error) {
	if n, ok := asBigInt(v); ok {
		return n, true, nil
	}
	return userInt(v, "__index__")
}

// userInt calls __index__ or __int__ and checks that it gave an int.
func userInt(v py.Object, name string) (*big.Int, bool, error) {
	res, ok, err := userMethod(v, name)
	if !ok || err != nil {
		return nil, ok, err
	}
	n, isInt := asBigInt(res)
	if !isInt {
		return nil, true, pyerr.Newf(py.TypeError, "%s returned non-int (type %s)", name, pyobj.TypeOf(res).Name)
	}
	return n, true, nil
}

// asFloat is CPython's conversion of a `%` argument to a C double: floats,
// ints, and objects with __float__ or __index__.
func asFloat(v py.Object) (float64, bool, error) {
	if f, ok := v.(py.Float); ok {
		return float64(f), true, nil
	}
	res, ok, err := userMethod(v, "__float__")
	if err != nil {
		return 0, true, err
	}
	if ok {
		f, isFloat := res.(py.Float)
		if !isFloat {
			return 0, true, pyerr.Newf(py.TypeError, "%s.__float__ returned non-float (type %s)", pyobj.TypeOf(v).Name, pyobj.TypeOf(res).Name)
		}
		return float64(f), true, nil
	}
	n, ok, err := index(v)
	if !ok || err != nil {
		return 0, ok, err
	}
	f, acc := new(big.Float).SetInt(n).Float64()
	if math.IsInf(f, 0) && acc != big.Exact {
		return 0, true, pyerr.Newf(py.OverflowError, "int too large to convert to float")
	}
	return f, true, nil
}

func convert(c rune, v py.Object, fl modFlags, pos int) (string, error) {
	switch c {
	case 's', 'r', 'a':
		var s string
		var err error
		switch c {
		case 's':
			s, err = Str(v)
		case 'r':
			s, err = Repr(v)
		default:
			s, err = ASCII(v)
		}
		if err != nil {
			return "", err
		}
		if fl.prec >= 0 && utf8.RuneCountInString(s) > fl.prec {
			s = string([]rune(s)[:fl.prec])
		}
		return modPad("", s, fl, false), nil
	case 'd', 'i', 'u':
		// As in CPython, a TypeError from __index__ or __int__ becomes the
		// message for a wrong argument type.
		n, err := realToInt(v)
		if err != nil && !pyerr.Matches(err, py.TypeError) {
			return "", err
		}
		if n == nil {
			return "", pyerr.Newf(py.TypeError, "%%%c format: a real number is required, not %s", c, pyobj.TypeOf(v).Name)
		}
		return modInt(n, 10, "", fl), nil
	case 'o', 'x', 'X':
		n, ok, err := index(v)
		if err != nil && !pyerr.Matches(err, py.TypeError) {
			return "", err
		}
		if !ok || err != nil {
			return "", pyerr.Newf(py.TypeError, "%%%c format: an integer is required, not %s", c, pyobj.TypeOf(v).Name)
		}
		switch c {
		case 'o':
			return modInt(n, 8, "0o", fl), nil
		case 'x':
			return modInt(n, 16, "0x", fl), nil
		}
		return strings.ToUpper(modInt(n, 16, "0x", fl)), nil
	case 'e', 'E', 'f', 'F', 'g', 'G':
		f, ok, err := asFloat(v)
		if err != nil {
			return "", err
		}
		if !ok {
			return "", pyerr.Newf(py.TypeError, "must be real number, not %s", pyobj.TypeOf(v).Name)
		}
		return modFloat(f, byte(c), fl), nil
	case 'c':
		var s string
		switch x := v.(type) {
		case py.String:
			if utf8.RuneCountInString(string(x)) != 1 {
				return "", pyerr.Newf(py.TypeError, "%%c requires int or char")
			}
			s = string(x)
		default:
			n, ok, err := index(v)
			if err != nil && !pyerr.Matches(err, py.TypeError) {
				return "", err
			}
			if !ok || err != nil {
				return "", pyerr.Newf(py.TypeError, "%%c requires int or char")
			}
			if !n.IsInt64() || n.Int64() < 0 || n.Int64() > utf8.MaxRune {
				return "", pyerr.Newf(py.OverflowError, "%%c arg not in range(0x110000)")
			}
			s = string(rune(n.Int64()))
		}
		return modPad("", s, fl, false), nil
	}
	shown := '?'
	if c >= 32 && c <= 126 {
		shown = c
	}
	return "", pyerr.Newf(py.ValueError, "unsupported format character '%c' (0x%x) at index %d", shown, c, pos)
}

// realToInt converts a %d argument: ints, floats (truncated), and objects
// with __index__ or __int__. It returns nil for anything else.
func realToInt(v py.Object) (*big.Int, error) {
	if f, ok := v.(py.Float); ok {
		return floatToInt(float64(f))
	}
	n, ok, err := index(v)
	if ok || err != nil {
		return n, err
	}
	n, _, err = userInt(v, "__int__")
	return n, err
}

// floatToInt is int(f) for a float.
func floatToInt(f float64) (*big.Int, error) {
	switch {
	case math.IsNaN(f):
		return nil, pyerr.Newf(py.ValueError, "cannot convert float NaN to integer")
	case math.IsInf(f, 0):
		return nil, pyerr.Newf(py.OverflowError, "cannot convert float infinity to integer")
	}
	n, _ := big.NewFloat(math.Trunc(f)).Int(nil)
	return n, nil
}

func modSign(neg bool, fl modFlags) string {
	switch {
	case neg:
		return "-"
	case fl.plus:
		return "+"
	case fl.space:
		return " "
	}
	return ""
}

func modInt(n *big.Int, base int, prefix string, fl modFlags) string {
	ds := new(big.Int).Abs(n).Text(base)
	if fl.prec > len(ds) {
		ds = strings.Repeat("0", fl.prec-len(ds)) + ds
	}
	if !fl.alt {
		prefix = ""
	}
	return modPad(modSign(n.Sign() < 0, fl)+prefix, ds, fl, true)
}

func modFloat(f float64, c byte, fl modFlags) string {
	neg := math.Signbit(f) && !math.IsNaN(f)
	a := math.Abs(f)
	var body string
	switch {
	case math.IsNaN(f):
		body = "nan"
	case math.IsInf(f, 0):
		body = "inf"
	default:
		lower := c | 0x20
		prec := fl.prec
		if prec < 0 {
			prec = 6
		}
		body = floatBody(a, lower, prec, fl.alt)
	}
	if c == 'E' || c == 'F' || c == 'G' {
		body = strings.ToUpper(body)
	}
	return modPad(modSign(neg, fl), body, fl, true)
}

// modPad applies the width: left-justified with '-', zero-filled after
// the sign and prefix with '0' for numbers, else right-justified.
func modPad(head, body string, fl modFlags, numeric bool) string {
	n := fl.width - utf8.RuneCountInString(head) - utf8.RuneCountInString(body)
	if n <= 0 {
		return head + body
	}
	switch {
	case fl.left:
		return head + body + strings.Repeat(" ", n)
	case fl.zero && numeric:
		return head + strings.Repeat("0", n) + body
	}
	return strings.Repeat(" ", n) + head + body
}
