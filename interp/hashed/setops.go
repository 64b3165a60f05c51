package hashed

import (
	"iter"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/iterproto"
)

// Update adds the elements of an iterable: a set or dict with the
// hashes it holds, anything else through iteration.
func (s *Set) Update(other py.Object) error {
	switch o := other.(type) {
	case *Set:
		return s.merge(o)
	case *Dict:
		return s.mergeDict(o)
	}
	for k, err := range iterproto.All(other) {
		if err != nil {
			return err
		}
		if err := s.Add(k); err != nil {
			return err
		}
	}
	return nil
}

// newLike returns an empty set of the same kind as s.
func (s *Set) newLike() *Set {
	n := NewSet()
	n.frozen = s.frozen
	return n
}

// Copy returns a shallow copy of the same kind.
func (s *Set) Copy() *Set {
	return s.copyAs(s.frozen)
}

// FromIterable returns a set, or a frozenset when frozen, of the
// elements of an iterable.
func FromIterable(iterable py.Object, frozen bool) (*Set, error) {
	s := NewSet()
	s.frozen = frozen
	if err := s.Update(iterable); err != nil {
		return nil, err
	}
	return s, nil
}

// Intersection returns the elements of s also in other, in a set of s's
// kind.
func (s *Set) Intersection(other py.Object) (*Set, error) {
	if o, ok := other.(*Set); ok && o == s {
		return s.Copy(), nil
	}
	result := s.newLike()
	look, walk := s, other
	if o, ok := other.(*Set); ok && o.used > s.used {
		look, walk = o, s
	}
	for e, err := range hashedElements(walk) {
		if err != nil {
			return nil, err
		}
		in, err := look.containsHashed(e.key, e.hash)
		if err != nil {
			return nil, err
		}
		if in {
			if err := result.addHashed(e.key, e.hash); err != nil {
				return nil, err
			}
		}
	}
	return result, nil
}

// hashedElements yields the elements of an iterable with their hashes: a
// set's as it stores them, anything else's as Hash computes them.
func hashedElements(iterable py.Object) iter.Seq2[setEntry, error] {
	return func(yield func(setEntry, error) bool) {
		if s, ok := iterable.(*Set); ok {
			for e := range s.entries() {
				if !yield(e, nil) {
					return
				}
			}
			return
		}
		for k, err := range iterproto.All(iterable) {
			var h int64
			if err == nil {
				h, err = Hash(k)
			}
			if !yield(setEntry{key: k, hash: h}, err) || err != nil {
				return
			}
		}
	}
}

// Difference returns the elements of s not in other, in a set of s's
// kind.
func (s *Set) Difference(other py.Object) (*Set, error) {
	var n int
	switch o := other.(type) {
	case *Set:
		n = o.used
	case *Dict:
		n = o.used
	default:
		return s.copyAndDifference(other)
	}
	if s.used>>2 > n {
		return s.copyAndDifference(other)
	}
	result := s.newLike()
	for e := range s.entries() {
		var in bool
		var err error
		switch o := other.(type) {
		case *Set:
			in, err = o.containsHashed(e.key, e.hash)
		case *Dict:
			_, in, err = o.getHashed(e.key, e.hash)
		}
		if err != nil {
			return nil, err
		}
		if !in {
			if err := result.addHashed(e.key, e.hash); err != nil {
				return nil, err
			}
		}
	}
	return result, nil
}

func (s *Set) copyAndDifference(other py.Object) (*Set, error) {
	result := s.Copy()
	if err := result.DifferenceUpdate(other); err != nil {
		return nil, err
	}
	return result, nil
}

// DifferenceUpdate removes the elements of other, then rebuilds the table
// when more than a quarter of it is dummies.
func (s *Set) DifferenceUpdate(other py.Object) error {
	if o, ok := other.(*Set); ok && o == s {
		s.Clear()
		return nil
	}
	if o, ok := other.(*Set); ok {
		for e := range o.entries() {
			if _, err := s.discardHashed(e.key, e.hash); err != nil {
				return err
			}
		}
	} else {
		for k, err := range iterproto.All(other) {
			if err != nil {
				return err
			}
			if _, err := s.Discard(k); err != nil {
				return err
			}
		}
	}
	if s.fill-s.used <= (len(s.table)-1)/4 {
		return nil
	}
	s.grow()
	return nil
}

// SymmetricDifferenceUpdate keeps the elements in exactly one of s and
// other.
func (s *Set) SymmetricDifferenceUpdate(other py.Object) error {
	if o, ok := other.(*Set); ok && o == s {
		s.Clear()
		return nil
	}
	if d, ok := other.(*Dict); ok {
		for i := 0; i < len(d.entries); i++ {
			e := d.entries[i]
			if e.key != nil {
				if err := s.toggle(e.key, e.hash); err != nil {
					return err
				}
			}
		}
		return nil
	}
	o, ok := other.(*Set)
	if !ok {
		var err error
		if o, err = FromIterable(other, s.frozen); err != nil {
			return err
		}
	}
	for e := range o.entries() {
		if err := s.toggle(e.key, e.hash); err != nil {
			return err
		}
	}
	return nil
}

func (s *Set) toggle(key py.Object, h int64) error {
	found, err := s.discardHashed(key, h)
	if err != nil || found {
		return err
	}
	return s.addHashed(key, h)
}

// SymmetricDifference returns the elements in exactly one of s and
// other, built as CPython builds it: other's elements first.
func (s *Set) SymmetricDifference(other py.Object) (*Set, error) {
	result, err := FromIterable(other, s.frozen)
	if err != nil {
		return nil, err
	}
	if err := result.SymmetricDifferenceUpdate(s); err != nil {
		return nil, err
	}
	return result, nil
}

// IsSubset reports whether every element of s is in other.
func (s *Set) IsSubset(other py.Object) (bool, error) {
	o, ok := other.(*Set)
	if !ok {
		var err error
		if o, err = FromIterable(other, false); err != nil {
			return false, err
		}
	}
	if s.used > o.used {
		return false, nil
	}
	for e := range s.entries() {
		in, err := o.containsHashed(e.key, e.hash)
		if err != nil || !in {
			return false, err
		}
	}
	return true, nil
}

// IsSuperset reports whether every element of other is in s.
func (s *Set) IsSuperset(other py.Object) (bool, error) {
	o, ok := other.(*Set)
	if !ok {
		var err error
		if o, err = FromIterable(other, false); err != nil {
			return false, err
		}
	}
	return o.IsSubset(s)
}

// IsDisjoint reports whether s and other have no element in common.
func (s *Set) IsDisjoint(other py.Object) (bool, error) {
	look, walk := s, other
	if o, ok := other.(*Set); ok {
		if o == s {
			return s.used == 0, nil
		}
		if o.used > s.used {
			look, walk = o, s
		}
	}
	for e, err := range hashedElements(walk) {
		if err != nil {
			return false, err
		}
		in, err := look.containsHashed(e.key, e.hash)
		if err != nil || in {
			return false, err
		}
	}
	return true, nil
}

// Equal reports whether s and o hold the same elements.
func (s *Set) Equal(o *Set) (bool, error) {
	if s.used != o.used {
		return false, nil
	}
	if s.hashed && o.hashed && s.hash != o.hash {
		return false, nil
	}
	return s.IsSubset(o)
}
