package object

import (
	"runtime"
	"sort"
	"sync"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/hashed"
	"github.com/gpyasync/gpyasync/pyerr"
)

// MappingProxyType is the type of C.__dict__: a read-only view of a
// class's namespace in definition order.
var MappingProxyType = py.NewType("mappingproxy", "Read-only proxy of a mapping.")

// MappingProxy is C.__dict__. gpython keeps a class's namespace in a Go
// map, so the proxy lists names in the order the class body defined them
// (recorded when the class was made), then names added later.
type MappingProxy struct{ cls *py.Type }

// classOrder is the definition order of a class's names.
type classOrder struct {
	mu    sync.Mutex
	names []string
}

// classOrders maps a class (weakly) to its *classOrder.
var classOrders sync.Map

func recordOrder(cls *py.Type, names []string) {
	key := weak.Make(cls)
	classOrders.Store(key, &classOrder{names: names})
	runtime.AddCleanup(cls, func(k weak.Pointer[py.Type]) { classOrders.Delete(k) }, key)
}

// NewMappingProxy returns cls.__dict__.
func NewMappingProxy(cls *py.Type) *MappingProxy { return &MappingProxy{cls: cls} }

// Type returns mappingproxy.
func (m *MappingProxy) Type() *py.Type { return MappingProxyType }

// keys lists the class's names: recorded ones still present in order,
// then the others sorted, which are then recorded so that they keep
// their place.
func (m *MappingProxy) keys() []string {
	d := m.cls.Dict
	var o *classOrder
	if v, ok := classOrders.Load(weak.Make(m.cls)); ok {
		o = v.(*classOrder)
		o.mu.Lock()
		defer o.mu.Unlock()
	}
	names := make([]string, 0, len(d))
	seen := make(map[string]bool, len(d))
	if o != nil {
		for _, k := range o.names {
			if _, ok := d[k]; ok && !seen[k] {
				names = append(names, k)
				seen[k] = true
			}
		}
	}
	var extra []string
	for k := range d {
		if !seen[k] {
			extra = append(extra, k)
		}
	}
	sort.Strings(extra)
	if o != nil {
		o.names = append(o.names, extra...)
	}
	return append(names, extra...)
}

// Snapshot returns a dict holding the class's names in order.
func (m *MappingProxy) Snapshot() *hashed.Dict {
	keys := m.keys()
	d := hashed.NewDictSized(len(keys))
	for _, k := range keys {
		d.SetString(k, m.cls.Dict[k])
	}
	return d
}

// M__getitem__ is proxy[key].
func (m *MappingProxy) M__getitem__(key py.Object) (py.Object, error) {
	if s, ok := key.(py.String); ok {
		if v, ok := m.cls.Dict[string(s)]; ok {
			return v, nil
		}
	}
	if _, err := hashed.Hash(key); err != nil {
		return nil, err
	}
	return nil, hashed.KeyError(key)
}

// M__contains__ is key in proxy.
func (m *MappingProxy) M__contains__(key py.Object) (py.Object, error) {
	s, ok := key.(py.String)
	if !ok {
		if _, err := hashed.Hash(key); err != nil {
			return nil, err
		}
		return py.False, nil
	}
	_, ok = m.cls.Dict[string(s)]
	return py.NewBool(ok), nil
}

// M__len__ is len(proxy).
func (m *MappingProxy) M__len__() (py.Object, error) { return py.Int(len(m.cls.Dict)), nil }

// M__iter__ is iter(proxy): the names, in order.
func (m *MappingProxy) M__iter__() (py.Object, error) { return m.Snapshot().M__iter__() }

// M__eq__ compares the namespace as a dict.
func (m *MappingProxy) M__eq__(other py.Object) (py.Object, error) {
	if o, ok := other.(*MappingProxy); ok {
		other = o.Snapshot()
	}
	return m.Snapshot().M__eq__(other)
}

// M__repr__ is repr(proxy) with gpython's text for the values.
func (m *MappingProxy) M__repr__() (py.Object, error) {
	r, err := m.Snapshot().M__repr__()
	if err != nil {
		return nil, err
	}
	return py.String("mappingproxy(" + string(r.(py.String)) + ")"), nil
}

// ReprWith is repr(proxy) through interp/pytext.
func (m *MappingProxy) ReprWith(item func(py.Object) (string, error)) (string, error) {
	s, err := m.Snapshot().ReprWith(item)
	if err != nil {
		return "", err
	}
	return "mappingproxy(" + s + ")", nil
}

func init() {
	// The dict methods that read, on an ordered copy of the namespace.
	for _, name := range []string{"keys", "values", "items", "get", "copy"} {
		MappingProxyType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			m, ok := self.(*MappingProxy)
			if !ok {
				return nil, pyerr.Newf(py.TypeError, "descriptor '%s' requires a 'mappingproxy' object", name)
			}
			fn, err := py.GetAttrString(m.Snapshot(), name)
			if err != nil {
				return nil, err
			}
			return py.Call(fn, args, kwargs)
		}, 0, "")
	}
	if err := MappingProxyType.Ready(); err != nil {
		panic(err)
	}
}
