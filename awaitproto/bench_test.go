package awaitproto_test

import (
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/awaitproto"
)

// BenchmarkSend is one step of a Go coroutine through Send.
func BenchmarkSend(b *testing.B) {
	c := awaitproto.NewCoroutine("spin", awaitproto.StepFunc(func(py.Object, error) (awaitproto.Result, error) {
		return awaitproto.Result{Value: py.None}, nil
	}))
	b.ReportAllocs()
	for range b.N {
		if _, err := awaitproto.Send(c, py.None); err != nil {
			b.Fatal(err)
		}
	}
}

// once yields once, then finishes with 1.
type once struct{ yielded bool }

func (o *once) Step(py.Object, error) (awaitproto.Result, error) {
	if o.yielded {
		return awaitproto.Result{Value: py.Int(1), Done: true}, nil
	}
	o.yielded = true
	return awaitproto.Result{Value: py.None}, nil
}

// BenchmarkDriveYieldOnce drives a fresh awaitable that yields once.
func BenchmarkDriveYieldOnce(b *testing.B) {
	b.ReportAllocs()
	for range b.N {
		if _, err := awaitproto.Drive(awaitproto.NewCoroutine("once", &once{}), sendNone); err != nil {
			b.Fatal(err)
		}
	}
}
