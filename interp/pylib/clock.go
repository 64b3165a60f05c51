package pylib

import (
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
)

// The time module's clocks that gpython leaves unimplemented. monotonic
// and perf_counter share Go's monotonic clock, counted from process start.

var clockStart = time.Now()

func installClocks() {
	if py.GetModuleImpl("time") == nil {
		return
	}
	seconds := func(name, doc string, now func() float64) *py.Method {
		return py.MustNewMethod(name, func(_ py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 0 {
				return nil, pyerr.Newf(py.TypeError, "time.%s() takes no arguments (%d given)", name, len(args))
			}
			return py.Float(now()), nil
		}, 0, doc)
	}
	nanos := func(name, doc string, now func() int64) *py.Method {
		return py.MustNewMethod(name, func(_ py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 0 {
				return nil, pyerr.Newf(py.TypeError, "time.%s() takes no arguments (%d given)", name, len(args))
			}
			return py.Int(now()), nil
		}, 0, doc)
	}
	mono := func() int64 { return int64(time.Since(clockStart)) + int64(time.Second) }
	for _, m := range []*py.Method{
		seconds("monotonic", "Monotonic clock, cannot go backward.", func() float64 { return float64(mono()) / 1e9 }),
		seconds("perf_counter", "Performance counter for benchmarking.", func() float64 { return float64(mono()) / 1e9 }),
		nanos("monotonic_ns", "Monotonic clock, cannot go backward, as nanoseconds.", mono),
		nanos("perf_counter_ns", "Performance counter for benchmarking as nanoseconds.", mono),
		nanos("time_ns", "Return the current time in nanoseconds since the Epoch.", func() int64 { return time.Now().UnixNano() }),
	} {
		ReplaceMethod("time", m)
	}
}
