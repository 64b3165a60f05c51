package pylib

import (
	"fmt"
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
)

// int's and float's method tables, completed as in CPython 3.11.

func installNumbers() {
	d := py.IntType.Dict
	intMethod := func(name, doc string, fn func(n *big.Int, args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
		d[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			n, ok, _ := bigOf(self)
			if !ok || isFloat(self) {
				if len(args) == 0 {
					return nil, pyerr.Newf(py.TypeError, "unbound method int.%s() needs an argument", name)
				}
				if n, ok, _ = bigOf(args[0]); !ok || isFloat(args[0]) {
					return nil, pyerr.Newf(py.TypeError, "descriptor '%s' for 'int' objects doesn't apply to a '%s' object", name, args[0].Type().Name)
				}
				args = args[1:]
			}
			return fn(n, args, kwargs)
		}, 0, doc)
	}
	noArgInt := func(name, doc string, fn func(n *big.Int) py.Object) {
		intMethod(name, doc, func(n *big.Int, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if err := noArgs("int."+name, args); err != nil {
				return nil, err
			}
			return fn(n), nil
		})
	}
	noArgInt("bit_length", "Number of bits necessary to represent self in binary.", func(n *big.Int) py.Object {
		return py.Int(n.BitLen())
	})
	noArgInt("bit_count", "Number of ones in the binary representation of the absolute value of self.", func(n *big.Int) py.Object {
		c := 0
		for _, w := range new(big.Int).Abs(n).Bits() {
			c += bits.OnesCount(uint(w))
		}
		return py.Int(c)
	})
	noArgInt("as_integer_ratio", "Return integer ratio.", func(n *big.Int) py.Object {
		return py.Tuple{bigResult(n), py.Int(1)}
	})
	noArgInt("conjugate", "Returns self, the complex conjugate of any int.", func(n *big.Int) py.Object { return bigResult(n) })
	noArgInt("__trunc__", "Truncating an Integral returns itself.", func(n *big.Int) py.Object { return bigResult(n) })
	noArgInt("__floor__", "Flooring an Integral returns itself.", func(n *big.Int) py.Object { return bigResult(n) })
	noArgInt("__ceil__", "Ceiling of an Integral returns itself.", func(n *big.Int) py.Object { return bigResult(n) })
	intMethod("to_bytes", "Return an array of bytes representing an integer.", intToBytes)
	d["from_bytes"] = classMethod(py.IntType, py.MustNewMethod("from_bytes", intFromBytes, 0, "Return the integer represented by the given array of bytes."))
	intProp := func(name string, fn func(n *big.Int) py.Object) {
		d[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			n, ok, err := bigOf(self)
			if err != nil || !ok {
				return nil, pyerr.Newf(py.TypeError, "descriptor '%s' for 'int' objects doesn't apply to a '%s' object", name, self.Type().Name)
			}
			return fn(n), nil
		}}
	}
	intProp("real", bigResult)
	intProp("numerator", bigResult)
	intProp("imag", func(*big.Int) py.Object { return py.Int(0) })
	intProp("denominator", func(*big.Int) py.Object { return py.Int(1) })
	// bool and gpython's big ints are separate types sharing int's methods.
	for _, name := range []string{"bit_length", "bit_count", "as_integer_ratio", "conjugate", "to_bytes", "from_bytes",
		"real", "numerator", "imag", "denominator", "__trunc__", "__floor__", "__ceil__"} {
		for _, t := range []*py.Type{py.BoolType, py.BigIntType} {
			if _, ok := t.Dict[name]; !ok {
				t.Dict[name] = d[name]
			}
		}
	}

	f := py.FloatType.Dict
	floatMethod := func(name, doc string, fn func(x float64) (py.Object, error)) {
		f[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			x, args, err := bind[py.Float](self, args, "float."+name)
			if err != nil {
				return nil, err
			}
			if err := noArgs("float."+name, args); err != nil {
				return nil, err
			}
			return fn(float64(x))
		}, 0, doc)
	}
	floatMethod("is_integer", "Return True if the float is an integer.", func(x float64) (py.Object, error) {
		return py.NewBool(!math.IsInf(x, 0) && x == math.Trunc(x)), nil
	})
	floatMethod("hex", "Return a hexadecimal representation of a floating-point number.", func(x float64) (py.Object, error) {
		return py.String(floatHex(x)), nil
	})
	floatMethod("as_integer_ratio", "Return integer ratio.", floatRatio)
	floatMethod("conjugate", "Return self, the complex conjugate of any float.", func(x float64) (py.Object, error) {
		return py.Float(x), nil
	})
	f["fromhex"] = classMethod(py.FloatType, py.MustNewMethod("fromhex", floatFromhex, 0, "Create a floating-point number from a hexadecimal string."))
	f["real"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return self, nil }}
	f["imag"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return py.Float(0), nil }}
}

func isFloat(o py.Object) bool {
	_, ok := o.(py.Float)
	return ok
}

func intToBytes(n *big.Int, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) > 2 {
		return nil, pyerr.Newf(py.TypeError, "to_bytes() takes at most 2 positional arguments (%d given)", len(args))
	}
	kw := py.StringDict{}
	signedObj := kwargs["signed"]
	for k, v := range kwargs {
		if k != "signed" {
			kw[k] = v
		}
	}
	a, err := keywords("to_bytes", args, kw, "length", "byteorder")
	if err != nil {
		return nil, err
	}
	length := 1
	if a[0] != nil {
		if length, err = intArg(a[0]); err != nil {
			return nil, err
		}
		if length < 0 {
			return nil, pyerr.Newf(py.ValueError, "length argument must be non-negative")
		}
	}
	little, err := byteOrder(a[1])
	if err != nil {
		return nil, err
	}
	signed := false
	if signedObj != nil {
		t, err := py.MakeBool(signedObj)
		if err != nil {
			return nil, pyerr.Info(err)
		}
		signed = t == py.True
	}
	v := new(big.Int).Set(n)
	if v.Sign() < 0 {
		if !signed {
			return nil, pyerr.Newf(py.OverflowError, "can't convert negative int to unsigned")
		}
		v.Add(v, new(big.Int).Lsh(big.NewInt(1), uint(8*length)))
	}
	tooBig := v.Sign() < 0 || v.BitLen() > 8*length
	if signed && !tooBig && length > 0 {
		// The top bit must agree with the sign.
		top := v.Bit(8*length-1) == 1
		tooBig = top != (n.Sign() < 0)
	}
	if signed && length == 0 {
		// Zero bytes hold the sign-extended values 0 and -1.
		tooBig = n.Sign() != 0 && !(n.IsInt64() && n.Int64() == -1)
	}
	if tooBig {
		return nil, pyerr.Newf(py.OverflowError, "int too big to convert")
	}
	out := v.FillBytes(make([]byte, length))
	if little {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return py.Bytes(out), nil
}

func byteOrder(o py.Object) (little bool, err error) {
	if o == nil {
		return false, nil
	}
	s, ok := o.(py.String)
	if !ok {
		return false, pyerr.Newf(py.TypeError, "to_bytes() argument 'byteorder' must be str, not %s", o.Type().Name)
	}
	switch s {
	case "big":
		return false, nil
	case "little":
		return true, nil
	}
	return false, pyerr.Newf(py.ValueError, "byteorder must be either 'little' or 'big'")
}

func intFromBytes(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) > 0 {
		if _, ok := args[0].(*py.Type); ok {
			args = args[1:]
		}
	}
	if len(args) > 2 {
		return nil, pyerr.Newf(py.TypeError, "from_bytes() takes at most 2 positional arguments (%d given)", len(args))
	}
	kw := py.StringDict{}
	signedObj := kwargs["signed"]
	for k, v := range kwargs {
		if k != "signed" {
			kw[k] = v
		}
	}
	a, err := keywords("from_bytes", args, kw, "bytes", "byteorder")
	if err != nil {
		return nil, err
	}
	if a[0] == nil {
		return nil, pyerr.Newf(py.TypeError, "from_bytes() missing required argument 'bytes' (pos 1)")
	}
	var data []byte
	switch v := a[0].(type) {
	case py.Bytes:
		data = append([]byte(nil), v...)
	case py.String, py.Int, py.Bool, *py.BigInt, py.Float:
		return nil, pyerr.Newf(py.TypeError, "cannot convert '%s' object to bytes", a[0].Type().Name)
	default:
		b, err := py.Call(py.BytesType, py.Tuple{a[0]}, nil)
		if err != nil {
			if pyerr.Matches(err, py.TypeError) {
				return nil, pyerr.Newf(py.TypeError, "cannot convert '%s' object to bytes", a[0].Type().Name)
			}
			return nil, pyerr.Info(err)
		}
		data = append([]byte(nil), b.(py.Bytes)...)
	}
	little, err := byteOrder(a[1])
	if err != nil {
		return nil, err
	}
	if little {
		for i, j := 0, len(data)-1; i < j; i, j = i+1, j-1 {
			data[i], data[j] = data[j], data[i]
		}
	}
	v := new(big.Int).SetBytes(data)
	if signedObj != nil {
		t, err := py.MakeBool(signedObj)
		if err != nil {
			return nil, pyerr.Info(err)
		}
		if t == py.True && len(data) > 0 && data[0]&0x80 != 0 {
			v.Sub(v, new(big.Int).Lsh(big.NewInt(1), uint(8*len(data))))
		}
	}
	return bigResult(v), nil
}

// floatHex is float.hex: normalized 0x1.<13 hex digits>p<exp>.
func floatHex(x float64) string {
	switch {
	case math.IsNaN(x):
		return "nan"
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(x) {
		sign = "-"
		x = -x
	}
	if x == 0 {
		return sign + "0x0.0p+0"
	}
	b := math.Float64bits(x)
	exp := int(b>>52) & 0x7ff
	mant := b & (1<<52 - 1)
	lead := 1
	if exp == 0 {
		// Subnormal: CPython writes 0x0.<mantissa>p-1022.
		lead = 0
		exp = 1
	}
	return fmt.Sprintf("%s0x%d.%013xp%+d", sign, lead, mant, exp-1023)
}

func floatRatio(x float64) (py.Object, error) {
	switch {
	case math.IsInf(x, 0):
		return nil, pyerr.Newf(py.OverflowError, "cannot convert Infinity to integer ratio")
	case math.IsNaN(x):
		return nil, pyerr.Newf(py.ValueError, "cannot convert NaN to integer ratio")
	}
	r := new(big.Rat).SetFloat64(x)
	return py.Tuple{bigResult(r.Num()), bigResult(r.Denom())}, nil
}

func floatFromhex(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) > 0 {
		if _, ok := args[0].(*py.Type); ok {
			args = args[1:]
		}
	}
	if err := oneArg("float.fromhex", args); err != nil {
		return nil, err
	}
	s, ok := args[0].(py.String)
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "bad argument type for built-in operation")
	}
	x, err := parseHexFloat(strings.TrimFunc(string(s), isSpace))
	if err != nil {
		return nil, err
	}
	return py.Float(x), nil
}

func parseHexFloat(s string) (float64, error) {
	bad := pyerr.Newf(py.ValueError, "invalid hexadecimal floating-point string")
	neg := false
	body := s
	if body != "" && (body[0] == '+' || body[0] == '-') {
		neg = body[0] == '-'
		body = body[1:]
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		if neg {
			return math.Inf(-1), nil
		}
		return math.Inf(1), nil
	case "nan":
		return math.NaN(), nil
	}
	lb := strings.ToLower(body)
	if strings.HasPrefix(lb, "0x") {
		body = body[2:]
	}
	mant, exp, hasExp := strings.Cut(body, "p")
	if !hasExp {
		mant, exp, hasExp = strings.Cut(body, "P")
	}
	if mant == "" || mant == "." {
		return 0, bad
	}
	for _, c := range mant {
		if _, ok := hexVal(c); !ok && c != '.' {
			return 0, bad
		}
	}
	if strings.Count(mant, ".") > 1 {
		return 0, bad
	}
	text := "0x" + mant + "p0"
	if hasExp {
		if exp == "" {
			return 0, bad
		}
		if _, err := strconv.Atoi(exp); err != nil {
			return 0, bad
		}
		text = "0x" + mant + "p" + exp
	}
	if !strings.Contains(mant, ".") {
		text = strings.Replace(text, "p", ".p", 1)
	}
	x, err := strconv.ParseFloat(text, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange && math.IsInf(x, 0) {
			return 0, pyerr.Newf(py.OverflowError, "hexadecimal value too large to represent as a float")
		}
		if !math.IsInf(x, 0) && x == 0 {
			return 0, nil
		}
		return 0, bad
	}
	if neg {
		x = -x
	}
	return x, nil
}
