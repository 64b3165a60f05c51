package hashed

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/iterproto"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// ViewKind says what a dict view or iterator yields.
type ViewKind int

// The three kinds of dict views.
const (
	KeysView ViewKind = iota
	ValuesView
	ItemsView
)

var (
	viewTypes = [...]*py.Type{
		KeysView:   py.NewType("dict_keys", ""),
		ValuesView: py.NewType("dict_values", ""),
		ItemsView:  py.NewType("dict_items", ""),
	}
	iterTypes = [...]*py.Type{
		KeysView:   py.NewType("dict_keyiterator", ""),
		ValuesView: py.NewType("dict_valueiterator", ""),
		ItemsView:  py.NewType("dict_itemiterator", ""),
	}
	reverseIterTypes = [...]*py.Type{
		KeysView:   py.NewType("dict_reversekeyiterator", ""),
		ValuesView: py.NewType("dict_reversevalueiterator", ""),
		ItemsView:  py.NewType("dict_reverseitemiterator", ""),
	}
	setIterType = py.NewType("set_iterator", "")
)

// DictIterator iterates a dict's keys, values or items, forwards or
// backwards, with CPython's errors when the dict changes size or keys
// while it runs.
type DictIterator struct {
	d         *Dict
	kind      ViewKind
	reverse   bool
	pos       int
	used      int
	remaining int
}

func newDictIterator(d *Dict, kind ViewKind, reverse bool) *DictIterator {
	it := &DictIterator{d: d, kind: kind, reverse: reverse, used: d.used, remaining: d.used}
	if reverse {
		it.pos = len(d.entries) - 1
	}
	return it
}

// Type returns the iterator's type.
func (it *DictIterator) Type() *py.Type {
	if it.reverse {
		return reverseIterTypes[it.kind]
	}
	return iterTypes[it.kind]
}

// M__iter__ returns it.
func (it *DictIterator) M__iter__() (py.Object, error) { return it, nil }

// M__next__ returns the next key, value or item.
func (it *DictIterator) M__next__() (py.Object, error) {
	d := it.d
	if d == nil {
		return nil, py.StopIteration
	}
	if it.used != d.used {
		it.used = -1
		return nil, pyerr.Newf(py.RuntimeError, "dictionary changed size during iteration")
	}
	var e *entry
	if it.reverse {
		for it.pos >= 0 && (it.pos >= len(d.entries) || d.entries[it.pos].key == nil) {
			it.pos--
		}
		if it.pos < 0 {
			it.d = nil
			return nil, py.StopIteration
		}
		e = &d.entries[it.pos]
		it.pos--
	} else {
		for it.pos < len(d.entries) && d.entries[it.pos].key == nil {
			it.pos++
		}
		if it.pos >= len(d.entries) {
			it.d = nil
			return nil, py.StopIteration
		}
		e = &d.entries[it.pos]
		it.pos++
	}
	if it.remaining == 0 {
		it.d = nil
		return nil, pyerr.Newf(py.RuntimeError, "dictionary keys changed during iteration")
	}
	it.remaining--
	switch it.kind {
	case ValuesView:
		return e.value, nil
	case ItemsView:
		return py.Tuple{e.key, e.value}, nil
	}
	return e.key, nil
}

// M__length_hint__ is the number of items left.
func (it *DictIterator) M__length_hint__() (py.Object, error) {
	if it.d == nil || it.used != it.d.used {
		return py.Int(0), nil
	}
	return py.Int(it.remaining), nil
}

// View is a dict's keys(), values() or items(): a live window on it.
type View struct {
	d    *Dict
	kind ViewKind
}

// NewView returns a view of d.
func NewView(d *Dict, kind ViewKind) *View { return &View{d, kind} }

// Type returns dict_keys, dict_values or dict_items.
func (v *View) Type() *py.Type { return viewTypes[v.kind] }

// Dict returns the dict seen through v.
func (v *View) Dict() *Dict { return v.d }

// M__len__ is len(v).
func (v *View) M__len__() (py.Object, error) { return py.Int(v.d.used), nil }

// M__iter__ is iter(v).
func (v *View) M__iter__() (py.Object, error) { return newDictIterator(v.d, v.kind, false), nil }

// M__reversed__ is reversed(v).
func (v *View) M__reversed__() (py.Object, error) {
	return newDictIterator(v.d, v.kind, true), nil
}

// M__contains__ is `x in v`.
func (v *View) M__contains__(x py.Object) (py.Object, error) {
	in, err := v.contains(x)
	if err != nil {
		return nil, err
	}
	return py.NewBool(in), nil
}

func (v *View) contains(x py.Object) (bool, error) {
	switch v.kind {
	case KeysView:
		_, ok, err := v.d.Get(x)
		return ok, err
	case ItemsView:
		t, ok := x.(py.Tuple)
		if !ok || len(t) != 2 {
			return false, nil
		}
		val, ok, err := v.d.Get(t[0])
		if err != nil || !ok {
			return false, err
		}
		return equal(val, t[1])
	}
	for _, e := range v.d.entries {
		if e.key == nil {
			continue
		}
		eq, err := equal(e.value, x)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

// ReprWith prints v as CPython does: dict_keys([...]).
func (v *View) ReprWith(item func(py.Object) (string, error)) (string, error) {
	name := v.Type().Name
	if item == nil {
		return "...", nil
	}
	var b strings.Builder
	b.WriteString(name + "([")
	first := true
	for k, val := range v.d.Items() {
		if !first {
			b.WriteString(", ")
		}
		first = false
		var o py.Object
		switch v.kind {
		case KeysView:
			o = k
		case ValuesView:
			o = val
		default:
			o = py.Tuple{k, val}
		}
		s, err := item(o)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	b.WriteString("])")
	return b.String(), nil
}

// setLike reports whether o takes part in view set operations: a set, a
// frozenset or a keys or items view.
func setLike(o py.Object) bool {
	switch x := o.(type) {
	case *Set:
		return true
	case *View:
		return x.kind != ValuesView
	}
	return false
}

// compare is the rich comparison of a keys or items view with a set or
// another such view: CPython compares them as sets.
func (v *View) compare(other py.Object, op string) (py.Object, error) {
	if v.kind == ValuesView || !setLike(other) {
		return py.NotImplemented, nil
	}
	n := v.d.used
	m, err := py.Len(other)
	if err != nil {
		return nil, err
	}
	on := int(m.(py.Int))
	var ok bool
	switch op {
	case "==", "!=":
		ok = n == on
		if ok {
			ok, err = allContained(v, other)
		}
		if op == "!=" {
			ok = !ok
		}
	case "<":
		ok = n < on
		if ok {
			ok, err = allContained(v, other)
		}
	case "<=":
		ok = n <= on
		if ok {
			ok, err = allContained(v, other)
		}
	case ">":
		ok = n > on
		if ok {
			ok, err = allContained(other, v)
		}
	case ">=":
		ok = n >= on
		if ok {
			ok, err = allContained(other, v)
		}
	}
	if err != nil {
		return nil, err
	}
	return py.NewBool(ok), nil
}

// allContained reports whether every element of a is in b.
func allContained(a, b py.Object) (bool, error) {
	it, err := py.Iter(a)
	if err != nil {
		return false, err
	}
	for {
		x, err := py.Next(it)
		if err != nil {
			if pyerr.Matches(err, py.StopIteration) {
				return true, nil
			}
			return false, err
		}
		in, err := pyobj.Contains(b, x)
		if err != nil || !in {
			return false, err
		}
	}
}

// M__eq__ is v == other.
func (v *View) M__eq__(other py.Object) (py.Object, error) { return v.compare(other, "==") }

// M__ne__ is v != other.
func (v *View) M__ne__(other py.Object) (py.Object, error) { return v.compare(other, "!=") }

// M__lt__ is v < other.
func (v *View) M__lt__(other py.Object) (py.Object, error) { return v.compare(other, "<") }

// M__le__ is v <= other.
func (v *View) M__le__(other py.Object) (py.Object, error) { return v.compare(other, "<=") }

// M__gt__ is v > other.
func (v *View) M__gt__(other py.Object) (py.Object, error) { return v.compare(other, ">") }

// M__ge__ is v >= other.
func (v *View) M__ge__(other py.Object) (py.Object, error) { return v.compare(other, ">=") }

// toSet is the set a view operation starts from: for a keys view, the
// dict itself, so the set takes its hashes and presizes as CPython's does.
func toSet(o py.Object) (*Set, error) {
	if v, ok := o.(*View); ok && v.kind == KeysView {
		return FromIterable(v.d, false)
	}
	return FromIterable(o, false)
}

func (v *View) binop(a, b py.Object, op func(s *Set, other py.Object) error) (py.Object, error) {
	if v.kind == ValuesView {
		return py.NotImplemented, nil
	}
	s, err := toSet(a)
	if err != nil {
		return nil, err
	}
	if err := op(s, b); err != nil {
		return nil, err
	}
	return s, nil
}

func unionInto(s *Set, other py.Object) error { return s.Update(other) }

func subInto(s *Set, other py.Object) error { return s.DifferenceUpdate(other) }

func xorInto(s *Set, other py.Object) error { return s.SymmetricDifferenceUpdate(other) }

// M__or__ is v | other.
func (v *View) M__or__(other py.Object) (py.Object, error) { return v.binop(v, other, unionInto) }

// M__ror__ is other | v.
func (v *View) M__ror__(other py.Object) (py.Object, error) { return v.binop(other, v, unionInto) }

// M__sub__ is v - other.
func (v *View) M__sub__(other py.Object) (py.Object, error) { return v.binop(v, other, subInto) }

// M__rsub__ is other - v.
func (v *View) M__rsub__(other py.Object) (py.Object, error) { return v.binop(other, v, subInto) }

// M__xor__ is v ^ other.
func (v *View) M__xor__(other py.Object) (py.Object, error) { return v.binop(v, other, xorInto) }

// M__rxor__ is other ^ v.
func (v *View) M__rxor__(other py.Object) (py.Object, error) { return v.binop(other, v, xorInto) }

// M__and__ is v & other.
func (v *View) M__and__(other py.Object) (py.Object, error) { return v.intersect(other) }

// M__rand__ is other & v.
func (v *View) M__rand__(other py.Object) (py.Object, error) { return v.intersect(other) }

// intersect is CPython's view intersection: a set other at least as big
// as v does the work; otherwise other's elements found in v are kept.
func (v *View) intersect(other py.Object) (py.Object, error) {
	if v.kind == ValuesView {
		return py.NotImplemented, nil
	}
	if s, ok := other.(*Set); ok && !s.frozen && v.d.used <= s.used {
		return s.Intersection(v)
	}
	self := v
	if o, ok := other.(*View); ok && o.kind != ValuesView && o.d.used > v.d.used {
		self, other = o, v
	}
	result := NewSet()
	for x, err := range iterproto.All(other) {
		if err != nil {
			return nil, err
		}
		in, err := self.contains(x)
		if err != nil {
			return nil, err
		}
		if in {
			if err := result.Add(x); err != nil {
				return nil, err
			}
		}
	}
	return result, nil
}

// IsDisjoint is v.isdisjoint(other).
func (v *View) IsDisjoint(other py.Object) (bool, error) {
	for x, err := range iterproto.All(other) {
		if err != nil {
			return false, err
		}
		in, err := v.contains(x)
		if err != nil || in {
			return false, err
		}
	}
	return true, nil
}

// SetIterator iterates a set in table order.
type SetIterator struct {
	s    *Set
	pos  int
	used int
	left int
}

// Type returns set_iterator.
func (it *SetIterator) Type() *py.Type { return setIterType }

// M__iter__ returns it.
func (it *SetIterator) M__iter__() (py.Object, error) { return it, nil }

// M__next__ returns the next element.
func (it *SetIterator) M__next__() (py.Object, error) {
	s := it.s
	if s == nil {
		return nil, py.StopIteration
	}
	if it.used != s.used {
		it.used = -1
		return nil, pyerr.Newf(py.RuntimeError, "Set changed size during iteration")
	}
	for it.pos < len(s.table) {
		e := s.table[it.pos]
		it.pos++
		if e.key != nil && e.key != dummy {
			it.left--
			return e.key, nil
		}
	}
	it.s = nil
	return nil, py.StopIteration
}

// M__length_hint__ is the number of elements left.
func (it *SetIterator) M__length_hint__() (py.Object, error) {
	if it.s == nil || it.used != it.s.used {
		return py.Int(0), nil
	}
	return py.Int(it.left), nil
}
