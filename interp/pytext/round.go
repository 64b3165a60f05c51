package pytext

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/object"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// Round is CPython's round(number, ndigits): halves go to the even
// neighbour, decided on the exact binary value of a float, so that
// round(2.675, 2) is 2.67. ndigits is None or an int; a user class's
// __round__ serves other numbers.
func Round(number, ndigits py.Object) (py.Object, error) {
	var nd int64
	if ndigits != py.None {
		switch v := ndigits.(type) {
		case py.Int:
			nd = int64(v)
		case py.Bool:
			if v {
				nd = 1
			}
		case *py.BigInt:
			nd = saturate((*big.Int)(v))
		default:
			n, ok, err := index(ndigits)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, pyerr.Newf(py.TypeError, "'%s' object cannot be interpreted as an integer", pyobj.TypeOf(ndigits).Name)
			}
			nd = saturate(n)
		}
	}
	switch v := number.(type) {
	case py.Float:
		f := float64(v)
		if ndigits == py.None {
			n, err := floatToInt(math.RoundToEven(f))
			if err != nil {
				return nil, err
			}
			return intObject(n), nil
		}
		return py.Float(roundFloat(f, nd)), nil
	case py.Int, *py.BigInt, py.Bool:
		n, _ := asBigInt(v)
		if ndigits == py.None || nd >= 0 {
			return intObject(n), nil
		}
		return intObject(roundInt(n, -nd)), nil
	case *py.Type:
		if !pyobj.IsClass(v) {
			if fn := object.Lookup(v.Type(), "__round__"); fn != nil {
				if ndigits == py.None {
					return py.Call(fn, py.Tuple{v}, nil)
				}
				return py.Call(fn, py.Tuple{v, ndigits}, nil)
			}
		}
	case *object.Instance:
		switch v.Base.(type) {
		case py.Int, *py.BigInt, py.Bool, py.Float:
			if !v.Overrides("__round__") {
				return Round(v.Base, ndigits)
			}
		}
		return v.M__round__(ndigits)
	}
	return nil, pyerr.Newf(py.TypeError, "type %s doesn't define __round__ method", pyobj.TypeOf(number).Name)
}

// saturate clamps ndigits the way CPython's conversion to Py_ssize_t
// does for round(); any value beyond ±2**31 rounds the same.
func saturate(n *big.Int) int64 {
	switch {
	case n.Cmp(big.NewInt(math.MaxInt32)) > 0:
		return math.MaxInt32
	case n.Cmp(big.NewInt(math.MinInt32)) < 0:
		return math.MinInt32
	}
	return n.Int64()
}

func intObject(n *big.Int) py.Object {
	if n.IsInt64() {
		return py.Int(n.Int64())
	}
	return (*py.BigInt)(new(big.Int).Set(n))
}

// roundFloat rounds f to nd decimal digits on its exact value.
func roundFloat(f float64, nd int64) float64 {
	if math.IsNaN(f) || math.IsInf(f, 0) || f == 0 {
		return f
	}
	// Beyond these bounds every float is already exact, or rounds to zero.
	if nd > 323 {
		return f
	}
	if nd < -308 {
		return math.Copysign(0, f)
	}
	r := new(big.Rat).SetFloat64(f)
	scale := new(big.Rat).SetInt(pow10(abs64(nd)))
	if nd >= 0 {
		r.Mul(r, scale)
	} else {
		r.Quo(r, scale)
	}
	res := new(big.Rat).SetInt(ratRoundHalfEven(r))
	if nd >= 0 {
		res.Quo(res, scale)
	} else {
		res.Mul(res, scale)
	}
	out, _ := res.Float64()
	if out == 0 {
		return math.Copysign(0, f)
	}
	return out
}

func pow10(k int64) *big.Int {
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(k), nil)
}

func abs64(n int64) int64 {
	if n < 0 {
		return -n
	}
	return n
}

// ratRoundHalfEven rounds r to the nearest integer, halves to even.
func ratRoundHalfEven(r *big.Rat) *big.Int {
	num, den := r.Num(), r.Denom()
	q, m := new(big.Int).QuoRem(num, den, new(big.Int))
	// q is truncated toward zero; twice the remainder against the
	// denominator says which way the rest of the value lies.
	twice := new(big.Int).Abs(m)
	twice.Lsh(twice, 1)
	c := twice.Cmp(den)
	if c > 0 || (c == 0 && q.Bit(0) == 1) {
		if num.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	return q
}

// roundInt rounds n to a multiple of 10**k, halves to even.
func roundInt(n *big.Int, k int64) *big.Int {
	// A multiple of 10**k with more digits than n has is 0 for sure.
	if k > int64(len(new(big.Int).Abs(n).Text(10)))+1 {
		return new(big.Int)
	}
	scale := pow10(k)
	q := ratRoundHalfEven(new(big.Rat).SetFrac(n, scale))
	return q.Mul(q, scale)
}
