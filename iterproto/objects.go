package iterproto

import (
	"fmt"
	"iter"
	"reflect"
	"runtime"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
)

// SeqIteratorType is the Python type of the iterators FromSeq makes.
var SeqIteratorType = ready(py.NewType("go_seq_iterator", "Iterator over a Go iter.Seq."))

// seqIterator pulls from a Go sequence. The pull goroutine is released as
// soon as the sequence ends; a finalizer releases it when Python drops the
// iterator before the end.
type seqIterator struct {
	next func() (py.Object, bool)
	stop func()
	done bool
}

// FromSeq returns a Python iterator over seq. A nil item becomes None. A
// panic in seq becomes a SystemError raised by __next__.
//
// seq runs on a goroutine of its own (see iter.Pull) but only while
// __next__ waits for it, so it may touch Python objects. When Python drops
// the iterator before the end, a finalizer stops seq: yield returns false
// on the finalizer's goroutine, so what seq does after that must not touch
// Python objects.
func FromSeq(seq iter.Seq[py.Object]) py.Object {
	next, stop := iter.Pull(seq)
	it := &seqIterator{next: next, stop: stop}
	runtime.SetFinalizer(it, (*seqIterator).release)
	return it
}

// Type returns SeqIteratorType.
func (it *seqIterator) Type() *py.Type { return SeqIteratorType }

// M__iter__ returns the iterator itself.
func (it *seqIterator) M__iter__() (py.Object, error) { return it, nil }

// M__next__ pulls the next item.
func (it *seqIterator) M__next__() (res py.Object, err error) {
	if it.done {
		return nil, pyerr.New(py.StopIteration)
	}
	defer func() {
		if r := recover(); r != nil {
			it.release()
			res, err = nil, pyerr.Newf(py.SystemError, "Go sequence panicked: %v", r)
		}
	}()
	v, ok := it.next()
	if !ok {
		it.release()
		return nil, pyerr.New(py.StopIteration)
	}
	if v == nil {
		v = py.None
	}
	return v, nil
}

func (it *seqIterator) release() {
	it.done = true
	it.stop()
}

// CallIteratorType is the Python type of the iterators CallIter makes.
var CallIteratorType = ready(py.NewType("callable_iterator", "Iterator calling a function until it returns a sentinel."))

// ready finishes t's setup now: gpython readies the types made during its
// own initialization only, and an unready type has no MRO, so subclass
// checks against it fail.
func ready(t *py.Type) *py.Type {
	if err := t.Ready(); err != nil {
		panic(err)
	}
	return t
}

type callIterator struct {
	callable py.Object // nil once exhausted
	sentinel py.Object
}

// CallIter returns iter(callable, sentinel): an iterator that calls
// callable with no arguments and yields the results until one equals
// sentinel or the call raises StopIteration. Either ends it for good.
func CallIter(callable, sentinel py.Object) py.Object {
	return &callIterator{callable: callable, sentinel: sentinel}
}

// Type returns CallIteratorType.
func (c *callIterator) Type() *py.Type { return CallIteratorType }

// M__iter__ returns the iterator itself.
func (c *callIterator) M__iter__() (py.Object, error) { return c, nil }

// M__next__ calls the callable once.
func (c *callIterator) M__next__() (py.Object, error) {
	if c.callable == nil {
		return nil, pyerr.New(py.StopIteration)
	}
	res, err := py.Call(c.callable, nil, nil)
	if err != nil {
		if pyerr.Matches(err, py.StopIteration) {
			// CPython swallows the callable's StopIteration and ends
			// the iteration with a fresh, value-less one.
			c.exhaust()
			return nil, pyerr.New(py.StopIteration)
		}
		return nil, pyerr.Info(err)
	}
	eq, err := equal(c.sentinel, res)
	if err != nil {
		return nil, err
	}
	if eq {
		c.exhaust()
		return nil, pyerr.New(py.StopIteration)
	}
	return res, nil
}

func (c *callIterator) exhaust() {
	c.callable, c.sentinel = nil, nil
}

// M__repr__ follows CPython's default object repr.
func (c *callIterator) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<callable_iterator object at %p>", c)), nil
}

// equal is a == b with CPython's identity shortcut.
func equal(a, b py.Object) (bool, error) {
	if same(a, b) {
		return true, nil
	}
	res, err := py.Eq(a, b)
	if err != nil {
		if pyerr.Matches(err, py.TypeError) && a.Type() == b.Type() && !hasEq(a) {
			// gpython has no default __eq__; CPython's compares
			// identity, which same already ruled out.
			return false, nil
		}
		return false, pyerr.Info(err)
	}
	t, err := py.MakeBool(res)
	if err != nil {
		return false, pyerr.Info(err)
	}
	return t == py.True, nil
}

var (
	_ py.I_iterator = (*seqIterator)(nil)
	_ py.I_iterator = (*callIterator)(nil)
)

// same reports whether a and b are the same object. Comparing interfaces
// holding slices or maps (py.Tuple, py.StringDict) would panic, so only
// comparable dynamic types are compared.
func same(a, b py.Object) bool {
	ta := reflect.TypeOf(a)
	return ta == reflect.TypeOf(b) && ta.Comparable() && a == b
}

func hasEq(o py.Object) bool {
	if _, ok := o.(py.I__eq__); ok {
		return true
	}
	if t, ok := o.(*py.Type); ok {
		return t.GetAttrOrNil("__eq__") != nil
	}
	return false
}
