package hashed

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/iterproto"
	"github.com/gpyasync/gpyasync/pyerr"
)

// KeyError is CPython's KeyError for a missing key: the key is the only
// argument, so a tuple key is not spread into several.
func KeyError(key py.Object) error {
	return pyerr.New(py.KeyError, key)
}

// M__getitem__ is d[key].
func (d *Dict) M__getitem__(key py.Object) (py.Object, error) {
	v, ok, err := d.Get(key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, KeyError(key)
	}
	return v, nil
}

// M__setitem__ is d[key] = value.
func (d *Dict) M__setitem__(key, value py.Object) (py.Object, error) {
	return py.None, d.SetItem(key, value)
}

// M__delitem__ is del d[key].
func (d *Dict) M__delitem__(key py.Object) (py.Object, error) {
	ok, err := d.Delete(key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, KeyError(key)
	}
	return py.None, nil
}

// M__len__ is len(d).
func (d *Dict) M__len__() (py.Object, error) { return py.Int(d.used), nil }

// M__bool__ is bool(d).
func (d *Dict) M__bool__() (py.Object, error) { return py.NewBool(d.used > 0), nil }

// M__iter__ is iter(d): its keys.
func (d *Dict) M__iter__() (py.Object, error) { return newDictIterator(d, KeysView, false), nil }

// M__reversed__ is reversed(d).
func (d *Dict) M__reversed__() (py.Object, error) {
	return newDictIterator(d, KeysView, true), nil
}

// M__contains__ is `key in d`.
func (d *Dict) M__contains__(key py.Object) (py.Object, error) {
	_, ok, err := d.Get(key)
	if err != nil {
		return nil, err
	}
	return py.NewBool(ok), nil
}

// asDict returns the *Dict behind a dict value: d itself, or a snapshot
// of a gpython dict.
func asDict(o py.Object) (*Dict, bool) {
	switch x := o.(type) {
	case *Dict:
		return x, true
	case py.StringDict:
		return FromStringDict(x), true
	}
	return nil, false
}

// Equal reports whether d and o hold equal values under equal keys.
func (d *Dict) Equal(o *Dict) (bool, error) {
	if d == o {
		return true, nil
	}
	if d.used != o.used {
		return false, nil
	}
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key == nil {
			continue
		}
		ov, ok, err := o.getHashed(e.key, e.hash)
		if err != nil || !ok {
			return false, err
		}
		eq, err := equal(e.value, ov)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// M__eq__ is d == other.
func (d *Dict) M__eq__(other py.Object) (py.Object, error) {
	o, ok := asDict(other)
	if !ok {
		return py.NotImplemented, nil
	}
	eq, err := d.Equal(o)
	if err != nil {
		return nil, err
	}
	return py.NewBool(eq), nil
}

// M__ne__ is d != other.
func (d *Dict) M__ne__(other py.Object) (py.Object, error) {
	r, err := d.M__eq__(other)
	if err != nil || r == py.NotImplemented {
		return r, err
	}
	return py.NewBool(r != py.True), nil
}

// M__or__ is d | other for a dict other.
func (d *Dict) M__or__(other py.Object) (py.Object, error) {
	o, ok := asDict(other)
	if !ok {
		return py.NotImplemented, nil
	}
	r := d.Copy()
	if err := r.Merge(o); err != nil {
		return nil, err
	}
	return r, nil
}

// M__ror__ is other | d for a dict other.
func (d *Dict) M__ror__(other py.Object) (py.Object, error) {
	o, ok := asDict(other)
	if !ok {
		return py.NotImplemented, nil
	}
	r := o.Copy()
	if err := r.Merge(d); err != nil {
		return nil, err
	}
	return r, nil
}

// M__ior__ is d |= other: other may be any mapping or iterable of pairs.
func (d *Dict) M__ior__(other py.Object) (py.Object, error) {
	if err := d.Update(other); err != nil {
		return nil, err
	}
	return d, nil
}

// Merge sets every pair of o into d.
func (d *Dict) Merge(o *Dict) error {
	if o == d {
		return nil
	}
	for i := 0; i < len(o.entries); i++ {
		e := o.entries[i]
		if e.key == nil {
			continue
		}
		if err := d.setHashed(e.key, e.hash, e.value); err != nil {
			return err
		}
	}
	return nil
}

// Update is d.update(other) with one positional argument: a dict, an
// object with keys() read as a mapping, or an iterable of pairs, with
// CPython's errors.
func (d *Dict) Update(other py.Object) error {
	if o, ok := asDict(other); ok {
		return d.Merge(o)
	}
	if keys, err := py.GetAttrString(other, "keys"); err == nil {
		ks, err := py.Call(keys, nil, nil)
		if err != nil {
			return pyerr.Info(err)
		}
		for k, err := range iterproto.All(ks) {
			if err != nil {
				return err
			}
			v, err := py.GetItem(other, k)
			if err != nil {
				return pyerr.Info(err)
			}
			if err := d.SetItem(k, v); err != nil {
				return err
			}
		}
		return nil
	}
	i := 0
	for item, err := range iterproto.All(other) {
		if err != nil {
			return err
		}
		kv, err := iterproto.Collect(item)
		if err != nil {
			if pyerr.Matches(err, py.TypeError) {
				return pyerr.Newf(py.TypeError, "cannot convert dictionary update sequence element #%d to a sequence", i)
			}
			return err
		}
		if len(kv) != 2 {
			return pyerr.Newf(py.ValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, len(kv))
		}
		if err := d.SetItem(kv[0], kv[1]); err != nil {
			return err
		}
		i++
	}
	return nil
}

// ReprWith prints d as CPython does: {k: v, ...}, and {...} when d is
// already being printed.
func (d *Dict) ReprWith(item func(py.Object) (string, error)) (string, error) {
	if d.used == 0 {
		return "{}", nil
	}
	if item == nil {
		return "{...}", nil
	}
	var b strings.Builder
	b.WriteByte('{')
	first := true
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key == nil {
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		ks, err := item(e.key)
		if err != nil {
			return "", err
		}
		vs, err := item(e.value)
		if err != nil {
			return "", err
		}
		b.WriteString(ks)
		b.WriteString(": ")
		b.WriteString(vs)
	}
	b.WriteByte('}')
	return b.String(), nil
}
