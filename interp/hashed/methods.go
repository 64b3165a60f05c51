package hashed

import (
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/iterproto"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

var once sync.Once

// Install makes Dict and Set gpython's dict, set and frozenset: it
// replaces the constructors and method tables of py.StringDictType,
// py.SetType and py.FrozenSetType. The dict methods keep working on
// py.StringDict values (module globals, class namespaces), mutating them
// in place. Call it before the first py.Context is made; it is idempotent
// and safe to call from several goroutines, but not while Python code runs.
func Install() {
	once.Do(install)
}

func install() {
	py.StringDictType.New = dictNew
	py.SetType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return setNew("set", false, args, kwargs)
	}
	py.FrozenSetType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return setNew("frozenset", true, args, kwargs)
	}
	iterproto.StringDictKeys = Names
	installDictMethods()
	installSetMethods()
	// Readied types have an MRO, which makes them classes to pyobj.IsClass
	// and gives them __name__.
	types := []*py.Type{setIterType}
	types = append(types, viewTypes[:]...)
	types = append(types, iterTypes[:]...)
	types = append(types, reverseIterTypes[:]...)
	for _, t := range types {
		if err := t.Ready(); err != nil {
			panic(err)
		}
	}
	for kind, t := range viewTypes {
		k := ViewKind(kind)
		if k != ValuesView {
			name := t.Name
			t.Dict["isdisjoint"] = py.MustNewMethod("isdisjoint", func(self py.Object, args py.Tuple) (py.Object, error) {
				v, args, err := receiver(self, args, name, "isdisjoint", func(o py.Object) bool {
					_, ok := o.(*View)
					return ok
				})
				if err != nil {
					return nil, err
				}
				if len(args) != 1 {
					return nil, pyerr.Newf(py.TypeError, "%s.isdisjoint() takes exactly one argument (%d given)", name, len(args))
				}
				return boolResult(v.(*View).IsDisjoint(args[0]))
			}, 0, "Return True if the view and the given iterable have a null intersection.")
		}
		name := t.Name
		t.Dict["__reversed__"] = py.MustNewMethod("__reversed__", func(self py.Object, args py.Tuple) (py.Object, error) {
			v, _, err := receiver(self, args, name, "__reversed__", func(o py.Object) bool {
				_, ok := o.(*View)
				return ok
			})
			if err != nil {
				return nil, err
			}
			return v.(*View).M__reversed__()
		}, 0, "Return a reverse iterator over the dict keys.")
		t.Dict["__hash__"] = py.None
	}
}

// receiver finds the object a method runs on: bound (self) or called
// through the type (the receiver comes first in args).
func receiver(self py.Object, args py.Tuple, owner, method string, ok func(py.Object) bool) (py.Object, py.Tuple, error) {
	if ok(self) {
		return self, args, nil
	}
	if len(args) == 0 {
		return nil, nil, pyerr.Newf(py.TypeError, "unbound method %s.%s() needs an argument", owner, method)
	}
	if !ok(args[0]) {
		return nil, nil, pyerr.Newf(py.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", method, owner, pyobj.TypeOf(args[0]).Name)
	}
	return args[0], args[1:], nil
}

func isDict(o py.Object) bool {
	switch o.(type) {
	case *Dict, py.StringDict:
		return true
	}
	return false
}

// dictMethod defines a dict method that reads its receiver as a *Dict.
// Mutating methods on a gpython dict run on a copy that is written back.
func dictMethod(name, doc string, mutates bool, fn func(d *Dict, args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
	py.StringDictType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		r, args, err := receiver(self, args, "dict", name, isDict)
		if err != nil {
			return nil, err
		}
		switch x := r.(type) {
		case *Dict:
			return fn(x, args, kwargs)
		case py.StringDict:
			d := FromStringDict(x)
			res, err := fn(d, args, kwargs)
			if mutates {
				if werr := writeBack(x, d); werr != nil && err == nil {
					err = werr
				}
			}
			return res, err
		}
		return nil, pyerr.Newf(py.SystemError, "bad dict receiver")
	}, 0, doc)
}

func writeBack(sd py.StringDict, d *Dict) error {
	out, err := d.StringDict()
	if err != nil {
		return err
	}
	for k := range sd {
		if _, ok := out[k]; !ok {
			delete(sd, k)
		}
	}
	for k, v := range out {
		sd[k] = v
	}
	SetNames(sd, d.stringKeys())
	return nil
}

func noArgs(method string, args py.Tuple, kwargs py.StringDict) error {
	if len(kwargs) > 0 {
		return pyerr.Newf(py.TypeError, "%s() takes no keyword arguments", method)
	}
	if len(args) > 0 {
		return pyerr.Newf(py.TypeError, "%s() takes no arguments (%d given)", method, len(args))
	}
	return nil
}

// arity checks a positional-only signature the way CPython's argument
// clinic words it for dict methods.
func arity(name string, args py.Tuple, kwargs py.StringDict, lo, hi int) error {
	if len(kwargs) > 0 {
		return pyerr.Newf(py.TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) < lo {
		return pyerr.Newf(py.TypeError, "%s expected at least %d argument%s, got %d", name, lo, plural(lo), len(args))
	}
	if len(args) > hi {
		return pyerr.Newf(py.TypeError, "%s expected at most %d argument%s, got %d", name, hi, plural(hi), len(args))
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func dictNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	d := NewDict()
	if err := d.updateArgs("dict", args, kwargs, nil); err != nil {
		return nil, err
	}
	return d, nil
}

// NewFromCall is dict(*args, **kwargs) for a call whose keyword names
// are known in call order.
func NewFromCall(args py.Tuple, kwargs py.StringDict, kwOrder []string) (*Dict, error) {
	d := NewDict()
	if err := d.updateArgs("dict", args, kwargs, kwOrder); err != nil {
		return nil, err
	}
	return d, nil
}

// updateArgs is dict(...) and dict.update(...): at most one positional
// argument, then the keyword arguments, in kwOrder when given and sorted
// otherwise.
func (d *Dict) updateArgs(name string, args py.Tuple, kwargs py.StringDict, kwOrder []string) error {
	if len(args) > 1 {
		return pyerr.Newf(py.TypeError, "%s expected at most 1 argument, got %d", name, len(args))
	}
	if len(args) == 1 {
		if err := d.Update(args[0]); err != nil {
			return err
		}
	}
	if len(kwargs) == 0 {
		return nil
	}
	if len(kwOrder) != len(kwargs) {
		kwOrder = FromStringDict(kwargs).stringKeys()
	}
	for _, k := range kwOrder {
		d.SetString(k, kwargs[k])
	}
	return nil
}

func (d *Dict) stringKeys() []string {
	keys := make([]string, 0, d.used)
	for _, e := range d.entries {
		if k, ok := e.key.(py.String); ok {
			keys = append(keys, string(k))
		}
	}
	return keys
}

// UpdateStringDict is UpdateFromCall on a gpython dict (a namespace),
// which keeps the new names in call order.
func UpdateStringDict(sd py.StringDict, args py.Tuple, kwargs py.StringDict, kwOrder []string) error {
	d := FromStringDict(sd)
	err := d.UpdateFromCall(args, kwargs, kwOrder)
	if werr := writeBack(sd, d); werr != nil && err == nil {
		err = werr
	}
	return err
}

// UpdateMethod is dict.update; package vm recognises it to pass keyword
// arguments in call order.
var UpdateMethod *py.Method

func installDictMethods() {
	dictMethod("get", "Return the value for key if key is in the dictionary, else default.", false, func(d *Dict, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := arity("get", args, kwargs, 1, 2); err != nil {
			return nil, err
		}
		v, ok, err := d.Get(args[0])
		if err != nil {
			return nil, err
		}
		if ok {
			return v, nil
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return py.None, nil
	})
	dictMethod("setdefault", "Insert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is in the dictionary, else default.", true, func(d *Dict, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := arity("setdefault", args, kwargs, 1, 2); err != nil {
			return nil, err
		}
		v, ok, err := d.Get(args[0])
		if err != nil || ok {
			return v, err
		}
		var def py.Object = py.None
		if len(args) == 2 {
			def = args[1]
		}
		return def, d.SetItem(args[0], def)
	})
	dictMethod("pop", "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the key is not found, return the default if given; otherwise,\nraise a KeyError.", true, func(d *Dict, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := arity("pop", args, kwargs, 1, 2); err != nil {
			return nil, err
		}
		if d.used == 0 {
			// CPython answers an empty dict without hashing the key.
			if len(args) == 2 {
				return args[1], nil
			}
			return nil, KeyError(args[0])
		}
		v, ok, err := d.Pop(args[0])
		if err != nil {
			return nil, err
		}
		if ok {
			return v, nil
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return nil, KeyError(args[0])
	})
	dictMethod("popitem", "Remove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO (last-in, first-out) order.\nRaises KeyError if the dict is empty.", true, func(d *Dict, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := noArgs("dict.popitem", args, kwargs); err != nil {
			return nil, err
		}
		k, v, ok := d.PopItem()
		if !ok {
			return nil, pyerr.Newf(py.KeyError, "popitem(): dictionary is empty")
		}
		return py.Tuple{k, v}, nil
	})
	dictMethod("clear", "D.clear() -> None.  Remove all items from D.", true, func(d *Dict, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := noArgs("dict.clear", args, kwargs); err != nil {
			return nil, err
		}
		d.Clear()
		return py.None, nil
	})
	dictMethod("copy", "D.copy() -> a shallow copy of D", false, func(d *Dict, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := noArgs("dict.copy", args, kwargs); err != nil {
			return nil, err
		}
		return d.Copy(), nil
	})
	dictMethod("update", "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.", true, func(d *Dict, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return py.None, d.updateArgs("update", args, kwargs, nil)
	})
	UpdateMethod = py.StringDictType.Dict["update"].(*py.Method)
	for kind, name := range map[ViewKind]string{KeysView: "keys", ValuesView: "values", ItemsView: "items"} {
		dictMethod(name, "D."+name+"() -> a set-like object providing a view on D's "+name, false, func(d *Dict, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if err := noArgs("dict."+name, args, kwargs); err != nil {
				return nil, err
			}
			return NewView(d, kind), nil
		})
	}
	dictMethod("__contains__", "True if the dictionary has the specified key, else False.", false, func(d *Dict, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := arity("__contains__", args, kwargs, 1, 1); err != nil {
			return nil, err
		}
		return d.M__contains__(args[0])
	})
	dictMethod("__getitem__", "x.__getitem__(y) <==> x[y]", false, func(d *Dict, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := arity("__getitem__", args, kwargs, 1, 1); err != nil {
			return nil, err
		}
		return d.M__getitem__(args[0])
	})
	dictMethod("__setitem__", "Set self[key] to value.", true, func(d *Dict, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := arity("__setitem__", args, kwargs, 2, 2); err != nil {
			return nil, err
		}
		return d.M__setitem__(args[0], args[1])
	})
	dictMethod("__delitem__", "Delete self[key].", true, func(d *Dict, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := arity("__delitem__", args, kwargs, 1, 1); err != nil {
			return nil, err
		}
		return d.M__delitem__(args[0])
	})
	dictMethod("__len__", "Return len(self).", false, func(d *Dict, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return py.Int(d.used), noArgs("dict.__len__", args, kwargs)
	})
	dictMethod("__iter__", "Implement iter(self).", false, func(d *Dict, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return d.M__iter__()
	})
	dictMethod("__reversed__", "Return a reverse iterator over the dict keys.", false, func(d *Dict, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return d.M__reversed__()
	})
	py.StringDictType.Dict["fromkeys"] = &classFunc{py.MustNewMethod("fromkeys", dictFromKeys, 0, "Create a new dictionary with keys from iterable and values set to value.")}
	py.StringDictType.Dict["__hash__"] = py.None
}

// classFunc is a Go function stored in a builtin type's dictionary that
// ignores its receiver: dict.fromkeys, a class method of a class that is
// never subclassed into a different kind of value here. It has no
// __get__, so dict.fromkeys and {}.fromkeys both read it unchanged.
type classFunc struct{ m *py.Method }

// Type returns gpython's method type.
func (c *classFunc) Type() *py.Type { return py.MethodType }

// M__call__ calls the function.
func (c *classFunc) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return c.m.M__call__(args, kwargs)
}

// dictFromKeys is dict.fromkeys.
func dictFromKeys(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) > 0 {
		if t, ok := args[0].(*py.Type); ok && t == py.StringDictType {
			args = args[1:]
		}
	}
	if err := arity("fromkeys", args, nil, 1, 2); err != nil {
		return nil, err
	}
	var value py.Object = py.None
	if len(args) == 2 {
		value = args[1]
	}
	d := NewDict()
	if s, ok := args[0].(*Set); ok {
		d.reset(s.used)
		for e := range s.entries() {
			if err := d.setHashed(e.key, e.hash, value); err != nil {
				return nil, err
			}
		}
		return d, nil
	}
	for k, err := range iterproto.All(args[0]) {
		if err != nil {
			return nil, err
		}
		if err := d.SetItem(k, value); err != nil {
			return nil, err
		}
	}
	return d, nil
}

func isSet(o py.Object) bool {
	_, ok := o.(*Set)
	return ok
}

func isMutableSet(o py.Object) bool {
	s, ok := o.(*Set)
	return ok && !s.frozen
}

// setMethod defines a method of set (and of frozenset too when both is
// true).
func setMethod(name, doc string, both bool, fn func(s *Set, args py.Tuple) (py.Object, error)) {
	mk := func(owner string, ok func(py.Object) bool) *py.Method {
		return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			r, args, err := receiver(self, args, owner, name, ok)
			if err != nil {
				return nil, err
			}
			if len(kwargs) > 0 {
				return nil, pyerr.Newf(py.TypeError, "%s.%s() takes no keyword arguments", owner, name)
			}
			return fn(r.(*Set), args)
		}, 0, doc)
	}
	py.SetType.Dict[name] = mk("set", isMutableSet)
	if both {
		py.FrozenSetType.Dict[name] = mk("frozenset", isSet)
	}
}

func oneArg(s *Set, method string, args py.Tuple) error {
	if len(args) != 1 {
		return pyerr.Newf(py.TypeError, "%s.%s() takes exactly one argument (%d given)", s.Type().Name, method, len(args))
	}
	return nil
}

func noArg(s *Set, method string, args py.Tuple) error {
	if len(args) != 0 {
		return pyerr.Newf(py.TypeError, "%s.%s() takes no arguments (%d given)", s.Type().Name, method, len(args))
	}
	return nil
}

func boolResult(r bool, err error) (py.Object, error) {
	if err != nil {
		return nil, err
	}
	return py.NewBool(r), nil
}

func installSetMethods() {
	setMethod("add", "Add an element to a set.\n\nThis has no effect if the element is already present.", false, func(s *Set, args py.Tuple) (py.Object, error) {
		if err := oneArg(s, "add", args); err != nil {
			return nil, err
		}
		return py.None, s.Add(args[0])
	})
	setMethod("remove", "Remove an element from a set; it must be a member.\n\nIf the element is not a member, raise a KeyError.", false, func(s *Set, args py.Tuple) (py.Object, error) {
		if err := oneArg(s, "remove", args); err != nil {
			return nil, err
		}
		found, err := s.Discard(args[0])
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, KeyError(args[0])
		}
		return py.None, nil
	})
	setMethod("discard", "Remove an element from a set if it is a member.\n\nUnlike set.remove(), the discard() method does not raise\nan exception when an element is missing from the set.", false, func(s *Set, args py.Tuple) (py.Object, error) {
		if err := oneArg(s, "discard", args); err != nil {
			return nil, err
		}
		_, err := s.Discard(args[0])
		return py.None, err
	})
	setMethod("pop", "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty.", false, func(s *Set, args py.Tuple) (py.Object, error) {
		if err := noArg(s, "pop", args); err != nil {
			return nil, err
		}
		k, ok := s.Pop()
		if !ok {
			return nil, pyerr.Newf(py.KeyError, "pop from an empty set")
		}
		return k, nil
	})
	setMethod("clear", "Remove all elements from this set.", false, func(s *Set, args py.Tuple) (py.Object, error) {
		if err := noArg(s, "clear", args); err != nil {
			return nil, err
		}
		s.Clear()
		return py.None, nil
	})
	setMethod("copy", "Return a shallow copy of a set.", true, func(s *Set, args py.Tuple) (py.Object, error) {
		if err := noArg(s, "copy", args); err != nil {
			return nil, err
		}
		if s.frozen {
			return s, nil
		}
		return s.Copy(), nil
	})
	multi := func(name, doc string, both bool, update func(*Set, py.Object) error) {
		setMethod(name, doc, both, func(s *Set, args py.Tuple) (py.Object, error) {
			for _, o := range args {
				if err := update(s, o); err != nil {
					return nil, err
				}
			}
			return py.None, nil
		})
	}
	multi("update", "Update a set with the union of itself and others.", false, (*Set).Update)
	multi("difference_update", "Remove all elements of another set from this set.", false, (*Set).DifferenceUpdate)
	setMethod("intersection_update", "Update a set with the intersection of itself and another.", false, func(s *Set, args py.Tuple) (py.Object, error) {
		r, err := intersectionMulti(s, args)
		if err != nil {
			return nil, err
		}
		s.table, s.fill, s.used = r.table, r.fill, r.used
		return py.None, nil
	})
	setMethod("symmetric_difference_update", "Update a set with the symmetric difference of itself and another.", false, func(s *Set, args py.Tuple) (py.Object, error) {
		if err := oneArg(s, "symmetric_difference_update", args); err != nil {
			return nil, err
		}
		return py.None, s.SymmetricDifferenceUpdate(args[0])
	})
	setMethod("union", "Return the union of sets as a new set.\n\n(i.e. all elements that are in either set.)", true, func(s *Set, args py.Tuple) (py.Object, error) {
		r := s.Copy()
		for _, o := range args {
			if o == py.Object(s) {
				continue
			}
			if err := r.Update(o); err != nil {
				return nil, err
			}
		}
		return r, nil
	})
	setMethod("intersection", "Return the intersection of two sets as a new set.\n\n(i.e. all elements that are in both sets.)", true, func(s *Set, args py.Tuple) (py.Object, error) {
		return intersectionMulti(s, args)
	})
	setMethod("difference", "Return the difference of two or more sets as a new set.\n\n(i.e. all elements that are in this set but not the others.)", true, func(s *Set, args py.Tuple) (py.Object, error) {
		if len(args) == 0 {
			return s.Copy(), nil
		}
		r, err := s.Difference(args[0])
		if err != nil {
			return nil, err
		}
		for _, o := range args[1:] {
			if err := r.DifferenceUpdate(o); err != nil {
				return nil, err
			}
		}
		return r, nil
	})
	setMethod("symmetric_difference", "Return the symmetric difference of two sets as a new set.\n\n(i.e. all elements that are in exactly one of the sets.)", true, func(s *Set, args py.Tuple) (py.Object, error) {
		if err := oneArg(s, "symmetric_difference", args); err != nil {
			return nil, err
		}
		return s.SymmetricDifference(args[0])
	})
	setMethod("issubset", "Report whether another set contains this set.", true, func(s *Set, args py.Tuple) (py.Object, error) {
		if err := oneArg(s, "issubset", args); err != nil {
			return nil, err
		}
		return boolResult(s.IsSubset(args[0]))
	})
	setMethod("issuperset", "Report whether this set contains another set.", true, func(s *Set, args py.Tuple) (py.Object, error) {
		if err := oneArg(s, "issuperset", args); err != nil {
			return nil, err
		}
		return boolResult(s.IsSuperset(args[0]))
	})
	setMethod("isdisjoint", "Return True if two sets have a null intersection.", true, func(s *Set, args py.Tuple) (py.Object, error) {
		if err := oneArg(s, "isdisjoint", args); err != nil {
			return nil, err
		}
		return boolResult(s.IsDisjoint(args[0]))
	})
	setMethod("__contains__", "x.__contains__(y) <==> y in x.", true, func(s *Set, args py.Tuple) (py.Object, error) {
		if err := oneArg(s, "__contains__", args); err != nil {
			return nil, err
		}
		return s.M__contains__(args[0])
	})
	setMethod("__len__", "Return len(self).", true, func(s *Set, args py.Tuple) (py.Object, error) {
		return py.Int(s.used), noArg(s, "__len__", args)
	})
	setMethod("__iter__", "Implement iter(self).", true, func(s *Set, args py.Tuple) (py.Object, error) {
		return s.M__iter__()
	})
	py.SetType.Dict["__hash__"] = py.None
}

func intersectionMulti(s *Set, args py.Tuple) (*Set, error) {
	if len(args) == 0 {
		return s.Copy(), nil
	}
	r := s
	for _, o := range args {
		n, err := r.Intersection(o)
		if err != nil {
			return nil, err
		}
		r = n
	}
	return r, nil
}

func setNew(name string, frozen bool, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) != 0 {
		return nil, pyerr.Newf(py.TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) > 1 {
		return nil, pyerr.Newf(py.TypeError, "%s expected at most 1 argument, got %d", name, len(args))
	}
	if len(args) == 0 {
		if frozen {
			return NewFrozenSet(), nil
		}
		return NewSet(), nil
	}
	if s, ok := args[0].(*Set); ok && frozen && s.frozen {
		return s, nil
	}
	return FromIterable(args[0], frozen)
}

// UpdateFromCall is d.update(*args, **kwargs) for a call whose keyword
// names are known in call order.
func (d *Dict) UpdateFromCall(args py.Tuple, kwargs py.StringDict, kwOrder []string) error {
	return d.updateArgs("update", args, kwargs, kwOrder)
}
