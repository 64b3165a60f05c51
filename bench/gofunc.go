package main

import (
	"context"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/eventloop"
)

// The module _gobench gives the round-trip workload a Go function to await:
// echo(x) returns x. run_in_executor runs it on a goroutine of its own
// (eventloop.GoCallable); CPython, lacking the module, uses a Python echo
// in its thread pool, which is what the workload compares.
var echoType = py.NewType("go_echo", "echo(x) -> x, run by Go.")

type echo struct{}

func (echo) Type() *py.Type { return echoType }

// M__call__ lets Python call it directly too.
func (echo) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return echo{}.CallGo(context.Background(), args)
}

// CallGo returns its only argument.
func (echo) CallGo(_ context.Context, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "echo() takes exactly one argument (%d given)", len(args))
	}
	return args[0], nil
}

var _ eventloop.GoCallable = echo{}

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_gobench", Doc: "Go functions for the bench workloads."},
		Globals: py.StringDict{"echo": echo{}},
	})
}
