package pylib

import (
	"math/big"
	"sort"
	"strconv"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/hashed"
	"github.com/gpyasync/gpyasync/interp/object"
	"github.com/gpyasync/gpyasync/iterproto"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// Builtins gpython lacks or gets wrong: reversed, dir, vars, delattr, len
// (for bytes), sum(start=), divmod's messages, zip(strict=), and map,
// whose gpython objects call themselves filter.

// ReversedType is the type of reversed(seq) over the sequence protocol.
var ReversedType = py.NewType("reversed", "Return a reverse iterator over the values of the given sequence.")

// listReverseType is the type of reversed(list).
var listReverseType = py.NewType("list_reverseiterator", "")

func installBuiltins() {
	g := py.GetModuleImpl("builtins").Globals
	ReversedType.New = reversedNew
	for _, t := range []*py.Type{ReversedType, listReverseType} {
		t.Ready()
	}
	g["reversed"] = ReversedType
	installMethodNames()
	py.MapType.Name = "map"
	py.ComplexType.Name = "complex"
	// gpython's big ints have a type of their own; Python code sees int.
	py.BigIntType.Name = "int"
	py.MapType.New = mapNew
	py.ZipType.New = zipNew
	for _, m := range []*py.Method{
		py.MustNewMethod("len", builtinLen, 0, "Return the number of items in a container."),
		py.MustNewMethod("dir", builtinDir, 0, dirDoc),
		py.MustNewMethod("vars", builtinVars, 0, "vars([object]) -> dictionary\n\nWithout arguments, equivalent to locals().\nWith an argument, equivalent to object.__dict__."),
		py.MustNewMethod("delattr", builtinDelattr, 0, "Deletes the named attribute from the given object."),
		py.MustNewMethod("sum", builtinSum, 0, "Return the sum of a 'start' value (default: 0) plus an iterable of numbers"),
		py.MustNewMethod("pow", builtinPow, 0, "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments"),
		py.MustNewMethod("hex", radix("hex", 16, "0x"), 0, "Return the hexadecimal representation of an integer."),
		py.MustNewMethod("oct", radix("oct", 8, "0o"), 0, "Return the octal representation of an integer."),
		py.MustNewMethod("bin", radix("bin", 2, "0b"), 0, "Return the binary representation of an integer."),
		py.MustNewMethod("chr", builtinChr, 0, "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff."),
		py.MustNewMethod("abs", builtinAbs, 0, "Return the absolute value of the argument."),
		py.MustNewMethod("divmod", builtinDivmod, 0, "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x."),
	} {
		ReplaceMethod("builtins", m)
	}
}

func builtinLen(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, pyerr.Newf(py.TypeError, "len() takes exactly one argument (%d given)", len(args))
	}
	switch o := args[0].(type) {
	case py.Bytes:
		return py.Int(len(o)), nil
	case py.String:
		return py.Int(len([]rune(string(o)))), nil
	}
	n, err := py.Len(args[0])
	if err != nil {
		return nil, pyerr.Info(err)
	}
	return n, nil
}

// reversedIter walks indices length()-1 down to 0 through item; the
// length is read once, as CPython's reversed does.
type reversedIter struct {
	typ  *py.Type
	next int
	item func(i int) (py.Object, error)
}

func newReversed(length func() int, item func(int) (py.Object, error), kind string) *reversedIter {
	t := ReversedType
	if kind == "list_reverseiterator" {
		t = listReverseType
	}
	return &reversedIter{typ: t, next: length() - 1, item: item}
}

func (r *reversedIter) Type() *py.Type                { return r.typ }
func (r *reversedIter) M__iter__() (py.Object, error) { return r, nil }

func (r *reversedIter) M__next__() (py.Object, error) {
	if r.next < 0 {
		return nil, py.StopIteration
	}
	i := r.next
	r.next--
	v, err := r.item(i)
	if err != nil {
		if pyerr.Matches(err, py.IndexError) || pyerr.Matches(err, py.StopIteration) {
			r.next = -1
			return nil, py.StopIteration
		}
		return nil, err
	}
	return v, nil
}

func (r *reversedIter) M__length_hint__() (py.Object, error) { return py.Int(r.next + 1), nil }

func reversedNew(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) != 0 {
		return nil, pyerr.Newf(py.TypeError, "reversed() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, pyerr.Newf(py.TypeError, "reversed expected 1 argument, got %d", len(args))
	}
	seq := args[0]
	switch s := seq.(type) {
	case *py.List:
		return newReversed(func() int { return len(s.Items) }, func(i int) (py.Object, error) {
			if i >= len(s.Items) {
				return nil, pyerr.Newf(py.IndexError, "list index out of range")
			}
			return s.Items[i], nil
		}, "list_reverseiterator"), nil
	case py.Tuple:
		return newReversed(func() int { return len(s) }, func(i int) (py.Object, error) { return s[i], nil }, ""), nil
	case py.String:
		rs := []rune(string(s))
		return newReversed(func() int { return len(rs) }, func(i int) (py.Object, error) { return py.String(rs[i]), nil }, ""), nil
	case py.Bytes:
		return newReversed(func() int { return len(s) }, func(i int) (py.Object, error) { return py.Int(s[i]), nil }, ""), nil
	case *py.Range:
		return reversedRange(s), nil
	}
	notReversible := pyerr.Newf(py.TypeError, "'%s' object is not reversible", pyobj.TypeOf(seq).Name)
	if meta := pyobj.TypeOf(seq); pyobj.IsClass(seq) && meta != py.TypeType {
		// A class is reversible through its metaclass (enum classes).
		if fn := object.Lookup(meta, "__reversed__"); fn != nil {
			if fn == py.None {
				return nil, notReversible
			}
			r, err := py.Call(fn, py.Tuple{seq}, nil)
			if err != nil {
				return nil, pyerr.Info(err)
			}
			return r, nil
		}
	}
	if fn := pyobj.TypeOf(seq).GetAttrOrNil("__reversed__"); fn != nil && !pyobj.IsClass(seq) {
		if fn == py.None {
			return nil, notReversible
		}
		var r py.Object
		var err error
		if _, builtin := fn.(*py.Method); builtin {
			r, err = py.Call(fn, py.Tuple{seq}, nil)
		} else if fn, err = py.GetAttrString(seq, "__reversed__"); err == nil {
			r, err = py.Call(fn, nil, nil)
		}
		if err != nil {
			return nil, pyerr.Info(err)
		}
		return r, nil
	}
	if pyobj.TypeOf(seq).Name == "dict" {
		keys, err := iterproto.Collect(seq)
		if err != nil {
			return nil, err
		}
		return newReversed(func() int { return len(keys) }, func(i int) (py.Object, error) { return keys[i], nil }, ""), nil
	}
	getitem, err := lookupSpecial(seq, "__getitem__")
	if err != nil {
		return nil, err
	}
	if _, ok := seq.(py.I__getitem__); getitem == nil && !ok {
		return nil, notReversible
	}
	n, err := py.Len(seq)
	if err != nil {
		return nil, notReversible
	}
	length, err := intArg(n)
	if err != nil {
		return nil, err
	}
	return newReversed(func() int { return length }, func(i int) (py.Object, error) {
		v, err := py.GetItem(seq, py.Int(i))
		if err != nil {
			return nil, pyerr.Info(err)
		}
		return v, nil
	}, ""), nil
}

// reversedRange is reversed(range): a range iterator running backwards.
func reversedRange(r *py.Range) py.Object {
	n := computeRangeLen(r)
	last := r.Start + (n-1)*r.Step
	return &py.RangeIterator{
		Range: py.Range{Start: last, Stop: last - n*r.Step, Step: -r.Step, Length: n},
		Index: last,
	}
}

func computeRangeLen(r *py.Range) py.Int {
	switch {
	case r.Step > 0 && r.Start < r.Stop:
		return (r.Stop-r.Start-1)/r.Step + 1
	case r.Step < 0 && r.Start > r.Stop:
		return (r.Start-r.Stop-1)/(-r.Step) + 1
	}
	return 0
}

// lookupSpecial finds a special method on an object's class, bound to the
// object; it gives nil when the class has none. Only user classes define
// special methods in their dictionaries.
func lookupSpecial(o py.Object, name string) (py.Object, error) {
	t := pyobj.TypeOf(o)
	if t.GetAttrOrNil(name) == nil {
		return nil, nil
	}
	if pyobj.IsClass(o) {
		return nil, nil
	}
	v, err := py.GetAttrString(o, name)
	if err != nil {
		if pyerr.Matches(err, py.AttributeError) {
			return nil, nil
		}
		return nil, pyerr.Info(err)
	}
	return v, nil
}

const dirDoc = `dir([object]) -> list of strings

Return an alphabetized list of names comprising (some of) the attributes
of the given object, and of attributes reachable from it.`

func builtinDir(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, pyerr.Newf(py.TypeError, "dir expected at most 1 argument, got %d", len(args))
	}
	o := args[0]
	if m, err := lookupSpecial(o, "__dir__"); err != nil {
		return nil, err
	} else if m != nil && pyobj.TypeOf(o).Dict["__dir__"] != nil {
		r, err := py.Call(m, nil, nil)
		if err != nil {
			return nil, pyerr.Info(err)
		}
		items, err := iterproto.Collect(r)
		if err != nil {
			return nil, err
		}
		l := &py.List{Items: items}
		return l, sortList(l, nil, "sorted")
	}
	names := map[string]bool{}
	addKeys := func(d py.StringDict) {
		for k := range d {
			names[k] = true
		}
	}
	switch v := o.(type) {
	case *py.Module:
		addKeys(v.Globals)
	default:
		if d, err := py.GetAttrString(o, "__dict__"); err == nil {
			switch d := object.Unwrap(d).(type) {
			case py.StringDict:
				addKeys(d)
			case *hashed.Dict:
				for _, k := range d.Keys() {
					if s, ok := k.(py.String); ok {
						names[string(s)] = true
					}
				}
			}
		}
		t := pyobj.TypeOf(o)
		if pyobj.IsClass(o) {
			t = o.(*py.Type)
		}
		for _, c := range append(py.Tuple{t}, t.Mro...) {
			if ct, ok := c.(*py.Type); ok {
				addKeys(ct.Dict)
			}
		}
		if !pyobj.IsClass(o) {
			addKeys(py.ObjectType.Dict)
		}
	}
	out := make([]string, 0, len(names))
	for k := range names {
		out = append(out, k)
	}
	sort.Strings(out)
	return py.NewListFromStrings(out), nil
}

func builtinVars(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, pyerr.Newf(py.TypeError, "vars expected 1 argument, got %d", len(args))
	}
	if m, ok := args[0].(*py.Module); ok {
		return m.Globals, nil
	}
	if pyobj.IsClass(args[0]) {
		return object.NewMappingProxy(args[0].(*py.Type)), nil
	}
	d, err := py.GetAttrString(args[0], "__dict__")
	if err != nil {
		if pyerr.Matches(err, py.AttributeError) {
			return nil, pyerr.Newf(py.TypeError, "vars() argument must have __dict__ attribute")
		}
		return nil, pyerr.Info(err)
	}
	return d, nil
}

func builtinDelattr(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, pyerr.Newf(py.TypeError, "delattr expected 2 arguments, got %d", len(args))
	}
	name, ok := args[1].(py.String)
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "attribute name must be string, not '%s'", args[1].Type().Name)
	}
	if err := py.DeleteAttrString(args[0], string(name)); err != nil {
		if pyerr.Matches(err, py.AttributeError) && !pyobj.IsClass(args[0]) {
			t := pyobj.TypeOf(args[0])
			if _, ok := t.Dict[string(name)].(*py.Property); ok && !object.IsUserClass(t) {
				return nil, pyerr.Newf(py.AttributeError, "attribute '%s' of '%s' objects is not writable", name, t.Name)
			}
		}
		return nil, attributeError(args[0], string(name), err)
	}
	return py.None, nil
}

func builtinSum(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) == 0 {
		return nil, pyerr.Newf(py.TypeError, "sum() takes at least 1 positional argument (0 given)")
	}
	if n := len(args) + len(kwargs); n > 2 {
		return nil, pyerr.Newf(py.TypeError, "sum() takes at most 2 arguments (%d given)", n)
	}
	var start py.Object = py.Int(0)
	if len(args) == 2 {
		start = args[1]
	}
	for k, v := range kwargs {
		if k != "start" {
			return nil, pyerr.Newf(py.TypeError, "'%s' is an invalid keyword argument for sum()", k)
		}
		if len(args) == 2 {
			return nil, pyerr.Newf(py.TypeError, "argument for sum() given by name ('start') and position (2)")
		}
		start = v
	}
	switch start.(type) {
	case py.String:
		return nil, pyerr.Newf(py.TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
	case py.Bytes:
		return nil, pyerr.Newf(py.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]")
	}
	acc := start
	for v, err := range iterproto.All(args[0]) {
		if err != nil {
			return nil, err
		}
		if a, ok := acc.(py.Int); ok {
			if b, ok := v.(py.Int); ok {
				if c := a + b; (c^a)&(c^b) >= 0 {
					acc = c
					continue
				}
			}
		}
		r, err := py.Add(acc, v)
		if err != nil {
			return nil, pyerr.Info(err)
		}
		acc = r
	}
	return acc, nil
}

func builtinDivmod(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, pyerr.Newf(py.TypeError, "divmod expected 2 arguments, got %d", len(args))
	}
	if r, ok, err := instanceDivmod(args[0], args[1]); ok {
		return r, err
	}
	a, aok, _ := bigOf(args[0])
	b, bok, _ := bigOf(args[1])
	_, af := args[0].(py.Float)
	_, bf := args[1].(py.Float)
	if aok && bok && !af && !bf {
		if b.Sign() == 0 {
			return nil, pyerr.Newf(py.ZeroDivisionError, "integer division or modulo by zero")
		}
		q, m := new(big.Int).DivMod(a, b, new(big.Int))
		// Go's DivMod is Euclidean; Python's remainder has the divisor's sign.
		if m.Sign() != 0 && b.Sign() < 0 {
			m.Add(m, b)
			q.Sub(q, big.NewInt(1))
		}
		return py.Tuple{bigResult(q), bigResult(m)}, nil
	}
	if x, y, ok := floatPair(args[0], args[1]); ok {
		q, m, err := floatDivmod(x, y, "float divmod()")
		if err != nil {
			return nil, err
		}
		return py.Tuple{py.Float(q), py.Float(m)}, nil
	}
	q, m, err := py.DivMod(args[0], args[1])
	if err != nil {
		if pyerr.Matches(err, py.TypeError) {
			return nil, pyerr.Newf(py.TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", pyobj.TypeOf(args[0]).Name, pyobj.TypeOf(args[1]).Name)
		}
		return nil, pyerr.Info(err)
	}
	return py.Tuple{q, m}, nil
}

// instanceDivmod is divmod(a, b) when a class written in Python defines
// __divmod__ or __rdivmod__ for an operand: gpython's divmod expects its
// own two-result method shape, which user methods do not have.
func instanceDivmod(a, b py.Object) (py.Object, bool, error) {
	ia, aok := a.(*object.Instance)
	ib, bok := b.(*object.Instance)
	aok = aok && ia.Overrides("__divmod__")
	bok = bok && ib.Overrides("__rdivmod__")
	if !aok && !bok {
		return nil, false, nil
	}
	if aok {
		r, err := ia.M__divmod__(b)
		if err != nil || r != py.NotImplemented {
			return r, true, err
		}
	}
	if bok && pyobj.TypeOf(a) != pyobj.TypeOf(b) {
		r, err := ib.M__rdivmod__(a)
		if err != nil || r != py.NotImplemented {
			return r, true, err
		}
	}
	return nil, true, pyerr.Newf(py.TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", pyobj.TypeOf(a).Name, pyobj.TypeOf(b).Name)
}

// mapIter is a map object: func applied to items drawn in step from every
// iterator, ending with the shortest. It replaces gpython's, which reports
// gpython's filter type and stops only on the bare StopIteration class.
type mapIter struct {
	fn    py.Object
	iters []py.Object
}

func (m *mapIter) Type() *py.Type                { return py.MapType }
func (m *mapIter) M__iter__() (py.Object, error) { return m, nil }

func (m *mapIter) M__next__() (py.Object, error) {
	args := make(py.Tuple, len(m.iters))
	for i, it := range m.iters {
		v, done, err := iterproto.Next(it)
		if err != nil {
			return nil, err
		}
		if done {
			return nil, py.StopIteration
		}
		args[i] = v
	}
	r, err := py.Call(m.fn, args, nil)
	if err != nil {
		return nil, pyerr.Info(err)
	}
	return r, nil
}

func mapNew(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) != 0 {
		return nil, pyerr.Newf(py.TypeError, "map() takes no keyword arguments")
	}
	if len(args) < 2 {
		return nil, pyerr.Newf(py.TypeError, "map() must have at least two arguments.")
	}
	m := &mapIter{fn: args[0]}
	for _, a := range args[1:] {
		it, err := iterproto.Iter(a)
		if err != nil {
			return nil, err
		}
		m.iters = append(m.iters, it)
	}
	return m, nil
}

// zipIter is a zip object; strict zips check that all inputs end
// together.
type zipIter struct {
	iters  []py.Object
	strict bool
	done   bool
}

func (z *zipIter) Type() *py.Type                { return py.ZipType }
func (z *zipIter) M__iter__() (py.Object, error) { return z, nil }

func (z *zipIter) M__next__() (py.Object, error) {
	if z.done || len(z.iters) == 0 {
		return nil, py.StopIteration
	}
	out := make(py.Tuple, len(z.iters))
	for i, it := range z.iters {
		v, done, err := iterproto.Next(it)
		if err != nil {
			return nil, err
		}
		if done {
			z.done = true
			if z.strict {
				return nil, z.checkEnd(i)
			}
			return nil, py.StopIteration
		}
		out[i] = v
	}
	return out, nil
}

// checkEnd runs when iterator i ended first in its round: the others
// must end now too.
func (z *zipIter) checkEnd(i int) error {
	if i > 0 {
		return pyerr.Newf(py.ValueError, "zip() argument %d is shorter than argument%s", i+1, argRange(i))
	}
	for j := 1; j < len(z.iters); j++ {
		_, done, err := iterproto.Next(z.iters[j])
		if err != nil {
			return err
		}
		if !done {
			return pyerr.Newf(py.ValueError, "zip() argument %d is longer than argument%s", j+1, argRange(j))
		}
	}
	return py.StopIteration
}

func argRange(n int) string {
	if n == 1 {
		return " 1"
	}
	return "s 1-" + strconv.Itoa(n)
}

func zipNew(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	z := &zipIter{}
	for k, v := range kwargs {
		if k != "strict" {
			return nil, pyerr.Newf(py.TypeError, "'%s' is an invalid keyword argument for zip()", k)
		}
		s, err := pyobj.Truth(v)
		if err != nil {
			return nil, err
		}
		z.strict = s
	}
	for _, a := range args {
		it, err := iterproto.Iter(a)
		if err != nil {
			return nil, err
		}
		z.iters = append(z.iters, it)
	}
	return z, nil
}

func builtinAbs(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, pyerr.Newf(py.TypeError, "abs() takes exactly one argument (%d given)", len(args))
	}
	if b, ok := args[0].(py.Bool); ok {
		if b {
			return py.Int(1), nil
		}
		return py.Int(0), nil
	}
	r, err := py.Abs(args[0])
	if err != nil {
		if pyerr.Matches(err, py.TypeError) {
			if _, user := args[0].(py.I__abs__); !user {
				return nil, pyerr.Newf(py.TypeError, "bad operand type for abs(): '%s'", pyobj.TypeOf(args[0]).Name)
			}
		}
		return nil, pyerr.Info(err)
	}
	return r, nil
}

func builtinChr(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, pyerr.Newf(py.TypeError, "chr() takes exactly one argument (%d given)", len(args))
	}
	n, ok, err := bigOf(args[0])
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "'%s' object cannot be interpreted as an integer", pyobj.TypeOf(args[0]).Name)
	}
	if !n.IsInt64() {
		return nil, pyerr.Newf(py.OverflowError, "Python int too large to convert to C int")
	}
	if c := n.Int64(); c >= 0 && c <= 0x10ffff {
		return py.String(rune(c)), nil
	}
	return nil, pyerr.Newf(py.ValueError, "chr() arg not in range(0x110000)")
}

// radix is hex, oct or bin, for ints and objects with __index__.
func radix(name string, base int, prefix string) func(py.Object, py.Tuple) (py.Object, error) {
	return func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, pyerr.Newf(py.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
		}
		n, ok, err := bigOf(args[0])
		if err != nil {
			return nil, err
		}
		if !ok || isFloat(args[0]) {
			return nil, pyerr.Newf(py.TypeError, "'%s' object cannot be interpreted as an integer", pyobj.TypeOf(args[0]).Name)
		}
		digits := n.Text(base)
		if n.Sign() < 0 {
			return py.String("-" + prefix + digits[1:]), nil
		}
		return py.String(prefix + digits), nil
	}
}
