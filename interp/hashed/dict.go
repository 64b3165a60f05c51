package hashed

import (
	"iter"
	"math"
	"slices"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// Slot markers of a Dict's index table.
const (
	slotEmpty = -1
	slotDummy = -2
	minSlots  = 8
)

// entry is one key/value pair of a Dict; a deleted pair keeps its place
// with a nil key until the table is rebuilt.
type entry struct {
	hash  int64
	key   py.Object
	value py.Object
}

// Dict is Python's dict: a hash table keyed by any hashable object that
// remembers insertion order. Like CPython's, it keeps its pairs in an
// append-only array and hashes into a separate table of indices into it,
// so iteration is in insertion order and deletion leaves the order of the
// other pairs alone.
//
// The zero Dict is not ready for use; make one with NewDict.
type Dict struct {
	slots   []int32
	entries []entry
	used    int
	// changes counts insertions of new keys, deletions and rebuilds: a
	// lookup whose __eq__ call changed it starts over.
	changes uint64
}

// NewDict returns an empty dict.
func NewDict() *Dict {
	return NewDictSized(0)
}

// NewDictSized returns an empty dict with room for n keys.
func NewDictSized(n int) *Dict {
	d := &Dict{}
	d.reset(n)
	return d
}

func (d *Dict) reset(n int) {
	size := minSlots
	for size*2 < n*3 {
		size <<= 1
	}
	d.slots = make([]int32, size)
	for i := range d.slots {
		d.slots[i] = slotEmpty
	}
	d.entries = make([]entry, 0, size*2/3)
	d.used = 0
	d.changes++
}

// Type returns dict.
func (d *Dict) Type() *py.Type { return py.StringDictType }

// Len returns the number of keys.
func (d *Dict) Len() int { return d.used }

// same is the identity test of lookups; unlike == on interfaces it
// does not panic on slice-backed values such as tuples.
func same(a, b py.Object) bool {
	switch x := a.(type) {
	case py.String:
		y, ok := b.(py.String)
		return ok && x == y
	case py.Int:
		y, ok := b.(py.Int)
		return ok && x == y
	case py.Float:
		// Floats are Go values without identity; a NaN is taken to be
		// the same object as a NaN of the same bits, so that a NaN key
		// finds itself as CPython's identity test lets it.
		y, ok := b.(py.Float)
		return ok && math.Float64bits(float64(x)) == math.Float64bits(float64(y))
	}
	return pyobj.Is(a, b)
}

// equal is the key comparison of a lookup: identity, then ==.
func equal(a, b py.Object) (bool, error) {
	switch x := a.(type) {
	case py.String:
		if y, ok := b.(py.String); ok {
			return x == y, nil
		}
	case py.Int:
		if y, ok := b.(py.Int); ok {
			return x == y, nil
		}
	}
	if pyobj.Is(a, b) {
		return true, nil
	}
	r, err := pyobj.Compare(a, b, pyobj.Eq)
	if err != nil {
		return false, err
	}
	return pyobj.Truth(r)
}

// find looks key up: it returns the slot holding key and its entry index,
// or, when key is absent, the slot a new entry should take and -1.
func (d *Dict) find(key py.Object, h int64) (slot, ix int, err error) {
restart:
	mask := uint64(len(d.slots) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	free := -1
	for {
		switch n := d.slots[i]; n {
		case slotEmpty:
			if free >= 0 {
				return free, -1, nil
			}
			return int(i), -1, nil
		case slotDummy:
			if free < 0 {
				free = int(i)
			}
		default:
			e := &d.entries[n]
			if same(e.key, key) {
				return int(i), int(n), nil
			}
			if e.hash == h {
				changes, start := d.changes, e.key
				eq, err := equal(start, key)
				if err != nil {
					return 0, 0, err
				}
				if d.changes != changes || !same(d.entries[n].key, start) {
					goto restart
				}
				if eq {
					return int(i), int(n), nil
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// findString is find for a str key: only an entry whose key is not a str
// but hashes alike needs a Python comparison.
func (d *Dict) findString(s string, h int64) (slot, ix int, err error) {
	mask := uint64(len(d.slots) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	free := -1
	for {
		switch n := d.slots[i]; n {
		case slotEmpty:
			if free >= 0 {
				return free, -1, nil
			}
			return int(i), -1, nil
		case slotDummy:
			if free < 0 {
				free = int(i)
			}
		default:
			e := &d.entries[n]
			if e.hash == h {
				if k, ok := e.key.(py.String); ok {
					if string(k) == s {
						return int(i), int(n), nil
					}
				} else {
					return d.find(py.String(s), h)
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// Get returns d[key] and whether key is present. The error is the
// TypeError of an unhashable key or one raised by a key's __eq__.
func (d *Dict) Get(key py.Object) (py.Object, bool, error) {
	if s, ok := key.(py.String); ok {
		v, ok := d.GetString(string(s))
		return v, ok, nil
	}
	h, err := Hash(key)
	if err != nil {
		return nil, false, err
	}
	return d.getHashed(key, h)
}

func (d *Dict) getHashed(key py.Object, h int64) (py.Object, bool, error) {
	_, ix, err := d.find(key, h)
	if err != nil || ix < 0 {
		return nil, false, err
	}
	return d.entries[ix].value, true, nil
}

// GetString returns d[s] for a str key. It reports absent rather than an
// error in the one case that can raise: a non-str key that hashes like s
// and whose __eq__ fails.
func (d *Dict) GetString(s string) (py.Object, bool) {
	if len(d.entries) <= scanMax {
		if v, ok, done := d.scanString(s); done {
			return v, ok
		}
	}
	_, ix, err := d.findString(s, strHash(s))
	if err != nil || ix < 0 {
		return nil, false
	}
	return d.entries[ix].value, true
}

// scanMax is the number of entries up to which GetString compares keys
// one by one rather than hashing: attribute dictionaries are small, and
// a scan of a few strings costs less than hashing the name.
const scanMax = 8

// scanString looks s up by comparing it with every key. It is done
// unless a key is not a str: such a key may equal s without being one.
func (d *Dict) scanString(s string) (v py.Object, ok, done bool) {
	for i := range d.entries {
		e := &d.entries[i]
		switch k := e.key.(type) {
		case nil:
		case py.String:
			if string(k) == s {
				return e.value, true, true
			}
		default:
			return nil, false, false
		}
	}
	return nil, false, true
}

// SetItem sets d[key] = value, keeping the position of an existing key
// and the key object first stored.
func (d *Dict) SetItem(key, value py.Object) error {
	if s, ok := key.(py.String); ok {
		return d.setString(s, value)
	}
	h, err := Hash(key)
	if err != nil {
		return err
	}
	return d.setHashed(key, h, value)
}

// SetString sets d[s] = value.
func (d *Dict) SetString(s string, value py.Object) {
	// Only a failing __eq__ of a colliding non-str key can fail here; the
	// pair is then added, as if the keys were different.
	if d.setString(py.String(s), value) != nil {
		d.insert(strHash(s), py.String(s), value)
	}
}

func (d *Dict) setString(s py.String, value py.Object) error {
	h := strHash(string(s))
	slot, ix, err := d.findString(string(s), h)
	if err != nil {
		return err
	}
	d.store(slot, ix, h, s, value)
	return nil
}

func (d *Dict) setHashed(key py.Object, h int64, value py.Object) error {
	slot, ix, err := d.find(key, h)
	if err != nil {
		return err
	}
	d.store(slot, ix, h, key, value)
	return nil
}

func (d *Dict) store(slot, ix int, h int64, key, value py.Object) {
	if ix >= 0 {
		d.entries[ix].value = value
		return
	}
	if len(d.entries) >= len(d.slots)*2/3 {
		d.insert(h, key, value)
		return
	}
	d.slots[slot] = int32(len(d.entries))
	d.entries = append(d.entries, entry{h, key, value})
	d.used++
	d.changes++
}

// insert adds a pair known to be absent, growing the table first when
// it is full.
func (d *Dict) insert(h int64, key, value py.Object) {
	if len(d.entries) >= len(d.slots)*2/3 {
		d.rebuild(d.used*3 + 1)
	}
	d.slots[d.emptySlot(h)] = int32(len(d.entries))
	d.entries = append(d.entries, entry{h, key, value})
	d.used++
	d.changes++
}

func (d *Dict) emptySlot(h int64) int {
	mask := uint64(len(d.slots) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for d.slots[i] != slotEmpty {
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	return int(i)
}

// rebuild makes a table for n slots' worth of keys and moves the live
// pairs into it, dropping deleted ones.
func (d *Dict) rebuild(n int) {
	old := d.entries
	size := minSlots
	for size < n {
		size <<= 1
	}
	d.slots = make([]int32, size)
	for i := range d.slots {
		d.slots[i] = slotEmpty
	}
	d.entries = make([]entry, 0, size*2/3)
	for _, e := range old {
		if e.key != nil {
			d.slots[d.emptySlot(e.hash)] = int32(len(d.entries))
			d.entries = append(d.entries, e)
		}
	}
	d.changes++
}

// Delete removes key and reports whether it was there.
func (d *Dict) Delete(key py.Object) (bool, error) {
	_, ok, err := d.Pop(key)
	return ok, err
}

// Pop removes key and returns its value, if key was there.
func (d *Dict) Pop(key py.Object) (py.Object, bool, error) {
	h, err := Hash(key)
	if err != nil {
		return nil, false, err
	}
	slot, ix, err := d.find(key, h)
	if err != nil || ix < 0 {
		return nil, false, err
	}
	v := d.entries[ix].value
	d.removeAt(slot, ix)
	return v, true, nil
}

func (d *Dict) removeAt(slot, ix int) {
	d.slots[slot] = slotDummy
	d.entries[ix] = entry{}
	d.used--
	d.changes++
}

// Clear removes every key.
func (d *Dict) Clear() {
	d.reset(0)
}

// PopItem removes and returns the last pair inserted, as popitem() does.
func (d *Dict) PopItem() (key, value py.Object, ok bool) {
	if d.used == 0 {
		return nil, nil, false
	}
	ix := len(d.entries) - 1
	for d.entries[ix].key == nil {
		ix--
	}
	e := d.entries[ix]
	slot, _ := d.slotOf(e.hash, ix)
	d.removeAt(slot, ix)
	// Like CPython, popitem gives back the entry array's tail, so that
	// repeated calls stay O(1).
	d.entries = d.entries[:ix]
	return e.key, e.value, true
}

// slotOf finds the slot holding entry ix.
func (d *Dict) slotOf(h int64, ix int) (int, bool) {
	mask := uint64(len(d.slots) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		switch n := d.slots[i]; {
		case n == int32(ix):
			return int(i), true
		case n == slotEmpty:
			return 0, false
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	c := &Dict{}
	if d.used == len(d.entries) {
		c.slots = slices.Clone(d.slots)
		c.entries = make([]entry, len(d.entries), cap(d.entries))
		copy(c.entries, d.entries)
		c.used = d.used
		return c
	}
	c.reset(d.used)
	for _, e := range d.entries {
		if e.key != nil {
			c.insert(e.hash, e.key, e.value)
		}
	}
	return c
}

// Items yields the pairs in insertion order. Changing d while ranging
// is allowed: the iteration then sees the pairs at the positions it has
// not reached yet.
func (d *Dict) Items() iter.Seq2[py.Object, py.Object] {
	return func(yield func(py.Object, py.Object) bool) {
		for i := 0; i < len(d.entries); i++ {
			e := d.entries[i]
			if e.key != nil && !yield(e.key, e.value) {
				return
			}
		}
	}
}

// Keys returns the keys in insertion order.
func (d *Dict) Keys() []py.Object {
	keys := make([]py.Object, 0, d.used)
	for _, e := range d.entries {
		if e.key != nil {
			keys = append(keys, e.key)
		}
	}
	return keys
}

// FromStringDict returns a dict holding the pairs of a gpython dict, in
// the namespace's insertion order (see Names).
func FromStringDict(sd py.StringDict) *Dict {
	keys := Names(sd)
	d := NewDictSized(len(keys))
	for _, k := range keys {
		d.SetString(k, sd[k])
	}
	return d
}

// StringDict returns the pairs of d as a gpython dict, for APIs that take
// one; every key must be a str.
func (d *Dict) StringDict() (py.StringDict, error) {
	sd := py.NewStringDictSized(d.used)
	for _, e := range d.entries {
		if e.key == nil {
			continue
		}
		k, ok := e.key.(py.String)
		if !ok {
			return nil, pyerr.Newf(py.TypeError, "keywords must be strings")
		}
		sd[string(k)] = e.value
	}
	return sd, nil
}

// AsStringDict reads a dict argument for Go code that takes a gpython
// dict: a py.StringDict as is, a *Dict as a copy of its str-keyed pairs.
// It reports false for other objects and for a *Dict with a non-str key.
func AsStringDict(o py.Object) (py.StringDict, bool) {
	switch x := o.(type) {
	case py.StringDict:
		return x, true
	case *Dict:
		sd, err := x.StringDict()
		return sd, err == nil
	}
	return nil, false
}
