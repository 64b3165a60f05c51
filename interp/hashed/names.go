package hashed

import (
	"reflect"
	"runtime"
	"slices"
	"sync"
	"weak"

	"github.com/go-python/gpython/py"
)

// Namespaces (module globals, class bodies, exec namespaces) stay
// gpython dicts, which are Go maps with no order. The side table below
// gives each one CPython's insertion order without touching its storage:
// the evaluator reports new names as it stores them, and readers
// reconcile the record with the map, so names added or removed by Go code
// behind the table's back still come out (added ones after the recorded
// ones, sorted among themselves).

// nameOrder is the insertion order of one namespace.
type nameOrder struct {
	mu sync.Mutex
	// names holds the names in insertion order. A name moved to the end
	// or removed leaves a stale entry behind: entry i is live only when
	// at[names[i]] == i.
	names []string
	at    map[string]int
}

// nameOrders maps a namespace's map header (weakly, so that a new map at a
// reused address is not mistaken for a dead one) to its *nameOrder.
var nameOrders sync.Map

func mapPointer(sd py.StringDict) *byte {
	return (*byte)(reflect.ValueOf(sd).UnsafePointer())
}

// orderOf returns the record of sd, making one when create is set.
func orderOf(sd py.StringDict, create bool) *nameOrder {
	p := mapPointer(sd)
	if p == nil {
		return nil
	}
	key := weak.Make(p)
	if v, ok := nameOrders.Load(key); ok {
		return v.(*nameOrder)
	}
	if !create {
		return nil
	}
	v, loaded := nameOrders.LoadOrStore(key, &nameOrder{at: make(map[string]int)})
	if !loaded {
		runtime.AddCleanup(p, func(k weak.Pointer[byte]) { nameOrders.Delete(k) }, key)
	}
	return v.(*nameOrder)
}

// AddName records that name was just added to sd: call it after storing
// a name that sd did not hold, and the name comes last in sd's order,
// also when it had been deleted before (as in CPython). Names sd holds
// that the table has not seen go before it, sorted. Callers spot a new
// name without an extra lookup by comparing len(sd) around the store.
func AddName(sd py.StringDict, name string) {
	o := orderOf(sd, true)
	if o == nil {
		return
	}
	o.mu.Lock()
	// A count that differs means Go code changed sd behind the table's
	// back; many stale entries mean names were moved or removed often.
	if _, known := o.at[name]; known || len(o.at)+1 != len(sd) || len(o.names) > 2*len(o.at)+16 {
		delete(o.at, name)
		o.reconcile(sd)
	}
	o.at[name] = len(o.names)
	o.names = append(o.names, name)
	o.mu.Unlock()
}

// RemoveName records that name is being deleted from sd. Without it the
// order stays right (readers drop names sd no longer holds); it keeps the
// record in step so that AddName need not reconcile.
func RemoveName(sd py.StringDict, name string) {
	if o := orderOf(sd, false); o != nil {
		o.mu.Lock()
		delete(o.at, name)
		o.mu.Unlock()
	}
}

// SetNames records names as the whole order of sd, for code that rebuilds
// a namespace from an ordered dict.
func SetNames(sd py.StringDict, names []string) {
	o := orderOf(sd, true)
	if o == nil {
		return
	}
	o.mu.Lock()
	o.names = append(o.names[:0], names...)
	clear(o.at)
	for i, n := range o.names {
		o.at[n] = i
	}
	o.mu.Unlock()
}

// Names returns the names of sd in insertion order: the recorded ones it
// still holds, then the others sorted. It is safe to call from several
// goroutines, but sd itself must not change meanwhile.
func Names(sd py.StringDict) []string {
	o := orderOf(sd, false)
	if o == nil {
		keys := make([]string, 0, len(sd))
		for k := range sd {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		return keys
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	o.reconcile(sd)
	return slices.Clone(o.names)
}

// reconcile makes the record list exactly the names of sd: stale entries
// and names sd no longer holds are dropped, names it does not know are
// appended sorted.
func (o *nameOrder) reconcile(sd py.StringDict) {
	live := o.names[:0]
	for i, n := range o.names {
		if j, ok := o.at[n]; !ok || j != i {
			continue
		}
		if _, ok := sd[n]; !ok {
			delete(o.at, n)
			continue
		}
		o.at[n] = len(live)
		live = append(live, n)
	}
	clear(o.names[len(live):])
	o.names = live
	if len(o.at) == len(sd) {
		return
	}
	var extra []string
	for k := range sd {
		if _, ok := o.at[k]; !ok {
			extra = append(extra, k)
		}
	}
	slices.Sort(extra)
	for _, k := range extra {
		o.at[k] = len(o.names)
		o.names = append(o.names, k)
	}
}
