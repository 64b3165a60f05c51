// Package hashed holds gpyasync's hashed collections: CPython 3.11's hash()
// and the dict, set and frozenset types keyed by any hashable object.
//
// gpython's own dict (py.StringDict) takes only str keys and iterates in Go
// map order, and its set is a Go map that panics on tuple elements. The
// types here replace them as the values Python code makes and sees: Dict
// keeps insertion order with a compact table as CPython's dict does, and
// Set reproduces setobject.c's open-addressing table, so sets of ints,
// floats, tuples and None iterate, print and pop in CPython's order.
//
// The package does not register anything by itself; interp/pylib installs
// the types' methods into gpython's dict, set and frozenset type objects.
// Like every Python object, its values belong to one goroutine: nothing
// here is safe for concurrent use.
package hashed

import (
	"hash/maphash"
	"iter"
	"math"
	"math/big"
	"math/bits"
	"reflect"
	"slices"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/iterproto"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// modulus is CPython's hash modulus for numbers, the Mersenne prime
// 2**61-1: numeric hashes are values modulo it, so equal numbers of
// different types hash alike.
const (
	modulusBits = 61
	modulus     = 1<<modulusBits - 1
	infHash     = 314159
	noneHash    = 0xfcfb3b0
)

// The xxHash primes of CPython's tuple hash.
const (
	xxPrime1 = 11400714785074694791
	xxPrime2 = 14029467366897019727
	xxPrime5 = 2870177450012600261
)

var seed = maphash.MakeSeed()

// hashCarrier is an instance of a subclass of a builtin type (see
// interp/object) that hashes as the builtin value it carries, unless its
// class defines __hash__ (then HashValue is nil).
type hashCarrier interface {
	py.I__hash__
	HashValue() py.Object
}

// Hash is hash(o) as CPython 3.11 computes it for numbers, tuples,
// frozensets and None; str and bytes get a hash randomized per process
// (equal for a str and its ASCII bytes, as in CPython); user objects answer
// through their __hash__. Unhashable objects raise CPython's TypeError.
func Hash(o py.Object) (int64, error) {
	switch x := o.(type) {
	case py.String:
		return strHash(string(x)), nil
	case py.Int:
		return intHash(int64(x)), nil
	case py.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case py.Float:
		return floatHash(float64(x)), nil
	case *py.BigInt:
		return bigHash((*big.Int)(x)), nil
	case py.NoneType:
		return noneHash, nil
	case py.Tuple:
		return tupleHash(x)
	case py.Bytes:
		return strHash(string(x)), nil
	case py.Complex:
		h := uint64(floatHash(real(x))) + 1000003*uint64(floatHash(imag(x)))
		return fixMinusOne(int64(h)), nil
	case *Set:
		if !x.frozen {
			return 0, unhashable(o)
		}
		return x.frozenHash(), nil
	case *Dict, *View, *py.List, py.StringDict, *py.Set:
		return 0, unhashable(o)
	case *py.FrozenSet:
		return hashFrozenGpython(x)
	case hashCarrier:
		if v := x.HashValue(); v != nil {
			return Hash(v)
		}
		r, err := x.M__hash__()
		if err != nil {
			return 0, pyerr.Info(err)
		}
		return hashResult(r)
	case py.I__hash__:
		r, err := x.M__hash__()
		if err != nil {
			return 0, pyerr.Info(err)
		}
		return hashResult(r)
	case *py.Type:
		if !pyobj.IsClass(x) {
			if r, ok, err := py.TypeCall0(x, "__hash__"); ok {
				if err != nil {
					return 0, pyerr.Info(err)
				}
				return hashResult(r)
			}
		}
	}
	return IdentityHash(o), nil
}

// IdentityHash is object.__hash__: a hash of the object's address, rotated
// as CPython does so that aligned addresses spread over the table.
func IdentityHash(o py.Object) int64 {
	v := reflect.ValueOf(o)
	var p uintptr
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Chan:
		p = v.Pointer()
	}
	return fixMinusOne(int64(bits.RotateLeft64(uint64(p), -4)))
}

// hashResult turns what a __hash__ method returned into a hash: CPython
// rehashes a big integer so that the result fits a machine word.
func hashResult(r py.Object) (int64, error) {
	// Like CPython's slot for __hash__, an int that fits a machine word is
	// the hash as it is; only larger ones are reduced by hashing them.
	switch v := r.(type) {
	case py.Int:
		return fixMinusOne(int64(v)), nil
	case *py.BigInt:
		if b := (*big.Int)(v); b.IsInt64() {
			return fixMinusOne(b.Int64()), nil
		}
		return bigHash((*big.Int)(v)), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	}
	return 0, pyerr.Newf(py.TypeError, "__hash__ method should return an integer")
}

func unhashable(o py.Object) error {
	return pyerr.Newf(py.TypeError, "unhashable type: '%s'", pyobj.TypeOf(o).Name)
}

func fixMinusOne(h int64) int64 {
	if h == -1 {
		return -2
	}
	return h
}

func strHash(s string) int64 {
	return fixMinusOne(int64(maphash.String(seed, s)))
}

func intHash(x int64) int64 {
	if x > -modulus && x < modulus {
		return fixMinusOne(x)
	}
	// CPython hashes -n as -hash(n); uint64 holds |MinInt64|.
	u := uint64(x)
	if x < 0 {
		u = -u
	}
	h := int64(u % modulus)
	if x < 0 {
		h = -h
	}
	return fixMinusOne(h)
}

var bigModulus = big.NewInt(modulus)

func bigHash(x *big.Int) int64 {
	if x.IsInt64() {
		return intHash(x.Int64())
	}
	var r big.Int
	r.Abs(x)
	r.Mod(&r, bigModulus)
	h := r.Int64()
	if x.Sign() < 0 {
		h = -h
	}
	return fixMinusOne(h)
}

// floatHash is the hash of the rational number f modulo 2**61-1. A finite
// float is m * 2**e with an integer m below 2**53; multiplying by 2**e
// modulo a Mersenne prime is a rotation of the 61-bit value by e mod 61.
func floatHash(f float64) int64 {
	switch {
	case math.IsInf(f, 1):
		return infHash
	case math.IsInf(f, -1):
		return -infHash
	case math.IsNaN(f), f == 0:
		return 0
	}
	neg := f < 0
	frac, exp := math.Frexp(math.Abs(f))
	m := uint64(math.Ldexp(frac, 53))
	e := (exp - 53) % modulusBits
	if e < 0 {
		e += modulusBits
	}
	h := int64(rotate61(m%modulus, uint(e)))
	if neg {
		h = -h
	}
	return fixMinusOne(h)
}

func rotate61(x uint64, s uint) uint64 {
	if s == 0 {
		return x
	}
	return (x<<s)&modulus | x>>(modulusBits-s)
}

func tupleHash(t py.Tuple) (int64, error) {
	acc := uint64(xxPrime5)
	for _, item := range t {
		h, err := Hash(item)
		if err != nil {
			return 0, err
		}
		acc += uint64(h) * xxPrime2
		acc = bits.RotateLeft64(acc, 31)
		acc *= xxPrime1
	}
	acc += uint64(len(t)) ^ (xxPrime5 ^ 3527539)
	if acc == math.MaxUint64 {
		return 1546275796, nil
	}
	return int64(acc), nil
}

// shuffleBits spreads an element's hash before frozenset's hash XORs it
// in, so that sets of nearby ints do not cancel out.
func shuffleBits(h uint64) uint64 {
	return ((h ^ 89869747) ^ (h << 16)) * 3644798167
}

// setHash is frozenset's hash over its elements' hashes: order does not
// matter, and the mixing of the count and the final scramble are
// CPython's.
func setHash(hashes iter.Seq[int64], n int) int64 {
	var h uint64
	for eh := range hashes {
		h ^= shuffleBits(uint64(eh))
	}
	h ^= (uint64(n) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if h == math.MaxUint64 {
		return 590923713
	}
	return int64(h)
}

func hashFrozenGpython(s *py.FrozenSet) (int64, error) {
	items, err := iterproto.Collect(s)
	if err != nil {
		return 0, err
	}
	hs := make([]int64, len(items))
	for i, k := range items {
		if hs[i], err = Hash(k); err != nil {
			return 0, err
		}
	}
	return setHash(slices.Values(hs), len(hs)), nil
}
