package eventloop

import (
	"cmp"
	"runtime"
	"slices"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/pytext"
)

// A future whose exception nobody retrieved is reported through the
// exception handler, as CPython reports it when the future is destroyed:
// when Go's collector finds the future unreachable, or when the loop
// closes while the future is still referenced.
//
// The finalizer is not on the future itself. Go never collects a cycle
// that holds an object with a finalizer, and a task is often in one (its
// coroutine's frame may refer to it), so a finalizer on it would leak the
// cycle. It is on a small sentinel only the future refers to, which
// refers to nothing that leads back to the future. The report therefore
// carries the future's repr, taken when it failed, not the future.

// excLog is what a report needs.
type excLog struct {
	loop   *Loop
	msg    string
	exc    error
	future string // repr of the future when it failed
	seq    uint64 // failure order
}

// unretrieved is the sentinel whose finalizer reports its excLog.
type unretrieved struct {
	log *excLog
}

// watchUnretrieved registers the exception exc of the future self, which
// just failed, and returns the sentinel self must keep.
func (l *Loop) watchUnretrieved(self py.Object, exc error) *unretrieved {
	msg := "Future exception was never retrieved"
	if _, ok := self.(*Task); ok {
		msg = "Task exception was never retrieved"
	}
	l.failures++
	lg := &excLog{loop: l, msg: msg, exc: exc, future: pytext.SafeRepr(self), seq: l.failures}
	if l.unretrieved == nil {
		l.unretrieved = map[*excLog]struct{}{}
	}
	l.unretrieved[lg] = struct{}{}
	s := &unretrieved{log: lg}
	runtime.SetFinalizer(s, finalizeUnretrieved)
	return s
}

// finalizeUnretrieved runs on the collector's finalizer goroutine, where
// no Python code may run: it submits the report to the loop, which drops
// it once closed.
func finalizeUnretrieved(s *unretrieved) {
	lg := s.log
	_ = lg.loop.Submit(func() { lg.loop.reportUnretrieved(lg) })
}

// forget withdraws the report: the exception was retrieved.
func (s *unretrieved) forget() {
	delete(s.log.loop.unretrieved, s.log)
	runtime.SetFinalizer(s, nil)
}

// reportUnretrieved reports lg unless it was reported or withdrawn.
func (l *Loop) reportUnretrieved(lg *excLog) {
	if _, ok := l.unretrieved[lg]; !ok {
		return
	}
	delete(l.unretrieved, lg)
	l.CallExceptionHandler(ExceptionContext{Message: lg.msg, Exception: lg.exc, FutureRepr: lg.future})
}

// reportAllUnretrieved reports the exceptions still unseen when the loop
// closes, in the order the futures failed.
func (l *Loop) reportAllUnretrieved() {
	logs := make([]*excLog, 0, len(l.unretrieved))
	for lg := range l.unretrieved {
		logs = append(logs, lg)
	}
	slices.SortFunc(logs, func(a, b *excLog) int { return cmp.Compare(a.seq, b.seq) })
	for _, lg := range logs {
		l.reportUnretrieved(lg)
	}
}
