package object

import (
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/iterproto"
	"github.com/gpyasync/gpyasync/pyerr"
)

// slotted maps a class whose instances have no __dict__ (every class on
// its MRO but object declares __slots__ without "__dict__") to the
// attribute names its instances may hold. Classes are shared by all
// contexts, hence the sync.Map.
var slotted sync.Map

// takeSlots removes __slots__ from a class namespace, which gpython's
// type() refuses, and returns the names it declares.
func takeSlots(ns py.StringDict) (names []string, ok bool, err error) {
	v, ok := ns["__slots__"]
	if !ok {
		return nil, false, nil
	}
	delete(ns, "__slots__")
	if s, isStr := v.(py.String); isStr {
		return []string{string(s)}, true, nil
	}
	items, err := iterproto.Collect(v)
	if err != nil {
		return nil, false, err
	}
	for _, it := range items {
		s, isStr := it.(py.String)
		if !isStr {
			return nil, false, pyerr.Newf(py.TypeError, "__slots__ items must be strings, not '%s'", it.Type().Name)
		}
		names = append(names, string(s))
	}
	for _, n := range names {
		if _, clash := ns[n]; clash {
			return nil, false, pyerr.Newf(py.ValueError, "'%s' in __slots__ conflicts with class variable", n)
		}
	}
	return names, true, nil
}

// declared maps a class to the slot names (not "__dict__") that it and
// the classes on its MRO declare, when there are any.
var declared sync.Map

// isSlot reports whether name is a slot declared by a class on cls's
// MRO: slots hold their value outside the instance dictionary and win
// over it, as CPython's member descriptors do.
func isSlot(cls *py.Type, name string) bool {
	names, ok := declared.Load(cls)
	return ok && names.(map[string]bool)[name]
}

// inheritSlots records the slots cls gets from its bases and declares
// itself (own).
func inheritSlots(cls *py.Type, own []string) {
	all := map[string]bool{}
	for _, n := range own {
		if n != "__dict__" {
			all[n] = true
		}
	}
	for _, c := range cls.Mro {
		if c == py.Object(cls) {
			continue
		}
		if names, ok := declared.Load(c); ok {
			for n := range names.(map[string]bool) {
				all[n] = true
			}
		}
	}
	if len(all) > 0 {
		declared.Store(cls, all)
	}
}

// hasDict reports whether instances of cls have a __dict__.
func hasDict(cls *py.Type) bool {
	_, ok := slotted.Load(cls)
	return !ok
}

// recordSlots notes the slots of cls, made with the given __slots__.
func recordSlots(cls *py.Type, names []string) {
	allowed := map[string]bool{}
	for _, n := range names {
		if n == "__dict__" {
			return
		}
		allowed[n] = true
	}
	for _, b := range cls.Mro {
		bt := b.(*py.Type)
		if bt == cls || bt == py.ObjectType {
			continue
		}
		inherited, ok := slotted.Load(bt)
		if !ok {
			return
		}
		for n := range inherited.(map[string]bool) {
			allowed[n] = true
		}
	}
	slotted.Store(cls, allowed)
}

// slotAllows reports whether instances of cls may hold attribute name.
func slotAllows(cls *py.Type, name string) bool {
	allowed, ok := slotted.Load(cls)
	return !ok || allowed.(map[string]bool)[name]
}
