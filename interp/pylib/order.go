package pylib

import (
	"sort"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/iterproto"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// sorted, list.sort, min and max order with pyobj.Less, so that they order
// tuples and lists and report CPython's TypeError for unorderable items,
// which gpython's versions do not.

const sortedDoc = `sorted(iterable, /, *, key=None, reverse=False)

Return a new list containing all items from the iterable in ascending order.`

func builtinSorted(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 1 {
		return nil, pyerr.Newf(py.TypeError, "sorted expected 1 argument, got %d", len(args))
	}
	items, err := iterproto.Collect(args[0])
	if err != nil {
		return nil, err
	}
	l := &py.List{Items: items}
	if err := sortList(l, kwargs, "sorted"); err != nil {
		return nil, err
	}
	return l, nil
}

func listSort(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	l, ok := self.(*py.List)
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "descriptor 'sort' for 'list' objects doesn't apply to a '%s' object", pyobj.TypeOf(self).Name)
	}
	if len(args) != 0 {
		return nil, pyerr.Newf(py.TypeError, "sort() takes no positional arguments")
	}
	return py.None, sortList(l, kwargs, "sort")
}

// sortList is list.sort(key=..., reverse=...): stable, also when
// reversed, and stopping at the first comparison or key that fails.
func sortList(l *py.List, kwargs py.StringDict, fn string) error {
	key, reverse := py.Object(py.None), false
	for name, v := range kwargs {
		switch name {
		case "key":
			key = v
		case "reverse":
			r, err := pyobj.Truth(v)
			if err != nil {
				return err
			}
			reverse = r
		default:
			return pyerr.Newf(py.TypeError, "%s() got an unexpected keyword argument '%s'", fn, name)
		}
	}
	keys, err := keysOf(l.Items, key)
	if err != nil {
		return err
	}
	idx := make([]int, len(keys))
	for i := range idx {
		idx[i] = i
	}
	var failed error
	sort.SliceStable(idx, func(i, j int) bool {
		if failed != nil {
			return false
		}
		a, b := keys[idx[i]], keys[idx[j]]
		if reverse {
			a, b = b, a
		}
		less, err := pyobj.Less(a, b)
		if err != nil {
			failed = err
		}
		return less
	})
	if failed != nil {
		return failed
	}
	sorted := make([]py.Object, len(idx))
	for i, k := range idx {
		sorted[i] = l.Items[k]
	}
	copy(l.Items, sorted)
	return nil
}

// keysOf applies key to every item, or returns the items when key is None.
func keysOf(items []py.Object, key py.Object) ([]py.Object, error) {
	if key == py.None {
		return items, nil
	}
	keys := make([]py.Object, len(items))
	for i, it := range items {
		k, err := py.Call(key, py.Tuple{it}, nil)
		if err != nil {
			return nil, pyerr.Info(err)
		}
		keys[i] = k
	}
	return keys, nil
}

const minDoc = `min(iterable, *[, default=obj, key=func]) -> value
min(arg1, arg2, *args, *[, key=func]) -> value

With a single iterable argument, return its smallest item.`

const maxDoc = `max(iterable, *[, default=obj, key=func]) -> value
max(arg1, arg2, *args, *[, key=func]) -> value

With a single iterable argument, return its biggest item.`

func builtinMin(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return extreme("min", false, args, kwargs)
}

func builtinMax(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return extreme("max", true, args, kwargs)
}

// extreme is min (biggest false) or max: the first item no other item is
// strictly beyond.
func extreme(fn string, biggest bool, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var key, dflt py.Object = py.None, nil
	for name, v := range kwargs {
		switch name {
		case "key":
			key = v
		case "default":
			dflt = v
		default:
			return nil, pyerr.Newf(py.TypeError, "%s() got an unexpected keyword argument '%s'", fn, name)
		}
	}
	var items []py.Object
	switch len(args) {
	case 0:
		return nil, pyerr.Newf(py.TypeError, "%s expected at least 1 argument, got 0", fn)
	case 1:
		var err error
		if items, err = iterproto.Collect(args[0]); err != nil {
			return nil, err
		}
	default:
		if dflt != nil {
			return nil, pyerr.Newf(py.TypeError, "Cannot specify a default for %s() with multiple positional arguments", fn)
		}
		items = args
	}
	if len(items) == 0 {
		if dflt != nil {
			return dflt, nil
		}
		return nil, pyerr.Newf(py.ValueError, "%s() arg is an empty sequence", fn)
	}
	keys, err := keysOf(items, key)
	if err != nil {
		return nil, err
	}
	best := 0
	for i := 1; i < len(items); i++ {
		a, b := keys[i], keys[best]
		if biggest {
			a, b = b, a
		}
		beyond, err := pyobj.Less(a, b)
		if err != nil {
			return nil, err
		}
		if beyond {
			best = i
		}
	}
	return items[best], nil
}
