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
	return names, true, nil
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
