package vm

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/hashed"
	"github.com/gpyasync/gpyasync/iterproto"
	"github.com/gpyasync/gpyasync/pyerr"
)

// The PEP 448 opcodes: displays and calls with * and **, with CPython
// 3.11's errors.

// notIterable reports whether err is the TypeError iter(o) raises because
// o's type has no __iter__ and no __getitem__, rather than one raised while
// iterating it.
func notIterable(err error, o py.Object) bool {
	if !pyerr.Matches(err, py.TypeError) {
		return false
	}
	args, ok := pyerr.Exception(err).Args.(py.Tuple)
	if !ok || len(args) != 1 {
		return false
	}
	msg, ok := args[0].(py.String)
	return ok && string(msg) == fmt.Sprintf("'%s' object is not iterable", o.Type().Name)
}

// listExtend implements LIST_EXTEND.
func (f *Frame) listExtend(arg int) error {
	it := f.pop()
	l := f.Stack[f.sp-arg].(*py.List)
	items, err := iterproto.Collect(it)
	if err != nil {
		if notIterable(err, it) {
			return pyerr.Newf(py.TypeError, "Value after * must be an iterable, not %s", it.Type().Name)
		}
		return err
	}
	l.Items = append(l.Items, items...)
	return nil
}

// setUpdate implements SET_UPDATE.
func (f *Frame) setUpdate(arg int) error {
	it := f.pop()
	return f.Stack[f.sp-arg].(*hashed.Set).Update(it)
}

// listToTuple implements LIST_TO_TUPLE.
func (f *Frame) listToTuple() {
	l := f.top().(*py.List)
	f.Stack[f.sp-1] = py.Tuple(append([]py.Object(nil), l.Items...))
}

// buildMapItems implements BUILD_MAP_ITEMS.
func (f *Frame) buildMapItems(n int) error {
	d := hashed.NewDictSized(n)
	base := f.sp - 2*n
	for i := base; i < f.sp; i += 2 {
		if err := d.SetItem(f.Stack[i], f.Stack[i+1]); err != nil {
			f.unwindTo(base)
			return err
		}
	}
	f.unwindTo(base)
	f.push(d)
	return nil
}

// errDuplicate is what mergeMapping returns for a key already in the
// dict when duplicates are refused.
type errDuplicate struct{ key py.Object }

func (errDuplicate) Error() string { return "duplicate key" }

// mergeMapping adds the pairs of the mapping m to d in m's order: a dict's
// own pairs, else m[k] for each k of m.keys(). With unique set, a key d
// already has is an errDuplicate. Like CPython, the callers report any
// AttributeError on the way (from m having no keys method, or raised by
// it) as m not being a mapping.
func mergeMapping(d *hashed.Dict, m py.Object, unique bool) error {
	set := func(k, v py.Object) error {
		if unique {
			_, dup, err := d.Get(k)
			if err != nil {
				return err
			}
			if dup {
				return errDuplicate{k}
			}
		}
		return d.SetItem(k, v)
	}
	switch x := m.(type) {
	case *hashed.Dict:
		if !unique {
			return d.Merge(x)
		}
		for k, v := range x.Items() {
			if err := set(k, v); err != nil {
				return err
			}
		}
		return nil
	case py.StringDict:
		m = hashed.FromStringDict(x)
		return mergeMapping(d, m, unique)
	}
	keys, err := py.GetAttrString(m, "keys")
	if err != nil {
		return pyerr.Info(err)
	}
	ks, err := py.Call(keys, nil, nil)
	if err != nil {
		return pyerr.Info(err)
	}
	for k, err := range iterproto.All(ks) {
		if err != nil {
			return err
		}
		v, err := py.GetItem(m, k)
		if err != nil {
			return pyerr.Info(err)
		}
		if err := set(k, v); err != nil {
			return err
		}
	}
	return nil
}

// dictUpdate implements DICT_UPDATE.
func (f *Frame) dictUpdate(arg int) error {
	m := f.pop()
	err := mergeMapping(f.Stack[f.sp-arg].(*hashed.Dict), m, false)
	if err != nil && pyerr.Matches(err, py.AttributeError) {
		return pyerr.Newf(py.TypeError, "'%s' object is not a mapping", m.Type().Name)
	}
	return err
}

// dictMerge implements DICT_MERGE: the function being called is two
// values below the dict.
func (f *Frame) dictMerge(arg int) error {
	m := f.pop()
	fn := f.Stack[f.sp-arg-2]
	err := mergeMapping(f.Stack[f.sp-arg].(*hashed.Dict), m, true)
	if err == nil {
		return nil
	}
	return mergeError(fn, m, err)
}

// mergeError is the error of a call's **m argument that failed to merge
// with err, worded as CPython words it.
func mergeError(fn, m py.Object, err error) error {
	if e, ok := err.(errDuplicate); ok {
		return duplicateKeyword(fn, e.key)
	}
	if pyerr.Matches(err, py.AttributeError) {
		return pyerr.Newf(py.TypeError, "%s argument after ** must be a mapping, not %s", funcDesc(fn), m.Type().Name)
	}
	return err
}

func duplicateKeyword(fn, key py.Object) error {
	s, err := py.Str(key)
	if err != nil {
		return pyerr.Info(err)
	}
	return pyerr.Newf(py.TypeError, "%s got multiple values for keyword argument '%s'", funcDesc(fn), s)
}

// callEx implements CALL_FUNCTION_EX.
func (f *Frame) callEx(arg int) error {
	var kw py.Object
	if arg&1 != 0 {
		kw = f.pop()
	}
	args := f.pop()
	if _, ok := args.(py.Tuple); !ok {
		items, err := iterproto.Collect(args)
		if err != nil {
			fn := f.pop()
			if notIterable(err, args) {
				return pyerr.Newf(py.TypeError, "%s argument after * must be an iterable, not %s", funcDesc(fn), args.Type().Name)
			}
			return err
		}
		args = py.Tuple(items)
	}
	return f.call(0, args, kw)
}
