package hashed

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// M__len__ is len(s).
func (s *Set) M__len__() (py.Object, error) { return py.Int(s.used), nil }

// M__bool__ is bool(s).
func (s *Set) M__bool__() (py.Object, error) { return py.NewBool(s.used > 0), nil }

// M__iter__ is iter(s).
func (s *Set) M__iter__() (py.Object, error) {
	return &SetIterator{s: s, used: s.used, left: s.used}, nil
}

// M__contains__ is `key in s`.
func (s *Set) M__contains__(key py.Object) (py.Object, error) {
	in, err := s.Contains(key)
	if err != nil {
		return nil, err
	}
	return py.NewBool(in), nil
}

// M__hash__ is hash(s): a frozenset's hash; a set is unhashable.
func (s *Set) M__hash__() (py.Object, error) {
	h, err := Hash(s)
	if err != nil {
		return nil, err
	}
	return py.Int(h), nil
}

// binary runs a set operator when other is a set or frozenset; the
// result has the kind of the left operand.
func binary(a, b py.Object, op func(x *Set, y py.Object) (*Set, error)) (py.Object, error) {
	x, ok1 := a.(*Set)
	_, ok2 := b.(*Set)
	if !ok1 || !ok2 {
		return py.NotImplemented, nil
	}
	r, err := op(x, b)
	if err != nil {
		return nil, err
	}
	return r, nil
}

func union(x *Set, y py.Object) (*Set, error) {
	r := x.Copy()
	return r, r.Update(y)
}

func intersection(x *Set, y py.Object) (*Set, error) { return x.Intersection(y) }

func difference(x *Set, y py.Object) (*Set, error) { return x.Difference(y) }

func symmetricDifference(x *Set, y py.Object) (*Set, error) { return x.SymmetricDifference(y) }

// M__or__ is s | other.
func (s *Set) M__or__(other py.Object) (py.Object, error) { return binary(s, other, union) }

// M__ror__ is other | s.
func (s *Set) M__ror__(other py.Object) (py.Object, error) { return binary(other, s, union) }

// M__and__ is s & other.
func (s *Set) M__and__(other py.Object) (py.Object, error) { return binary(s, other, intersection) }

// M__rand__ is other & s.
func (s *Set) M__rand__(other py.Object) (py.Object, error) { return binary(other, s, intersection) }

// M__sub__ is s - other.
func (s *Set) M__sub__(other py.Object) (py.Object, error) { return binary(s, other, difference) }

// M__rsub__ is other - s.
func (s *Set) M__rsub__(other py.Object) (py.Object, error) { return binary(other, s, difference) }

// M__xor__ is s ^ other.
func (s *Set) M__xor__(other py.Object) (py.Object, error) {
	return binary(s, other, symmetricDifference)
}

// M__rxor__ is other ^ s.
func (s *Set) M__rxor__(other py.Object) (py.Object, error) {
	return binary(other, s, symmetricDifference)
}

// inplace runs an in-place operator: a set changes and is the result; a
// frozenset gets the new frozenset of the plain operator.
func (s *Set) inplace(other py.Object, update func(*Set, py.Object) error, plain func(*Set, py.Object) (*Set, error)) (py.Object, error) {
	if _, ok := other.(*Set); !ok {
		return py.NotImplemented, nil
	}
	if s.frozen {
		return binary(s, other, plain)
	}
	if err := update(s, other); err != nil {
		return nil, err
	}
	return s, nil
}

// M__ior__ is s |= other.
func (s *Set) M__ior__(other py.Object) (py.Object, error) {
	return s.inplace(other, (*Set).Update, union)
}

// M__iand__ is s &= other.
func (s *Set) M__iand__(other py.Object) (py.Object, error) {
	return s.inplace(other, (*Set).IntersectionUpdate, intersection)
}

// M__isub__ is s -= other.
func (s *Set) M__isub__(other py.Object) (py.Object, error) {
	return s.inplace(other, (*Set).DifferenceUpdate, difference)
}

// M__ixor__ is s ^= other.
func (s *Set) M__ixor__(other py.Object) (py.Object, error) {
	return s.inplace(other, (*Set).SymmetricDifferenceUpdate, symmetricDifference)
}

// IntersectionUpdate keeps only the elements also in other.
func (s *Set) IntersectionUpdate(other py.Object) error {
	r, err := s.Intersection(other)
	if err != nil {
		return err
	}
	s.table, s.fill, s.used = r.table, r.fill, r.used
	return nil
}

func (s *Set) compare(other py.Object, op string) (py.Object, error) {
	o, ok := other.(*Set)
	if !ok {
		return py.NotImplemented, nil
	}
	var r bool
	var err error
	switch op {
	case "==":
		r, err = s.Equal(o)
	case "!=":
		r, err = s.Equal(o)
		r = !r
	case "<=":
		r, err = s.IsSubset(o)
	case "<":
		if s.used < o.used {
			r, err = s.IsSubset(o)
		}
	case ">=":
		r, err = s.IsSuperset(o)
	case ">":
		if s.used > o.used {
			r, err = s.IsSuperset(o)
		}
	}
	if err != nil {
		return nil, err
	}
	return py.NewBool(r), nil
}

// M__eq__ is s == other.
func (s *Set) M__eq__(other py.Object) (py.Object, error) { return s.compare(other, "==") }

// M__ne__ is s != other.
func (s *Set) M__ne__(other py.Object) (py.Object, error) { return s.compare(other, "!=") }

// M__lt__ is s < other.
func (s *Set) M__lt__(other py.Object) (py.Object, error) { return s.compare(other, "<") }

// M__le__ is s <= other.
func (s *Set) M__le__(other py.Object) (py.Object, error) { return s.compare(other, "<=") }

// M__gt__ is s > other.
func (s *Set) M__gt__(other py.Object) (py.Object, error) { return s.compare(other, ">") }

// M__ge__ is s >= other.
func (s *Set) M__ge__(other py.Object) (py.Object, error) { return s.compare(other, ">=") }

// ReprWith prints s as CPython does: {1, 2}, set(), frozenset({1}), and
// set(...) when s is already being printed.
func (s *Set) ReprWith(item func(py.Object) (string, error)) (string, error) {
	name := s.Type().Name
	if s.used == 0 {
		return name + "()", nil
	}
	if item == nil {
		return name + "(...)", nil
	}
	var b strings.Builder
	if s.frozen {
		b.WriteString(name + "(")
	}
	b.WriteByte('{')
	first := true
	for k := range s.All() {
		if !first {
			b.WriteString(", ")
		}
		first = false
		ks, err := item(k)
		if err != nil {
			return "", err
		}
		b.WriteString(ks)
	}
	b.WriteByte('}')
	if s.frozen {
		b.WriteByte(')')
	}
	return b.String(), nil
}
