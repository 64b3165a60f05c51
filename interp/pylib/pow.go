package pylib

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/object"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// pow(base, exp, mod=None) with three-argument modular powers (negative
// exponents giving modular inverses) and CPython's errors for 0 to a
// negative power.

func builtinPow(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if n := len(args) + len(kwargs); n > 3 {
		return nil, pyerr.Newf(py.TypeError, "pow() takes at most 3 arguments (%d given)", n)
	}
	a, err := keywords("pow", args, kwargs, "base", "exp", "mod")
	if err != nil {
		return nil, err
	}
	if a[0] == nil {
		return nil, pyerr.Newf(py.TypeError, "pow() missing required argument 'base' (pos 1)")
	}
	if a[1] == nil {
		return nil, pyerr.Newf(py.TypeError, "pow() missing required argument 'exp' (pos 2)")
	}
	if a[2] == nil || a[2] == py.None {
		return Pow(a[0], a[1])
	}
	return powMod(a[0], a[1], a[2])
}

// Pow is base ** exp.
func Pow(base, exp py.Object) (py.Object, error) {
	base, exp = boolInt(base), boolInt(exp)
	if zeroToNegative(base, exp) {
		return nil, pyerr.Newf(py.ZeroDivisionError, "0.0 cannot be raised to a negative power")
	}
	if e, ok := exp.(py.Float); ok && e != py.Float(math.Trunc(float64(e))) && !math.IsInf(float64(e), 0) {
		// A negative base to a fractional power is complex in Python 3.
		if b, ok := floatOf(base); ok && b < 0 {
			return py.Complex(polarPow(b, float64(e))), nil
		}
	}
	r, err := py.Pow(base, exp, py.None)
	if err != nil {
		return nil, pyerr.Info(err)
	}
	return r, nil
}

// zeroToNegative reports whether base is a zero int or float and exp a
// negative int or float.
func zeroToNegative(base, exp py.Object) bool {
	number := func(o py.Object) (float64, bool) {
		switch v := o.(type) {
		case py.Int:
			return float64(v), true
		case py.Float:
			return float64(v), true
		case *py.BigInt:
			return float64((*big.Int)(v).Sign()), true
		}
		return 0, false
	}
	b, ok1 := number(base)
	e, ok2 := number(exp)
	return ok1 && ok2 && b == 0 && e < 0 && !math.IsNaN(e)
}

// polarPow is x ** e for a negative real x through polar form, computed
// in CPython's order so that the last bits agree.
func polarPow(x, e float64) complex128 {
	length := math.Pow(math.Abs(x), e)
	phase := math.Atan2(0, x) * e
	return complex(length*math.Cos(phase), length*math.Sin(phase))
}

func floatOf(o py.Object) (float64, bool) {
	switch v := o.(type) {
	case py.Int:
		return float64(v), true
	case py.Float:
		return float64(v), true
	}
	return 0, false
}

func powMod(base, exp, mod py.Object) (py.Object, error) {
	var ns [3]*big.Int
	for i, o := range []py.Object{base, exp, mod} {
		n, ok, err := bigOf(o)
		if err != nil {
			return nil, err
		}
		if !ok || isFloat(o) {
			if isNumber(base) && isNumber(exp) && isNumber(mod) {
				return nil, pyerr.Newf(py.TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
			}
			// A class's __pow__ or __rpow__ may take a modulus.
			r, err := py.Pow(base, exp, mod)
			if err != nil {
				if pyerr.Matches(err, py.TypeError) && !isUser(base) && !isUser(exp) {
					return nil, pyerr.Newf(py.TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
						pyobj.TypeOf(base).Name, pyobj.TypeOf(exp).Name, pyobj.TypeOf(mod).Name)
				}
				return nil, pyerr.Info(err)
			}
			return r, nil
		}
		ns[i] = n
	}
	b, e, m := ns[0], ns[1], ns[2]
	if m.Sign() == 0 {
		return nil, pyerr.Newf(py.ValueError, "pow() 3rd argument cannot be 0")
	}
	am := new(big.Int).Abs(m)
	x := new(big.Int).Mod(b, am)
	if e.Sign() < 0 {
		if x.ModInverse(x, am) == nil {
			return nil, pyerr.Newf(py.ValueError, "base is not invertible for the given modulus")
		}
		e = new(big.Int).Neg(e)
	}
	r := new(big.Int).Exp(x, e, am)
	// The result takes the modulus's sign, as Python's % does.
	if m.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, m)
	}
	return bigResult(r), nil
}

func isUser(o py.Object) bool {
	_, ok := o.(*object.Instance)
	return ok
}

func isNumber(o py.Object) bool {
	switch o.(type) {
	case py.Int, py.Bool, *py.BigInt, py.Float, py.Complex:
		return true
	}
	return false
}
