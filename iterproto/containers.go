package iterproto

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
)

// gpython's list iterator copies nothing but reads a length fixed at
// creation, and its dict iteration does not notice a dict changing size.
// These iterators behave as CPython's do; Iter returns them.

// ListIteratorType is the Python type of iter(list).
var ListIteratorType = ready(py.NewType("list_iterator", "Iterator over a list, seeing the list as it is at each step."))

// DictKeyIteratorType is the Python type of iter(dict).
var DictKeyIteratorType = ready(py.NewType("dict_keyiterator", "Iterator over the keys of a dict."))

type listIterator struct {
	list *py.List
	i    int
}

func (it *listIterator) Type() *py.Type                { return ListIteratorType }
func (it *listIterator) M__iter__() (py.Object, error) { return it, nil }

// M__next__ reads the list's current length at every step, so items
// appended during the iteration are seen, and once exhausted the iterator
// stays exhausted.
func (it *listIterator) M__next__() (py.Object, error) {
	if it.list != nil && it.i < len(it.list.Items) {
		v := it.list.Items[it.i]
		it.i++
		return v, nil
	}
	it.list = nil
	return nil, py.StopIteration
}

type dictKeyIterator struct {
	dict py.StringDict
	keys []string
	size int
	i    int
}

// StringDictKeys lists the keys of a gpython dict in iteration order. Go
// maps have none of their own; package interp/hashed installs the
// insertion order of namespaces. Set it before the first context is made.
var StringDictKeys = func(d py.StringDict) []string {
	keys := make([]string, 0, len(d))
	for k := range d {
		keys = append(keys, k)
	}
	return keys
}

func newDictKeyIterator(d py.StringDict) *dictKeyIterator {
	return &dictKeyIterator{dict: d, keys: StringDictKeys(d), size: len(d)}
}

func (it *dictKeyIterator) Type() *py.Type                { return DictKeyIteratorType }
func (it *dictKeyIterator) M__iter__() (py.Object, error) { return it, nil }

// M__next__ raises CPython's RuntimeError when the dict changed size since
// the iteration began; keys deleted and re-added meanwhile are skipped.
func (it *dictKeyIterator) M__next__() (py.Object, error) {
	if it.dict == nil {
		return nil, py.StopIteration
	}
	if len(it.dict) != it.size {
		it.dict = nil
		return nil, pyerr.Newf(py.RuntimeError, "dictionary changed size during iteration")
	}
	for it.i < len(it.keys) {
		k := it.keys[it.i]
		it.i++
		if _, ok := it.dict[k]; ok {
			return py.String(k), nil
		}
	}
	it.dict = nil
	return nil, py.StopIteration
}
