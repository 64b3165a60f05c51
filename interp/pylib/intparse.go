package pylib

import (
	"math"
	"math/big"
	"strings"
	"unicode"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
)

// int(x) and int(text, base) with CPython 3.11's literal rules: any
// Unicode decimal digits, underscores between digits, base prefixes
// (also after an explicit matching base), and its error messages.

func installInt() {
	next := py.IntType.New
	py.IntType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if t != py.IntType {
			return next(t, args, kwargs)
		}
		a, err := keywords("int", args, kwargs, "x", "base")
		if err != nil {
			return nil, err
		}
		if len(args) > 2 {
			return nil, pyerr.Newf(py.TypeError, "int() takes at most 2 arguments (%d given)", len(args))
		}
		x, baseObj := a[0], a[1]
		if x == nil {
			if baseObj != nil {
				return nil, pyerr.Newf(py.TypeError, "int() missing string argument")
			}
			return py.Int(0), nil
		}
		var text string
		switch v := x.(type) {
		case py.String:
			text = string(v)
		case py.Bytes:
			text = string(v)
		default:
			if baseObj != nil {
				return nil, pyerr.Newf(py.TypeError, "int() can't convert non-string with explicit base")
			}
			switch v := x.(type) {
			case py.Float:
				return floatInt(float64(v))
			case py.Bool:
				if v {
					return py.Int(1), nil
				}
				return py.Int(0), nil
			}
			r, err := next(t, args, kwargs)
			if err != nil && pyerr.Matches(err, py.TypeError) {
				if a, ok := pyerr.Exception(err).Args.(py.Tuple); ok && len(a) == 1 && a[0] == py.String("unsupported operand type(s) for int: '"+x.Type().Name+"'") {
					return nil, pyerr.Newf(py.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", x.Type().Name)
				}
			}
			return r, err
		}
		base := 10
		if baseObj != nil {
			if base, err = intArg(baseObj); err != nil {
				return nil, err
			}
			if base != 0 && (base < 2 || base > 36) {
				return nil, pyerr.Newf(py.ValueError, "int() base must be >= 2 and <= 36, or 0")
			}
		}
		n, ok := ParseInt(text, base)
		if !ok {
			r, err := reprOf(x)
			if err != nil {
				return nil, err
			}
			return nil, pyerr.Newf(py.ValueError, "invalid literal for int() with base %d: %s", base, r)
		}
		return bigResult(n), nil
	}
}

func floatInt(f float64) (py.Object, error) {
	switch {
	case math.IsNaN(f):
		return nil, pyerr.Newf(py.ValueError, "cannot convert float NaN to integer")
	case math.IsInf(f, 0):
		return nil, pyerr.Newf(py.OverflowError, "cannot convert float infinity to integer")
	}
	n, _ := big.NewFloat(math.Trunc(f)).Int(nil)
	return bigResult(n), nil
}

// ParseInt reads an integer literal the way int(text, base) does; base 0
// means the base comes from the prefix, as in Python source.
func ParseInt(text string, base int) (*big.Int, bool) {
	s := strings.TrimFunc(text, isSpace)
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	prefixed := false
	if len(s) >= 2 && s[0] == '0' {
		p := map[byte]int{'x': 16, 'X': 16, 'o': 8, 'O': 8, 'b': 2, 'B': 2}[s[1]]
		if p != 0 && (base == 0 || base == p) {
			base, prefixed = p, true
			s = s[2:]
		}
	}
	if base == 0 {
		// Without a prefix, base 0 is decimal, and a nonzero number
		// may not start with 0.
		base = 10
		if strings.TrimLeft(strings.ReplaceAll(s, "_", ""), "0") != "" && strings.HasPrefix(s, "0") {
			return nil, false
		}
	}
	if prefixed && strings.HasPrefix(s, "_") {
		s = s[1:]
	}
	if s == "" || s[0] == '_' || s[len(s)-1] == '_' || strings.Contains(s, "__") {
		return nil, false
	}
	var digits strings.Builder
	for _, r := range s {
		switch {
		case r == '_':
			continue
		case r >= '0' && r <= '9', r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
			digits.WriteRune(r)
		case unicode.Is(unicode.Nd, r):
			digits.WriteRune('0' + decimalValue(r))
		default:
			return nil, false
		}
	}
	n, ok := new(big.Int).SetString(digits.String(), base)
	if !ok {
		return nil, false
	}
	if neg {
		n.Neg(n)
	}
	return n, true
}

// decimalValue is the digit value of a Unicode decimal digit: Unicode
// lays decimal digits out in runs of whole sets of ten, each from 0 to 9.
func decimalValue(r rune) rune {
	start := r
	for unicode.Is(unicode.Nd, start-1) {
		start--
	}
	return (r - start) % 10
}

// installFloat gives float(text) CPython's signed nan, Unicode digits and
// error message.
func installFloat() {
	next := py.FloatType.New
	py.FloatType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if t != py.FloatType || len(args) != 1 || len(kwargs) != 0 {
			return next(t, args, kwargs)
		}
		s, ok := args[0].(py.String)
		if !ok {
			r, err := next(t, args, kwargs)
			if err != nil && pyerr.Matches(err, py.TypeError) {
				name := args[0].Type().Name
				if a, ok := pyerr.Exception(err).Args.(py.Tuple); ok && len(a) == 1 && a[0] == py.String("unsupported operand type(s) for float: '"+name+"'") {
					return nil, pyerr.Newf(py.TypeError, "float() argument must be a string or a real number, not '%s'", name)
				}
			}
			return r, err
		}
		text := strings.TrimFunc(string(s), isSpace)
		switch strings.ToLower(text) {
		case "nan", "+nan", "-nan":
			return py.Float(math.NaN()), nil
		}
		ascii := strings.Map(func(r rune) rune {
			if r > 0x7f && unicode.Is(unicode.Nd, r) {
				return '0' + decimalValue(r)
			}
			return r
		}, text)
		r, err := next(t, py.Tuple{py.String(ascii)}, nil)
		if err != nil && pyerr.Matches(err, py.ValueError) {
			q, qerr := reprOf(s)
			if qerr != nil {
				return nil, qerr
			}
			return nil, pyerr.Newf(py.ValueError, "could not convert string to float: %s", q)
		}
		return r, err
	}
}
