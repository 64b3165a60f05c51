package locks

import (
	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/pyerr"
)

// BrokenBarrierError is raised by Barrier.wait when the barrier is
// aborted or reset while tasks wait.
var BrokenBarrierError = py.RuntimeError.NewType("BrokenBarrierError", "Barrier is broken by barrier.abort() call.", nil, nil)

// BarrierType is the Python type of Barrier objects.
var BarrierType = newType("Barrier", locksModule, "Asyncio equivalent to threading.Barrier.", func(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var parties py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:Barrier", []string{"parties"}, &parties); err != nil {
		return nil, err
	}
	n, err := py.MakeGoInt(parties)
	if err != nil {
		return nil, err
	}
	return NewBarrier(n)
})

// barrierState is the phase of a Barrier.
type barrierState uint8

const (
	filling barrierState = iota
	draining
	resetting
	broken
)

func (s barrierState) String() string {
	return [...]string{"filling", "draining", "resetting", "broken"}[s]
}

// Barrier is asyncio's Barrier: tasks wait until parties of them wait,
// then all go on. Its methods must be called on its loop's goroutine.
type Barrier struct {
	cond    *Condition
	parties int
	state   barrierState
	count   int // tasks inside wait
}

// NewBarrier makes a barrier for parties tasks, which must be positive.
func NewBarrier(parties int) (*Barrier, error) {
	if parties < 1 {
		return nil, pyerr.Newf(py.ValueError, "parties must be > 0")
	}
	return &Barrier{cond: NewCondition(nil), parties: parties}, nil
}

// Type returns BarrierType.
func (b *Barrier) Type() *py.Type { return BarrierType }

// M__repr__ is <asyncio.locks.Barrier object at 0x... [filling, waiters:1/3]>.
func (b *Barrier) M__repr__() (py.Object, error) {
	extra := b.state.String()
	if b.state != broken {
		extra += ", waiters:" + itoa(b.NWaiting()) + "/" + itoa(b.parties)
	}
	return objectRepr(b, locksModule, extra), nil
}

// Parties returns the number of tasks the barrier waits for.
func (b *Barrier) Parties() int { return b.parties }

// NWaiting returns the number of tasks waiting while the barrier fills.
func (b *Barrier) NWaiting() int {
	if b.state == filling {
		return b.count
	}
	return 0
}

// Broken reports whether the barrier was aborted.
func (b *Barrier) Broken() bool { return b.state == broken }

// withCond runs body holding the condition's lock, as `async with cond`
// does: the lock is released however body ends.
func (b *Barrier) withCond(body func(finish func(py.Object, error) step) step) step {
	return await(b.cond.lock.(*Lock).Acquire(), func(_ py.Object, err error) step {
		if err != nil {
			return fail(err)
		}
		return body(func(v py.Object, err error) step {
			if rerr := b.cond.Release(); rerr != nil {
				return fail(rerr)
			}
			return done(v, err)
		})
	})
}

// Wait returns a coroutine that waits until parties tasks wait and
// finishes with this task's index, 0 to parties-1; it raises
// BrokenBarrierError when the barrier is aborted or reset meanwhile.
func (b *Barrier) Wait() py.Object {
	return coro("Barrier.wait", b.wait)
}

func (b *Barrier) wait() step {
	return b.withCond(func(finish func(py.Object, error) step) step {
		// Tasks of the previous round must leave first.
		return await(coro("Barrier._block", func() step {
			return b.cond.waitFor(b.predicate(func() bool { return b.state != draining && b.state != resetting }))
		}), func(_ py.Object, err error) step {
			if err != nil {
				return finish(nil, err)
			}
			if b.state == broken {
				return finish(nil, pyerr.New(BrokenBarrierError, py.String("Barrier aborted")))
			}
			index := b.count
			b.count++
			leave := func(err error) step {
				b.count--
				b.exit()
				if err != nil {
					return finish(nil, err)
				}
				return finish(py.Int(index), nil)
			}
			if index+1 == b.parties {
				b.state = draining
				return leave(b.cond.NotifyAll())
			}
			return await(coro("Barrier._wait", func() step {
				return b.cond.waitFor(b.predicate(func() bool { return b.state != filling }))
			}), func(_ py.Object, err error) step {
				if err == nil && (b.state == broken || b.state == resetting) {
					err = pyerr.New(BrokenBarrierError, py.String("Abort or reset of barrier"))
				}
				return leave(err)
			})
		})
	})
}

func (b *Barrier) predicate(fn func() bool) func() (py.Object, error) {
	return func() (py.Object, error) { return py.NewBool(fn()), nil }
}

// exit ends a round once the last task has left.
func (b *Barrier) exit() {
	if b.count == 0 {
		if b.state == resetting || b.state == draining {
			b.state = filling
		}
		_ = b.cond.NotifyAll()
	}
}

// Reset returns a coroutine that puts the barrier back to its initial
// state; tasks waiting get BrokenBarrierError.
func (b *Barrier) Reset() py.Object {
	return coro("Barrier.reset", func() step {
		return b.withCond(func(finish func(py.Object, error) step) step {
			if b.count > 0 {
				b.state = resetting
			} else {
				b.state = filling
			}
			return finish(py.None, b.cond.NotifyAll())
		})
	})
}

// Abort returns a coroutine that breaks the barrier: tasks waiting and
// tasks that wait later get BrokenBarrierError.
func (b *Barrier) Abort() py.Object {
	return coro("Barrier.abort", func() step {
		return b.withCond(func(finish func(py.Object, error) step) step {
			b.state = broken
			return finish(py.None, b.cond.NotifyAll())
		})
	})
}

func init() {
	BrokenBarrierError.Dict["__module__"] = py.String("asyncio.exceptions")
	ready(BrokenBarrierError)
	ready(BarrierType)
	method0(BarrierType, "wait", "Wait for the barrier.", func(b *Barrier) (py.Object, error) {
		return b.Wait(), nil
	})
	method0(BarrierType, "reset", "Reset the barrier to the initial state.", func(b *Barrier) (py.Object, error) {
		return b.Reset(), nil
	})
	method0(BarrierType, "abort", "Place the barrier into a 'broken' state.", func(b *Barrier) (py.Object, error) {
		return b.Abort(), nil
	})
	property(BarrierType, "parties", "Return the number of tasks required to trip the barrier.", func(b *Barrier) py.Object {
		return py.Int(b.parties)
	})
	property(BarrierType, "n_waiting", "Return the number of tasks currently waiting at the barrier.", func(b *Barrier) py.Object {
		return py.Int(b.NWaiting())
	})
	property(BarrierType, "broken", "Return True if the barrier is in a broken state.", func(b *Barrier) py.Object {
		return py.NewBool(b.Broken())
	})
	BarrierType.Dict["__aenter__"] = py.MustNewMethod("__aenter__", func(self py.Object) (py.Object, error) {
		b, err := recv[*Barrier](self, BarrierType, "__aenter__")
		if err != nil {
			return nil, err
		}
		return b.Wait(), nil
	}, 0, "")
	BarrierType.Dict["__aexit__"] = py.MustNewMethod("__aexit__", func(self py.Object, args py.Tuple) (py.Object, error) {
		if _, err := recv[*Barrier](self, BarrierType, "__aexit__"); err != nil {
			return nil, err
		}
		return coro("__aexit__", func() step { return done(py.None, nil) }), nil
	}, 0, "")
}

var _ py.I__repr__ = (*Barrier)(nil)
