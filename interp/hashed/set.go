package hashed

import (
	"iter"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
)

// Table constants of CPython's sets: the smallest table, how many
// neighbouring slots a probe tries before jumping, and the jump's shift.
const (
	setMinSize   = 8
	linearProbes = 9
	perturbShift = 5
)

// dummyKey marks a slot whose element was removed: searches go past it,
// insertions may reuse it.
type dummyKey struct{}

func (*dummyKey) Type() *py.Type { return py.NoneTypeType }

var dummy py.Object = &dummyKey{}

type setEntry struct {
	hash int64
	key  py.Object
}

// Set is Python's set, or frozenset when frozen. Its table is managed as
// CPython 3.11's setobject.c manages it (slot choice, linear probes then
// perturbed jumps, resizing on fill, dummies on removal, pop's finger), so
// the order of iteration, repr and pop() is CPython's for elements whose
// hashes are CPython's.
type Set struct {
	table  []setEntry
	fill   int // active and dummy slots
	used   int // active slots
	finger int
	frozen bool
	hash   int64
	hashed bool
}

// NewSet returns an empty set.
func NewSet() *Set {
	return &Set{table: make([]setEntry, setMinSize)}
}

// NewFrozenSet returns an empty frozenset.
func NewFrozenSet() *Set {
	s := NewSet()
	s.frozen = true
	return s
}

// Type returns set or frozenset.
func (s *Set) Type() *py.Type {
	if s.frozen {
		return py.FrozenSetType
	}
	return py.SetType
}

// Frozen reports whether s is a frozenset.
func (s *Set) Frozen() bool { return s.frozen }

// Len returns the number of elements.
func (s *Set) Len() int { return s.used }

// All yields the elements in table order, which is iteration order.
func (s *Set) All() iter.Seq[py.Object] {
	return func(yield func(py.Object) bool) {
		for e := range s.entries() {
			if !yield(e.key) {
				return
			}
		}
	}
}

// entries yields the live entries of s's table in table order.
func (s *Set) entries() iter.Seq[setEntry] {
	return func(yield func(setEntry) bool) {
		for i := 0; i < len(s.table); i++ {
			if e := s.table[i]; e.key != nil && e.key != dummy && !yield(e) {
				return
			}
		}
	}
}

// Items returns the elements in iteration order.
func (s *Set) Items() []py.Object {
	items := make([]py.Object, 0, s.used)
	for k := range s.All() {
		items = append(items, k)
	}
	return items
}

// Add adds key.
func (s *Set) Add(key py.Object) error {
	h, err := Hash(key)
	if err != nil {
		return err
	}
	return s.addHashed(key, h)
}

func (s *Set) addHashed(key py.Object, h int64) error {
restart:
	mask := len(s.table) - 1
	i := int(uint64(h) & uint64(mask))
	perturb := uint64(h)
	free := -1
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; j <= i+probes; j++ {
			e := &s.table[j]
			switch {
			case e.key == nil:
				if free >= 0 {
					// The last dummy passed takes the key, as in 3.11.
					s.table[free] = setEntry{h, key}
					s.used++
					return nil
				}
				*e = setEntry{h, key}
				s.fill++
				s.used++
				if s.fill*5 < mask*3 {
					return nil
				}
				s.grow()
				return nil
			case e.hash == h && e.key != dummy:
				start := e.key
				if same(start, key) {
					return nil
				}
				table := s.table
				eq, err := equal(start, key)
				if err != nil {
					return err
				}
				if eq {
					return nil
				}
				if &table[0] != &s.table[0] || !same(s.table[j].key, start) {
					goto restart
				}
			case e.key == dummy:
				free = j
			}
		}
		perturb >>= perturbShift
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

func (s *Set) grow() {
	if s.used > 50000 {
		s.resize(s.used * 2)
	} else {
		s.resize(s.used * 4)
	}
}

// lookup returns the index of key's slot, or -1.
func (s *Set) lookup(key py.Object, h int64) (int, error) {
restart:
	mask := len(s.table) - 1
	i := int(uint64(h) & uint64(mask))
	perturb := uint64(h)
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; j <= i+probes; j++ {
			e := &s.table[j]
			if e.key == nil {
				return -1, nil
			}
			if e.hash == h && e.key != dummy {
				start := e.key
				if same(start, key) {
					return j, nil
				}
				table := s.table
				eq, err := equal(start, key)
				if err != nil {
					return -1, err
				}
				if eq {
					return j, nil
				}
				if &table[0] != &s.table[0] || !same(s.table[j].key, start) {
					goto restart
				}
			}
		}
		perturb >>= perturbShift
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// insertClean puts an element known to be absent into a table without
// dummies.
func insertClean(table []setEntry, key py.Object, h int64) {
	mask := len(table) - 1
	i := int(uint64(h) & uint64(mask))
	perturb := uint64(h)
	for {
		probes := 0
		if i+linearProbes <= mask {
			probes = linearProbes
		}
		for j := i; j <= i+probes; j++ {
			if table[j].key == nil {
				table[j] = setEntry{h, key}
				return
			}
		}
		perturb >>= perturbShift
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

// resize moves the elements into the smallest table larger than minused
// slots, dropping dummies.
func (s *Set) resize(minused int) {
	size := setMinSize
	for size <= minused {
		size <<= 1
	}
	old := s.table
	s.table = make([]setEntry, size)
	for _, e := range old {
		if e.key != nil && e.key != dummy {
			insertClean(s.table, e.key, e.hash)
		}
	}
	s.fill = s.used
}

// Contains reports whether key is an element. A set key is looked up as
// the frozenset of its elements, as CPython does.
func (s *Set) Contains(key py.Object) (bool, error) {
	h, err := s.keyHash(&key)
	if err != nil {
		return false, err
	}
	j, err := s.lookup(key, h)
	return j >= 0, err
}

func (s *Set) containsHashed(key py.Object, h int64) (bool, error) {
	j, err := s.lookup(key, h)
	return j >= 0, err
}

// keyHash hashes a key for lookup or removal, replacing a set by the
// equal frozenset.
func (s *Set) keyHash(key *py.Object) (int64, error) {
	h, err := Hash(*key)
	if err == nil {
		return h, nil
	}
	if k, ok := (*key).(*Set); ok && !k.frozen && pyerr.Matches(err, py.TypeError) {
		f := k.copyAs(true)
		*key = f
		return f.frozenHash(), nil
	}
	return 0, err
}

// Discard removes key and reports whether it was there.
func (s *Set) Discard(key py.Object) (bool, error) {
	h, err := s.keyHash(&key)
	if err != nil {
		return false, err
	}
	return s.discardHashed(key, h)
}

func (s *Set) discardHashed(key py.Object, h int64) (bool, error) {
	j, err := s.lookup(key, h)
	if err != nil || j < 0 {
		return false, err
	}
	s.table[j] = setEntry{-1, dummy}
	s.used--
	return true, nil
}

// Pop removes and returns an element: the first active slot at or after
// the finger left by the previous pop, as CPython picks it.
func (s *Set) Pop() (py.Object, bool) {
	if s.used == 0 {
		return nil, false
	}
	mask := len(s.table) - 1
	i := s.finger & mask
	for s.table[i].key == nil || s.table[i].key == dummy {
		i++
		if i > mask {
			i = 0
		}
	}
	key := s.table[i].key
	s.table[i] = setEntry{-1, dummy}
	s.used--
	s.finger = i + 1
	return key, true
}

// Clear removes every element.
func (s *Set) Clear() {
	s.table = make([]setEntry, setMinSize)
	s.fill, s.used = 0, 0
}

// frozenHash is hash(s) for a frozenset, computed once.
func (s *Set) frozenHash() int64 {
	if !s.hashed {
		s.hash = setHash(func(yield func(int64) bool) {
			for _, e := range s.table {
				if e.key != nil && e.key != dummy && !yield(e.hash) {
					return
				}
			}
		}, s.used)
		s.hashed = s.frozen
	}
	return s.hash
}

// copyAs returns a copy of s that is a frozenset when frozen is true.
func (s *Set) copyAs(frozen bool) *Set {
	c := NewSet()
	c.frozen = frozen
	c.merge(s)
	return c
}

// merge adds the elements of other, presizing the table once as CPython
// does and copying the table as is when s is empty and the same size.
func (s *Set) merge(other *Set) error {
	if other == s || other.used == 0 {
		return nil
	}
	if (s.fill+other.used)*5 >= (len(s.table)-1)*3 {
		s.resize((s.used + other.used) * 2)
	}
	if s.fill == 0 && len(s.table) == len(other.table) && other.fill == other.used {
		copy(s.table, other.table)
		s.fill, s.used = other.fill, other.used
		return nil
	}
	if s.fill == 0 {
		for _, e := range other.table {
			if e.key != nil && e.key != dummy {
				insertClean(s.table, e.key, e.hash)
			}
		}
		s.fill, s.used = other.used, other.used
		return nil
	}
	for e := range other.entries() {
		if err := s.addHashed(e.key, e.hash); err != nil {
			return err
		}
	}
	return nil
}

// mergeDict adds the keys of d with their stored hashes, presizing as
// CPython does for an exact dict.
func (s *Set) mergeDict(d *Dict) error {
	if (s.fill+d.used)*5 >= (len(s.table)-1)*3 {
		s.resize((s.used + d.used) * 2)
	}
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key != nil {
			if err := s.addHashed(e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}
