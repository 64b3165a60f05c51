package pylib

import (
	"math"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/hashed"
	"github.com/gpyasync/gpyasync/interp/object"
	"github.com/gpyasync/gpyasync/iterproto"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// Operators on builtin values that gpython gets wrong and that no table
// can patch, because gpython dispatches them through Go methods of its own
// types: subscripting bytes and ranges, assigning to list slices, tuple
// concatenation, bytes repetition, in-place list repetition and arithmetic
// on bools. The evaluator calls these in place of gpython's py.GetItem,
// py.SetItem, py.DelItem, py.Add, py.IAdd, py.Sub, py.Mul, py.IMul,
// py.FloorDiv, py.Mod, py.Neg, py.Pos and py.Invert.

// GetItem is container[key].
func GetItem(container, key py.Object) (py.Object, error) {
	switch c := container.(type) {
	case *py.Type:
		// A class subscripted calls its __class_getitem__ (PEP 560),
		// implicitly a class method.
		if pyobj.IsClass(c) || c.Dict["__class_getitem__"] != nil {
			if fn := object.Lookup(c, "__class_getitem__"); fn != nil {
				if cm, ok := fn.(*py.ClassMethod); ok {
					fn = cm.Callable
				}
				if _, ok := fn.(*py.Method); ok {
					return py.Call(fn, py.Tuple{key}, nil)
				}
				return py.Call(fn, py.Tuple{c, key}, nil)
			}
			if object.Lookup(c.Type(), "__getitem__") == nil {
				return nil, pyerr.Newf(py.TypeError, "type '%s' is not subscriptable", c.Name)
			}
		}
	case py.Bytes:
		return BytesItem(c, key)
	case *py.Range:
		return rangeItem(c, key)
	case py.Tuple:
		// gpython's tuple slicing panics when start passes stop.
		if s, ok := key.(*py.Slice); ok {
			start, _, step, n, err := s.GetIndices(len(c))
			if err != nil {
				return nil, pyerr.Info(err)
			}
			out := make(py.Tuple, n)
			for k, i := 0, start; k < n; k, i = k+1, i+step {
				out[k] = c[i]
			}
			return out, nil
		}
	}
	r, err := py.GetItem(container, key)
	if err != nil {
		return nil, pyerr.Info(err)
	}
	return r, nil
}

// SetItem is container[key] = value.
func SetItem(container, key, value py.Object) error {
	if l, ok := container.(*py.List); ok {
		return listSetItem(l, key, value)
	}
	if sd, ok := container.(py.StringDict); ok {
		// A new name in a namespace goes last in its insertion order.
		n := len(sd)
		if _, err := py.SetItem(sd, key, value); err != nil {
			return pyerr.Info(err)
		}
		if k, ok := key.(py.String); ok && len(sd) != n {
			hashed.AddName(sd, string(k))
		}
		return nil
	}
	if _, err := py.SetItem(container, key, value); err != nil {
		return pyerr.Info(err)
	}
	return nil
}

// DelItem is del container[key].
func DelItem(container, key py.Object) error {
	if l, ok := container.(*py.List); ok {
		return listDelItem(l, key)
	}
	if _, err := py.DelItem(container, key); err != nil {
		return pyerr.Info(err)
	}
	return nil
}

// Add is a + b.
func Add(a, b py.Object) (py.Object, error) {
	if x, ok := a.(py.Tuple); ok {
		if y, ok := b.(py.Tuple); ok {
			out := make(py.Tuple, 0, len(x)+len(y))
			return append(append(out, x...), y...), nil
		}
	}
	if _, ok := a.(py.Bytes); ok {
		if _, ok := bytesLike(b); !ok {
			return nil, pyerr.Newf(py.TypeError, "can't concat %s to bytes", pyobj.TypeOf(b).Name)
		}
	}
	return boolArith(py.Add, a, b)
}

// IAdd is a += b.
func IAdd(a, b py.Object) (py.Object, error) {
	if _, ok := a.(py.Tuple); ok {
		return Add(a, b)
	}
	return boolArith(py.IAdd, a, b)
}

// FloorDiv is a // b.
func FloorDiv(a, b py.Object) (py.Object, error) {
	if x, y, ok := floatPair(a, b); ok {
		q, _, err := floatDivmod(x, y, "float floor division by zero")
		return py.Float(q), err
	}
	return boolArith(py.FloorDiv, a, b)
}

// Mod is a % b for numbers.
func Mod(a, b py.Object) (py.Object, error) {
	if x, y, ok := floatPair(a, b); ok {
		_, m, err := floatDivmod(x, y, "float modulo")
		return py.Float(m), err
	}
	return boolArith(py.Mod, a, b)
}

// floatPair gives a and b as floats when one is a float and the other a
// float or an int that a float holds exactly enough for Python's rules.
func floatPair(a, b py.Object) (float64, float64, bool) {
	_, af := a.(py.Float)
	_, bf := b.(py.Float)
	if !af && !bf {
		return 0, 0, false
	}
	x, ok1 := floatOf(boolInt(a))
	y, ok2 := floatOf(boolInt(b))
	return x, y, ok1 && ok2
}

// floatDivmod is CPython's float divmod: the remainder takes the
// divisor's sign (a zero one too) and the quotient is rounded so that
// q*y + m stays close to x.
func floatDivmod(x, y float64, zeroMsg string) (float64, float64, error) {
	if y == 0 {
		return 0, 0, pyerr.Newf(py.ZeroDivisionError, "%s", zeroMsg)
	}
	m := math.Mod(x, y)
	div := (x - m) / y
	if m != 0 {
		if (y < 0) != (m < 0) {
			m += y
			div -= 1
		}
	} else {
		m = math.Copysign(0, y)
	}
	var q float64
	if div != 0 {
		q = math.Floor(div)
		if div-q > 0.5 {
			q++
		}
	} else {
		q = math.Copysign(0, x/y)
	}
	return q, m, nil
}

// Mul is a * b.
func Mul(a, b py.Object) (py.Object, error) {
	a, b = indexOperand(a, b), indexOperand(b, a)
	if r, ok, err := repeatBytes(a, b); ok {
		return r, err
	}
	if r, ok, err := repeatBytes(b, a); ok {
		return r, err
	}
	return boolArith(py.Mul, a, b)
}

// IMul is a *= b; a list is repeated in place.
func IMul(a, b py.Object) (py.Object, error) {
	b = indexOperand(b, a)
	if l, ok := a.(*py.List); ok {
		if n, ok, err := bigOf(b); ok && err == nil && !isFloat(b) {
			times := 0
			if n.Sign() > 0 {
				if !n.IsInt64() || n.Int64()*int64(len(l.Items)) > 1<<40 {
					return nil, pyerr.New(py.MemoryError)
				}
				times = int(n.Int64())
			}
			items := l.Items
			out := make([]py.Object, 0, len(items)*times)
			for range times {
				out = append(out, items...)
			}
			l.Items = out
			return l, nil
		}
	}
	if r, ok, err := repeatBytes(a, b); ok {
		return r, err
	}
	return boolArith(py.IMul, a, b)
}

// Sub is a - b. Here and below, bools work as the ints 0 and 1; gpython's
// bool has no arithmetic of its own.
func Sub(a, b py.Object) (py.Object, error) { return boolArith(py.Sub, a, b) }

// Neg is -a.
func Neg(a py.Object) (py.Object, error) { return unary(py.Neg, a) }

// Pos is +a.
func Pos(a py.Object) (py.Object, error) { return unary(py.Pos, a) }

// Invert is ~a.
func Invert(a py.Object) (py.Object, error) { return unary(py.Invert, a) }

func unary(fn func(a py.Object) (py.Object, error), a py.Object) (py.Object, error) {
	r, err := fn(boolInt(a))
	if err != nil {
		return nil, pyerr.Info(err)
	}
	return r, nil
}

func boolArith(fn func(a, b py.Object) (py.Object, error), a, b py.Object) (py.Object, error) {
	_, aBool := a.(py.Bool)
	_, bBool := b.(py.Bool)
	if aBool || bBool {
		a, b = boolInt(a), boolInt(b)
	}
	r, err := fn(a, b)
	if err != nil {
		return nil, pyerr.Info(err)
	}
	return r, nil
}

func boolInt(o py.Object) py.Object {
	if b, ok := o.(py.Bool); ok {
		if b {
			return py.Int(1)
		}
		return py.Int(0)
	}
	return o
}

// indexOperand gives the int value of n, an instance whose class defines
// __index__, when it repeats the sequence seq; otherwise n itself.
func indexOperand(n, seq py.Object) py.Object {
	if _, ok := n.(*object.Instance); !ok {
		return n
	}
	switch seq.(type) {
	case py.String, py.Bytes, py.Tuple, *py.List:
	default:
		return n
	}
	if v, ok, err := bigOf(n); ok && err == nil {
		return bigResult(v)
	}
	return n
}

// repeatBytes is b * n for bytes b; ok is false when a is not bytes or n
// not an int.
func repeatBytes(a, n py.Object) (py.Object, bool, error) {
	b, ok := a.(py.Bytes)
	if !ok {
		return nil, false, nil
	}
	k, ok, err := bigOf(n)
	if !ok || isFloat(n) {
		return nil, false, nil
	}
	if err != nil {
		return nil, true, err
	}
	if k.Sign() <= 0 || len(b) == 0 {
		return py.Bytes{}, true, nil
	}
	if !k.IsInt64() || k.Int64()*int64(len(b)) > 1<<40 {
		return nil, true, pyerr.New(py.MemoryError)
	}
	out := make(py.Bytes, 0, len(b)*int(k.Int64()))
	for range k.Int64() {
		out = append(out, b...)
	}
	return out, true, nil
}

// seqIndexArg converts a subscript to an index into a sequence of length
// n, with CPython's messages naming the kind of sequence.
func seqIndexArg(key py.Object, n int, kind, outOfRange string) (int, error) {
	b, ok, err := bigOf(key)
	if err != nil {
		return 0, err
	}
	if !ok || isFloat(key) {
		return 0, pyerr.Newf(py.TypeError, "%s indices must be integers or slices, not %s", kind, pyobj.TypeOf(key).Name)
	}
	if !b.IsInt64() {
		return 0, pyerr.Newf(py.IndexError, "cannot fit 'int' into an index-sized integer")
	}
	i := b.Int64()
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return 0, pyerr.Newf(py.IndexError, "%s", outOfRange)
	}
	return int(i), nil
}

func rangeItem(r *py.Range, key py.Object) (py.Object, error) {
	n := int(computeRangeLen(r))
	if s, ok := key.(*py.Slice); ok {
		start, stop, step, _, err := s.GetIndices(n)
		if err != nil {
			return nil, pyerr.Info(err)
		}
		return &py.Range{
			Start: r.Start + py.Int(start)*r.Step,
			Stop:  r.Start + py.Int(stop)*r.Step,
			Step:  r.Step * py.Int(step),
		}, nil
	}
	i, err := seqIndexArg(key, n, "range", "range object index out of range")
	if err != nil {
		return nil, err
	}
	return r.Start + py.Int(i)*r.Step, nil
}

func listSetItem(l *py.List, key, value py.Object) error {
	s, ok := key.(*py.Slice)
	if !ok {
		i, err := seqIndexArg(key, len(l.Items), "list", "list assignment index out of range")
		if err != nil {
			return err
		}
		l.Items[i] = value
		return nil
	}
	start, stop, step, length, err := s.GetIndices(len(l.Items))
	if err != nil {
		return pyerr.Info(err)
	}
	var items []py.Object
	if value == l {
		items = append([]py.Object(nil), l.Items...)
	} else if items, err = iterproto.Collect(value); err != nil {
		if pyerr.Matches(err, py.TypeError) && step == 1 {
			if _, iterErr := iterproto.Iter(value); iterErr != nil {
				return pyerr.Newf(py.TypeError, "can only assign an iterable")
			}
		}
		if pyerr.Matches(err, py.TypeError) && step != 1 {
			if _, iterErr := iterproto.Iter(value); iterErr != nil {
				return pyerr.Newf(py.TypeError, "must assign iterable to extended slice")
			}
		}
		return err
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		out := make([]py.Object, 0, len(l.Items)-(stop-start)+len(items))
		out = append(out, l.Items[:start]...)
		out = append(out, items...)
		l.Items = append(out, l.Items[stop:]...)
		return nil
	}
	if len(items) != length {
		return pyerr.Newf(py.ValueError, "attempt to assign sequence of size %d to extended slice of size %d", len(items), length)
	}
	for k, i := 0, start; k < length; k, i = k+1, i+step {
		l.Items[i] = items[k]
	}
	return nil
}

func listDelItem(l *py.List, key py.Object) error {
	s, ok := key.(*py.Slice)
	if !ok {
		i, err := seqIndexArg(key, len(l.Items), "list", "list assignment index out of range")
		if err != nil {
			return err
		}
		l.Items = append(l.Items[:i], l.Items[i+1:]...)
		return nil
	}
	start, _, step, length, err := s.GetIndices(len(l.Items))
	if err != nil {
		return pyerr.Info(err)
	}
	if length == 0 {
		return nil
	}
	drop := make(map[int]bool, length)
	for k, i := 0, start; k < length; k, i = k+1, i+step {
		drop[i] = true
	}
	out := make([]py.Object, 0, len(l.Items)-length)
	for i, v := range l.Items {
		if !drop[i] {
			out = append(out, v)
		}
	}
	l.Items = out
	return nil
}
