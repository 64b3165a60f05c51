package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/pylib"
	"github.com/gpyasync/gpyasync/pyerr"
)

// The opcodes of except* clauses (see the compiler's EXCEPT_STAR_*). While
// the clauses run, the stack holds the exception the body raised (orig),
// a *py.List of what the clauses raised (raised) and the part not matched
// yet (rest, None when everything matched), rest on top; a clause that
// matched adds the matched part above them.

// exceptStarStart implements EXCEPT_STAR_START.
func (f *Frame) exceptStarStart() {
	f.sp -= 3
	orig := f.Stack[f.sp+1]
	f.Stack[f.sp+2] = nil
	f.push(orig)
	f.push(py.NewList())
	f.push(orig)
}

// exceptStarMatch implements EXCEPT_STAR_MATCH; it reports whether
// nothing matched, so that the jump is taken.
func (f *Frame) exceptStarMatch() (bool, error) {
	cond := f.pop()
	rest, _ := f.top().(*py.Exception)
	match, rest, err := pylib.MatchStar(rest, cond)
	if err != nil {
		return false, err
	}
	f.Stack[f.sp-1] = exceptionOrNone(rest)
	if match == nil {
		return true, nil
	}
	f.push(match)
	return false, nil
}

func exceptionOrNone(e *py.Exception) py.Object {
	if e == nil {
		return py.None
	}
	return e
}

// exceptStarEnter implements EXCEPT_STAR_ENTER.
func (f *Frame) exceptStarEnter() {
	m := f.top().(*py.Exception)
	f.setExc(m, m.Traceback)
}

// exceptStarLeave implements EXCEPT_STAR_LEAVE: below the matched part
// are rest, raised and orig.
func (f *Frame) exceptStarLeave() {
	orig := f.Stack[f.sp-4].(*py.Exception)
	f.setExc(orig, orig.Traceback)
}

// exceptStarCollect implements EXCEPT_STAR_COLLECT.
func (f *Frame) exceptStarCollect() error {
	b := f.Blockstack[len(f.Blockstack)-1]
	if b.Type != py.TryBlockExceptHandler {
		return pyerr.Newf(py.SystemError, "popped block is not an except handler")
	}
	raised := f.Stack[f.sp-2]
	f.Blockstack = f.Blockstack[:len(f.Blockstack)-1]
	f.unwindExceptHandler(b.Level)
	list := f.Stack[f.sp-3].(*py.List)
	list.Items = append(list.Items, raised)
	f.exceptStarLeave()
	return nil
}

// exceptStarReraise implements EXCEPT_STAR_RERAISE. It reports whether
// there is an exception left, which is then in flight, as after a bare
// raise: neither chained nor given a traceback entry for this frame.
func (f *Frame) exceptStarReraise() (bool, error) {
	rest := f.pop()
	raised := f.pop().(*py.List)
	orig := f.pop().(*py.Exception)
	excs := make([]*py.Exception, 0, len(raised.Items)+1)
	for _, x := range append(raised.Items, rest) {
		if e, ok := x.(*py.Exception); ok {
			excs = append(excs, e)
		}
	}
	e, err := pylib.ReraiseStar(orig, excs)
	if err != nil || e == nil {
		return false, err
	}
	t, _ := e.Traceback.(*py.Traceback)
	f.curexc = py.ExceptionInfo{Type: e.Base, Value: e, Traceback: t}
	return true, nil
}
