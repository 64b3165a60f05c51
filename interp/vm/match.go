package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/hashed"
	"github.com/gpyasync/gpyasync/interp/object"
	"github.com/gpyasync/gpyasync/iterproto"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// The opcodes of match statements; see the compiler's MATCH_* constants.

// abcSequences and abcMappings name the classes of collections.abc that
// make their subclasses sequences or mappings for pattern matching, as
// CPython's Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING do.
var (
	abcSequences = map[string]bool{"Sequence": true, "MutableSequence": true}
	abcMappings  = map[string]bool{"Mapping": true, "MutableMapping": true}
)

func isABC(t *py.Type, names map[string]bool) bool {
	if !names[t.Name] {
		return false
	}
	m, _ := t.Dict["__module__"].(py.String)
	return m == "collections.abc" || m == "_collections_abc" || m == "typing"
}

// matchKind reports whether o is a sequence and whether it is a mapping
// for pattern matching.
func matchKind(o py.Object) (seq, mapping bool) {
	switch o.(type) {
	case *py.List, py.Tuple, *py.Range:
		return true, false
	case *hashed.Dict, py.StringDict:
		return false, true
	case py.String, py.Bytes:
		return false, false
	}
	t := pyobj.TypeOf(o)
	if t == nil {
		return false, false
	}
	for _, c := range t.Mro {
		k, ok := c.(*py.Type)
		if !ok {
			continue
		}
		switch {
		case k == py.StringType || k == py.BytesType || isBuiltin(k, "bytearray"):
			return false, false
		case k == py.ListType || k == py.TupleType || k == py.RangeType || isBuiltin(k, "deque") || isABC(k, abcSequences):
			return true, false
		case k == py.StringDictType || isABC(k, abcMappings):
			return false, true
		}
	}
	return isBuiltin(t, "deque"), false
}

// isBuiltin reports whether t is the Go-defined class called name, for
// classes this package cannot import.
func isBuiltin(t *py.Type, name string) bool {
	return t.Name == name && !object.IsUserClass(t)
}

func (f *Frame) matchSequence() {
	seq, _ := matchKind(f.top())
	f.push(py.NewBool(seq))
}

func (f *Frame) matchMapping() {
	_, mapping := matchKind(f.top())
	f.push(py.NewBool(mapping))
}

func (f *Frame) getLen() error {
	n, err := py.Len(f.top())
	if err != nil {
		return pyerr.Info(err)
	}
	f.push(n)
	return nil
}

// missing is what a mapping's get returns for a key it lacks.
type missing struct{}

var missingType = py.NewType("missing", "")

func (missing) Type() *py.Type { return missingType }

// matchKeys implements MATCH_KEYS with the mapping's get method, as
// CPython does, so that __missing__ plays no part.
func (f *Frame) matchKeys() error {
	keys := f.top().(py.Tuple)
	subject := f.Stack[f.sp-2]
	seen := hashed.NewDict()
	values := make(py.Tuple, len(keys))
	var get py.Object
	d, exact := subject.(*hashed.Dict)
	if !exact {
		var err error
		if get, err = object.GetAttr(subject, "get"); err != nil {
			return err
		}
	}
	for i, k := range keys {
		if _, dup, err := seen.Get(k); err != nil {
			return err
		} else if dup {
			r, _ := py.ReprAsString(k)
			return pyerr.Newf(py.ValueError, "mapping pattern checks duplicate key (%s)", r)
		}
		if err := seen.SetItem(k, py.None); err != nil {
			return err
		}
		var v py.Object
		if exact {
			var ok bool
			var err error
			if v, ok, err = d.Get(k); err != nil {
				return err
			} else if !ok {
				f.push(py.None)
				return nil
			}
		} else {
			var err error
			if v, err = py.Call(get, py.Tuple{k, missing{}}, nil); err != nil {
				return pyerr.Info(err)
			}
			if _, absent := v.(missing); absent {
				f.push(py.None)
				return nil
			}
		}
		values[i] = v
	}
	f.push(values)
	return nil
}

// copyDictWithoutKeys implements COPY_DICT_WITHOUT_KEYS.
func (f *Frame) copyDictWithoutKeys() error {
	keys := f.top().(py.Tuple)
	rest, err := copyMapping(f.Stack[f.sp-2])
	if err != nil {
		return err
	}
	for _, k := range keys {
		if _, err := rest.Delete(k); err != nil {
			return err
		}
	}
	f.Stack[f.sp-1] = rest
	return nil
}

// copyMapping is dict(m).
func copyMapping(m py.Object) (*hashed.Dict, error) {
	switch m := m.(type) {
	case *hashed.Dict:
		return m.Copy(), nil
	case py.StringDict:
		return hashed.FromStringDict(m), nil
	}
	if i, ok := m.(*object.Instance); ok {
		if d, ok := i.Base.(*hashed.Dict); ok {
			return d.Copy(), nil
		}
	}
	keysFn, err := object.GetAttr(m, "keys")
	if err != nil {
		return nil, err
	}
	keys, err := py.Call(keysFn, nil, nil)
	if err != nil {
		return nil, pyerr.Info(err)
	}
	ks, err := iterproto.Collect(keys)
	if err != nil {
		return nil, err
	}
	rest := hashed.NewDict()
	for _, k := range ks {
		v, err := py.GetItem(m, k)
		if err != nil {
			return nil, pyerr.Info(err)
		}
		if err := rest.SetItem(k, v); err != nil {
			return nil, err
		}
	}
	return rest, nil
}

// selfMatching are the builtin types whose one positional sub-pattern
// matches the subject itself.
var selfMatching = []*py.Type{py.BoolType, py.BytesType, py.StringDictType, py.FloatType, py.FrozenSetType,
	py.IntType, py.ListType, py.SetType, py.StringType, py.TupleType}

func isSelfMatching(cls *py.Type) bool {
	for _, c := range append(py.Tuple{cls}, cls.Mro...) {
		for _, t := range selfMatching {
			if c == py.Object(t) {
				return true
			}
		}
		if k, ok := c.(*py.Type); ok && isBuiltin(k, "bytearray") {
			return true
		}
	}
	return false
}

// matchClass implements MATCH_CLASS.
func (f *Frame) matchClass(npos int) error {
	names := f.pop().(py.Tuple)
	cls := f.pop()
	res, err := matchClass(f.top(), cls, npos, names)
	if err != nil {
		return err
	}
	f.Stack[f.sp-1] = res
	return nil
}

func matchClass(subject, clsObj py.Object, npos int, kwNames py.Tuple) (py.Object, error) {
	cls, ok := clsObj.(*py.Type)
	if !ok || !pyobj.IsClass(cls) {
		return nil, pyerr.Newf(py.TypeError, "called match pattern must be a type")
	}
	if ok, err := object.IsInstance(subject, cls); err != nil || !ok {
		return py.None, err
	}
	var attrs py.Tuple
	var seen []string
	lookup := func(name string) (bool, error) {
		for _, s := range seen {
			if s == name {
				r, _ := py.ReprAsString(py.String(name))
				return false, pyerr.Newf(py.TypeError, "%s() got multiple sub-patterns for attribute %s", cls.Name, r)
			}
		}
		seen = append(seen, name)
		v, err := object.GetAttr(subject, name)
		if err != nil {
			if pyerr.Matches(err, py.AttributeError) {
				return false, nil
			}
			return false, err
		}
		attrs = append(attrs, v)
		return true, nil
	}
	if npos > 0 {
		var args py.Tuple
		matchSelf := false
		ma, err := object.GetAttr(cls, "__match_args__")
		switch {
		case err == nil:
			t, ok := ma.(py.Tuple)
			if !ok {
				return nil, pyerr.Newf(py.TypeError, "%s.__match_args__ must be a tuple (got %s)", cls.Name, pyobj.TypeOf(ma).Name)
			}
			args = t
		case pyerr.Matches(err, py.AttributeError):
			matchSelf = isSelfMatching(cls)
		default:
			return nil, err
		}
		allowed := len(args)
		if matchSelf {
			allowed = 1
		}
		if npos > allowed {
			plural := "s"
			if allowed == 1 {
				plural = ""
			}
			return nil, pyerr.Newf(py.TypeError, "%s() accepts %d positional sub-pattern%s (%d given)", cls.Name, allowed, plural, npos)
		}
		if matchSelf {
			attrs = append(attrs, subject)
		} else {
			for _, a := range args[:npos] {
				name, ok := a.(py.String)
				if !ok {
					return nil, pyerr.Newf(py.TypeError, "__match_args__ elements must be strings (got %s)", pyobj.TypeOf(a).Name)
				}
				if found, err := lookup(string(name)); !found {
					return py.None, err
				}
			}
		}
	}
	for _, k := range kwNames {
		if found, err := lookup(string(k.(py.String))); !found {
			return py.None, err
		}
	}
	return attrs, nil
}

// matchCopy implements MATCH_COPY.
func (f *Frame) matchCopy(n int) error {
	if n < 1 || n > f.sp {
		return pyerr.Newf(py.SystemError, "MATCH_COPY %d out of range", n)
	}
	f.push(f.Stack[f.sp-n])
	return nil
}

// matchStore implements MATCH_STORE.
func (f *Frame) matchStore(n int) error {
	v := f.pop()
	if n < 1 || n > f.sp {
		return pyerr.Newf(py.SystemError, "MATCH_STORE %d out of range", n)
	}
	f.Stack[f.sp-n] = v
	return nil
}
