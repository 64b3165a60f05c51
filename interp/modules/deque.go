package modules

import (
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/object"
	"github.com/gpyasync/gpyasync/interp/pytext"
	"github.com/gpyasync/gpyasync/iterproto"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// DequeType is collections.deque. It is written in Go because a deque is
// a hot-path container (queues, sliding windows, breadth-first searches):
// in Python on gpyasync's evaluator each operation cost microseconds.
var DequeType = py.NewTypeX("deque", "A list-like sequence optimized for data accesses near its endpoints.", dequeNew, nil)

// DequeIteratorType is the type of iter(deque) and reversed(deque).
var DequeIteratorType = readyType("_deque_iterator", "Iterator over a deque.")

// Deque is a ring buffer of Python objects with an optional maximum length.
type Deque struct {
	buf    []py.Object
	head   int
	n      int
	maxlen int // -1: unbounded
	// state changes on every mutation, so iterators detect them.
	state uint64
	// inRepr marks a deque being printed: it contains itself when met again.
	inRepr bool
}

// Type returns DequeType.
func (d *Deque) Type() *py.Type { return DequeType }

func (d *Deque) at(i int) py.Object { return d.buf[(d.head+i)%len(d.buf)] }

func (d *Deque) set(i int, v py.Object) { d.buf[(d.head+i)%len(d.buf)] = v }

// grow makes room for one more item.
func (d *Deque) grow() {
	if d.n < len(d.buf) {
		return
	}
	size := 2 * len(d.buf)
	if size < 8 {
		size = 8
	}
	buf := make([]py.Object, size)
	for i := 0; i < d.n; i++ {
		buf[i] = d.at(i)
	}
	d.buf, d.head = buf, 0
}

func (d *Deque) pushRight(v py.Object) {
	d.state++
	if d.maxlen == 0 {
		return
	}
	if d.n == d.maxlen {
		d.popLeft()
	}
	d.grow()
	d.set(d.n, v)
	d.n++
}

func (d *Deque) pushLeft(v py.Object) {
	d.state++
	if d.maxlen == 0 {
		return
	}
	if d.n == d.maxlen {
		d.popRight()
	}
	d.grow()
	d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.head] = v
	d.n++
}

func (d *Deque) popRight() py.Object {
	d.state++
	i := (d.head + d.n - 1) % len(d.buf)
	v := d.buf[i]
	d.buf[i] = nil
	d.n--
	return v
}

func (d *Deque) popLeft() py.Object {
	d.state++
	v := d.buf[d.head]
	d.buf[d.head] = nil
	d.head = (d.head + 1) % len(d.buf)
	d.n--
	return v
}

// items returns a copy of the contents, left to right.
func (d *Deque) items() []py.Object {
	out := make([]py.Object, d.n)
	for i := range out {
		out[i] = d.at(i)
	}
	return out
}

// replace sets the contents to items.
func (d *Deque) replace(items []py.Object) {
	d.state++
	d.buf = make([]py.Object, len(items), len(items)+1)
	copy(d.buf, items)
	if len(d.buf) == 0 {
		d.buf = nil
	}
	d.head, d.n = 0, len(items)
}

func dequeNew(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	d := &Deque{maxlen: -1}
	if err := dequeFill(d, args, kwargs); err != nil {
		return nil, err
	}
	return d, nil
}

// dequeFill is deque.__init__: it replaces value's contents and maximum
// length with those args and kwargs give.
func dequeFill(value py.Object, args py.Tuple, kwargs py.StringDict) error {
	d := value.(*Deque)
	var iterable py.Object = py.None
	var maxlen py.Object = py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "|OO:deque", []string{"iterable", "maxlen"}, &iterable, &maxlen); err != nil {
		return err
	}
	limit := -1
	if maxlen != py.None {
		n, ok := maxlen.(py.Int)
		if !ok {
			return pyerr.Newf(py.TypeError, "an integer is required")
		}
		if n < 0 {
			return pyerr.Newf(py.ValueError, "maxlen must be non-negative")
		}
		limit = int(n)
	}
	var items []py.Object
	if iterable != py.None {
		fresh := &Deque{maxlen: limit}
		if err := fresh.extend(iterable, fresh.pushRight); err != nil {
			return err
		}
		items = fresh.items()
	}
	d.maxlen = limit
	d.replace(items)
	return nil
}

func (d *Deque) extend(iterable py.Object, push func(py.Object)) error {
	if other, ok := iterable.(*Deque); ok {
		for _, v := range other.items() {
			push(v)
		}
		return nil
	}
	for v, err := range iterproto.All(iterable) {
		if err != nil {
			return err
		}
		push(v)
	}
	return nil
}

// M__len__ is len(d).
func (d *Deque) M__len__() (py.Object, error) { return py.Int(d.n), nil }

// M__bool__ is bool(d).
func (d *Deque) M__bool__() (py.Object, error) { return py.NewBool(d.n > 0), nil }

func (d *Deque) index(key py.Object) (int, error) {
	k, ok := key.(py.Int)
	if !ok {
		if b, isBool := key.(py.Bool); isBool {
			k, ok = 0, true
			if b {
				k = 1
			}
		}
	}
	if !ok {
		return 0, pyerr.Newf(py.TypeError, "sequence index must be integer, not '%s'", pyobj.TypeOf(key).Name)
	}
	i := int(k)
	if i < 0 {
		i += d.n
	}
	if i < 0 || i >= d.n {
		return 0, pyerr.Newf(py.IndexError, "deque index out of range")
	}
	return i, nil
}

// M__getitem__ is d[i].
func (d *Deque) M__getitem__(key py.Object) (py.Object, error) {
	i, err := d.index(key)
	if err != nil {
		return nil, err
	}
	return d.at(i), nil
}

// M__setitem__ is d[i] = v.
func (d *Deque) M__setitem__(key, value py.Object) (py.Object, error) {
	i, err := d.index(key)
	if err != nil {
		return nil, err
	}
	d.set(i, value)
	return py.None, nil
}

// M__delitem__ is del d[i].
func (d *Deque) M__delitem__(key py.Object) (py.Object, error) {
	i, err := d.index(key)
	if err != nil {
		return nil, err
	}
	items := d.items()
	d.replace(append(items[:i], items[i+1:]...))
	return py.None, nil
}

// find returns the index of the first item equal to v in [start, stop),
// or -1; it fails when the deque changes during the comparisons.
func (d *Deque) find(v py.Object, start, stop int) (int, error) {
	state := d.state
	for i := start; i < stop && i < d.n; i++ {
		eq, err := equal(d.at(i), v)
		if err != nil {
			return 0, err
		}
		if d.state != state {
			return 0, pyerr.Newf(py.RuntimeError, "deque mutated during iteration")
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

func equal(a, b py.Object) (bool, error) {
	if pyobj.Is(a, b) {
		return true, nil
	}
	r, err := pyobj.Compare(a, b, pyobj.Eq)
	if err != nil {
		return false, err
	}
	return pyobj.Truth(r)
}

// M__contains__ is v in d.
func (d *Deque) M__contains__(v py.Object) (py.Object, error) {
	i, err := d.find(v, 0, d.n)
	if err != nil {
		return nil, err
	}
	return py.NewBool(i >= 0), nil
}

// M__iter__ is iter(d).
func (d *Deque) M__iter__() (py.Object, error) {
	return &dequeIterator{d: d, state: d.state}, nil
}

// M__repr__ is repr(d): deque([1, 2]) or deque([1, 2], maxlen=3).
func (d *Deque) M__repr__() (py.Object, error) {
	if d.inRepr {
		return py.String("[...]"), nil
	}
	d.inRepr = true
	defer func() { d.inRepr = false }()
	parts := make([]string, 0, d.n)
	for _, v := range d.items() {
		s, err := pytext.Repr(v)
		if err != nil {
			return nil, err
		}
		parts = append(parts, s)
	}
	text := "deque([" + strings.Join(parts, ", ") + "]"
	if d.maxlen >= 0 {
		text += ", maxlen=" + strconv.Itoa(d.maxlen)
	}
	return py.String(text + ")"), nil
}

// M__hash__ refuses: a deque is mutable.
func (d *Deque) M__hash__() (py.Object, error) {
	return nil, pyerr.Newf(py.TypeError, "unhashable type: 'collections.deque'")
}

func (d *Deque) compare(other py.Object, c pyobj.Cmp) (py.Object, error) {
	o, ok := other.(*Deque)
	if !ok {
		return py.NotImplemented, nil
	}
	return pyobj.Compare(py.NewListFromItems(d.items()), py.NewListFromItems(o.items()), c)
}

// M__eq__ is d == other.
func (d *Deque) M__eq__(other py.Object) (py.Object, error) { return d.compare(other, pyobj.Eq) }

// M__ne__ is d != other.
func (d *Deque) M__ne__(other py.Object) (py.Object, error) { return d.compare(other, pyobj.Ne) }

// M__lt__ is d < other.
func (d *Deque) M__lt__(other py.Object) (py.Object, error) { return d.compare(other, pyobj.Lt) }

// M__le__ is d <= other.
func (d *Deque) M__le__(other py.Object) (py.Object, error) { return d.compare(other, pyobj.Le) }

// M__gt__ is d > other.
func (d *Deque) M__gt__(other py.Object) (py.Object, error) { return d.compare(other, pyobj.Gt) }

// M__ge__ is d >= other.
func (d *Deque) M__ge__(other py.Object) (py.Object, error) { return d.compare(other, pyobj.Ge) }

func (d *Deque) clone() *Deque {
	c := &Deque{maxlen: d.maxlen}
	for _, v := range d.items() {
		c.pushRight(v)
	}
	return c
}

// M__add__ is d + other, for another deque.
func (d *Deque) M__add__(other py.Object) (py.Object, error) {
	o, ok := other.(*Deque)
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "can only concatenate deque (not \"%s\") to deque", pyobj.TypeOf(other).Name)
	}
	c := d.clone()
	for _, v := range o.items() {
		c.pushRight(v)
	}
	return c, nil
}

// M__iadd__ is d += iterable.
func (d *Deque) M__iadd__(other py.Object) (py.Object, error) {
	if err := d.extendSelfSafe(other, d.pushRight); err != nil {
		return nil, err
	}
	return d, nil
}

func (d *Deque) extendSelfSafe(iterable py.Object, push func(py.Object)) error {
	if iterable == py.Object(d) {
		for _, v := range d.items() {
			push(v)
		}
		return nil
	}
	return d.extend(iterable, push)
}

func repeatCount(n py.Object) (int, error) {
	k, ok := n.(py.Int)
	if !ok {
		return 0, pyerr.Newf(py.TypeError, "can't multiply sequence by non-int of type '%s'", pyobj.TypeOf(n).Name)
	}
	return int(k), nil
}

// M__mul__ is d * n.
func (d *Deque) M__mul__(n py.Object) (py.Object, error) {
	k, err := repeatCount(n)
	if err != nil {
		return nil, err
	}
	c := &Deque{maxlen: d.maxlen}
	items := d.items()
	for ; k > 0; k-- {
		for _, v := range items {
			c.pushRight(v)
		}
	}
	return c, nil
}

// M__rmul__ is n * d.
func (d *Deque) M__rmul__(n py.Object) (py.Object, error) { return d.M__mul__(n) }

// M__imul__ is d *= n.
func (d *Deque) M__imul__(n py.Object) (py.Object, error) {
	k, err := repeatCount(n)
	if err != nil {
		return nil, err
	}
	items := d.items()
	d.replace(nil)
	for ; k > 0; k-- {
		for _, v := range items {
			d.pushRight(v)
		}
	}
	return d, nil
}

// dequeIterator walks a deque left to right, or right to left when
// reversed; it fails once the deque has changed.
type dequeIterator struct {
	d        *Deque
	state    uint64
	i        int
	reversed bool
}

func (it *dequeIterator) Type() *py.Type { return DequeIteratorType }

func (it *dequeIterator) M__iter__() (py.Object, error) { return it, nil }

func (it *dequeIterator) M__next__() (py.Object, error) {
	if it.d.state != it.state {
		return nil, pyerr.Newf(py.RuntimeError, "deque mutated during iteration")
	}
	if it.i >= it.d.n {
		return nil, py.StopIteration
	}
	j := it.i
	if it.reversed {
		j = it.d.n - 1 - it.i
	}
	it.i++
	return it.d.at(j), nil
}

// dequeMethod adds the method name to DequeType, binding self as in
// CPython (d.name(...) or deque.name(d, ...)).
func dequeMethod(name, doc string, fn func(d *Deque, args py.Tuple) (py.Object, error)) {
	DequeType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		d, ok := self.(*Deque)
		if !ok {
			if len(args) == 0 {
				return nil, pyerr.Newf(py.TypeError, "unbound method deque.%s() needs an argument", name)
			}
			if d, ok = args[0].(*Deque); !ok {
				return nil, pyerr.Newf(py.TypeError, "descriptor '%s' for 'collections.deque' objects doesn't apply to a '%s' object", name, pyobj.TypeOf(args[0]).Name)
			}
			args = args[1:]
		}
		return fn(d, args)
	}, 0, doc)
}

func arity(name string, args py.Tuple, want int) error {
	if len(args) == want {
		return nil
	}
	switch want {
	case 0:
		return pyerr.Newf(py.TypeError, "deque.%s() takes no arguments (%d given)", name, len(args))
	case 1:
		return pyerr.Newf(py.TypeError, "deque.%s() takes exactly one argument (%d given)", name, len(args))
	}
	return pyerr.Newf(py.TypeError, "%s expected %d arguments, got %d", name, want, len(args))
}

func intArg(v py.Object) (int, error) {
	switch k := v.(type) {
	case py.Int:
		return int(k), nil
	case py.Bool:
		if k {
			return 1, nil
		}
		return 0, nil
	}
	return 0, pyerr.Newf(py.TypeError, "'%s' object cannot be interpreted as an integer", pyobj.TypeOf(v).Name)
}

func init() {
	// Python classes may derive from deque; their instances carry a Deque.
	object.RegisterBase(DequeType, object.BaseType{
		Empty:      func() py.Object { return &Deque{maxlen: -1} },
		Fill:       dequeFill,
		Unhashable: true,
	})
	DequeType.Dict["__module__"] = py.String("collections")
	DequeType.Dict["__hash__"] = py.None
	DequeType.Dict["maxlen"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		d, ok := self.(*Deque)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "descriptor 'maxlen' for 'collections.deque' objects doesn't apply to a '%s' object", pyobj.TypeOf(self).Name)
		}
		if d.maxlen < 0 {
			return py.None, nil
		}
		return py.Int(d.maxlen), nil
	}}
	dequeMethod("append", "Add an element to the right side of the deque.", func(d *Deque, args py.Tuple) (py.Object, error) {
		if err := arity("append", args, 1); err != nil {
			return nil, err
		}
		d.pushRight(args[0])
		return py.None, nil
	})
	dequeMethod("appendleft", "Add an element to the left side of the deque.", func(d *Deque, args py.Tuple) (py.Object, error) {
		if err := arity("appendleft", args, 1); err != nil {
			return nil, err
		}
		d.pushLeft(args[0])
		return py.None, nil
	})
	dequeMethod("pop", "Remove and return the rightmost element.", func(d *Deque, args py.Tuple) (py.Object, error) {
		if err := arity("pop", args, 0); err != nil {
			return nil, err
		}
		if d.n == 0 {
			return nil, pyerr.Newf(py.IndexError, "pop from an empty deque")
		}
		return d.popRight(), nil
	})
	dequeMethod("popleft", "Remove and return the leftmost element.", func(d *Deque, args py.Tuple) (py.Object, error) {
		if err := arity("popleft", args, 0); err != nil {
			return nil, err
		}
		if d.n == 0 {
			return nil, pyerr.Newf(py.IndexError, "pop from an empty deque")
		}
		return d.popLeft(), nil
	})
	dequeMethod("extend", "Extend the right side of the deque with elements from the iterable.", func(d *Deque, args py.Tuple) (py.Object, error) {
		if err := arity("extend", args, 1); err != nil {
			return nil, err
		}
		return py.None, d.extendSelfSafe(args[0], d.pushRight)
	})
	dequeMethod("extendleft", "Extend the left side of the deque with elements from the iterable.", func(d *Deque, args py.Tuple) (py.Object, error) {
		if err := arity("extendleft", args, 1); err != nil {
			return nil, err
		}
		return py.None, d.extendSelfSafe(args[0], d.pushLeft)
	})
	dequeMethod("clear", "Remove all elements from the deque.", func(d *Deque, args py.Tuple) (py.Object, error) {
		if err := arity("clear", args, 0); err != nil {
			return nil, err
		}
		d.replace(nil)
		return py.None, nil
	})
	copyFn := func(d *Deque, args py.Tuple) (py.Object, error) {
		if err := arity("copy", args, 0); err != nil {
			return nil, err
		}
		return d.clone(), nil
	}
	dequeMethod("copy", "Return a shallow copy of a deque.", copyFn)
	dequeMethod("__copy__", "Return a shallow copy of a deque.", copyFn)
	dequeMethod("count", "Return number of occurrences of value.", func(d *Deque, args py.Tuple) (py.Object, error) {
		if err := arity("count", args, 1); err != nil {
			return nil, err
		}
		count := 0
		for i := 0; ; i++ {
			j, err := d.find(args[0], i, d.n)
			if err != nil {
				return nil, err
			}
			if j < 0 {
				return py.Int(count), nil
			}
			count++
			i = j
		}
	})
	dequeMethod("index", "Return first index of value.", func(d *Deque, args py.Tuple) (py.Object, error) {
		if len(args) < 1 || len(args) > 3 {
			return nil, pyerr.Newf(py.TypeError, "index expected at least 1 argument, got %d", len(args))
		}
		start, stop := 0, d.n
		bound := func(v py.Object) (int, error) {
			k, err := intArg(v)
			if err != nil {
				return 0, err
			}
			if k < 0 {
				k += d.n
				if k < 0 {
					k = 0
				}
			}
			return k, nil
		}
		var err error
		if len(args) > 1 {
			if start, err = bound(args[1]); err != nil {
				return nil, err
			}
		}
		if len(args) > 2 {
			if stop, err = bound(args[2]); err != nil {
				return nil, err
			}
		}
		i, err := d.find(args[0], start, stop)
		if err != nil {
			return nil, err
		}
		if i < 0 {
			s, _ := pytext.Repr(args[0])
			return nil, pyerr.Newf(py.ValueError, "%s is not in deque", s)
		}
		return py.Int(i), nil
	})
	dequeMethod("insert", "Insert value before index.", func(d *Deque, args py.Tuple) (py.Object, error) {
		if err := arity("insert", args, 2); err != nil {
			return nil, err
		}
		i, err := intArg(args[0])
		if err != nil {
			return nil, err
		}
		if d.maxlen >= 0 && d.n >= d.maxlen {
			return nil, pyerr.Newf(py.IndexError, "deque already at its maximum size")
		}
		if i < 0 {
			i += d.n
			if i < 0 {
				i = 0
			}
		}
		if i > d.n {
			i = d.n
		}
		items := d.items()
		items = append(items[:i], append([]py.Object{args[1]}, items[i:]...)...)
		d.replace(items)
		return py.None, nil
	})
	dequeMethod("remove", "Remove first occurrence of value.", func(d *Deque, args py.Tuple) (py.Object, error) {
		if err := arity("remove", args, 1); err != nil {
			return nil, err
		}
		i, err := d.find(args[0], 0, d.n)
		if err != nil {
			return nil, err
		}
		if i < 0 {
			s, _ := pytext.Repr(args[0])
			return nil, pyerr.Newf(py.ValueError, "%s is not in deque", s)
		}
		return d.M__delitem__(py.Int(i))
	})
	dequeMethod("reverse", "Reverse *IN PLACE*.", func(d *Deque, args py.Tuple) (py.Object, error) {
		if err := arity("reverse", args, 0); err != nil {
			return nil, err
		}
		items := d.items()
		for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
			items[i], items[j] = items[j], items[i]
		}
		d.replace(items)
		return py.None, nil
	})
	dequeMethod("rotate", "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left.", func(d *Deque, args py.Tuple) (py.Object, error) {
		if len(args) > 1 {
			return nil, pyerr.Newf(py.TypeError, "rotate expected at most 1 argument, got %d", len(args))
		}
		n := 1
		if len(args) == 1 {
			var err error
			if n, err = intArg(args[0]); err != nil {
				return nil, err
			}
		}
		if d.n <= 1 {
			return py.None, nil
		}
		n %= d.n
		if n < 0 {
			n += d.n
		}
		for ; n > 0; n-- {
			d.pushLeft(d.popRight())
		}
		return py.None, nil
	})
	dequeMethod("__reversed__", "Return a reverse iterator over the deque.", func(d *Deque, args py.Tuple) (py.Object, error) {
		if err := arity("__reversed__", args, 0); err != nil {
			return nil, err
		}
		return &dequeIterator{d: d, state: d.state, reversed: true}, nil
	})
	if err := DequeType.Ready(); err != nil {
		panic(err)
	}
}

func collectionsHelpers() *py.ModuleImpl {
	return &py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_collections", Doc: "The parts of collections written in Go."},
		Globals: py.StringDict{"deque": DequeType},
	}
}
