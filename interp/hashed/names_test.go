package hashed

import (
	"runtime"
	"testing"
	"time"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// store assigns a name the way the evaluator does.
func store(sd py.StringDict, name string, v py.Object) {
	n := len(sd)
	sd[name] = v
	if len(sd) != n {
		AddName(sd, name)
	}
}

// del deletes a name the way the evaluator does.
func del(sd py.StringDict, name string) {
	if _, ok := sd[name]; ok {
		RemoveName(sd, name)
		delete(sd, name)
	}
}

func TestNamesOfUnrecordedMapAreSorted(t *testing.T) {
	sd := py.StringDict{"b": py.Int(1), "c": py.Int(2), "a": py.Int(3)}
	assert.Equal(t, []string{"a", "b", "c"}, Names(sd))
	assert.Empty(t, Names(py.StringDict{}))
	assert.Empty(t, Names(nil))
}

func TestNamesFollowInsertionOrder(t *testing.T) {
	sd := py.NewStringDict()
	for _, n := range []string{"zeta", "alpha", "mu", "alpha", "beta"} {
		store(sd, n, py.Int(1))
	}
	assert.Equal(t, []string{"zeta", "alpha", "mu", "beta"}, Names(sd))
}

func TestReaddedNameGoesLast(t *testing.T) {
	sd := py.NewStringDict()
	for _, n := range []string{"a", "b", "c"} {
		store(sd, n, py.None)
	}
	del(sd, "a")
	assert.Equal(t, []string{"b", "c"}, Names(sd))
	store(sd, "a", py.None)
	assert.Equal(t, []string{"b", "c", "a"}, Names(sd))

	// The same when the deletion happened behind the table's back.
	delete(sd, "b")
	store(sd, "b", py.None)
	assert.Equal(t, []string{"c", "a", "b"}, Names(sd))
}

func TestNamesAddedBehindTheTablesBack(t *testing.T) {
	// Names a Go caller put in before the first recorded one come first,
	// sorted, as do later ones relative to the next recorded name.
	sd := py.StringDict{"__name__": py.String("m"), "__doc__": py.None}
	store(sd, "z", py.None)
	sd["y2"] = py.None
	sd["y1"] = py.None
	store(sd, "a", py.None)
	assert.Equal(t, []string{"__doc__", "__name__", "z", "y1", "y2", "a"}, Names(sd))

	// Unseen names after the last recorded one are appended on read;
	// names gone from the map are dropped.
	sd["q"] = py.None
	delete(sd, "z")
	assert.Equal(t, []string{"__doc__", "__name__", "y1", "y2", "a", "q"}, Names(sd))
	store(sd, "b", py.None)
	assert.Equal(t, []string{"__doc__", "__name__", "y1", "y2", "a", "q", "b"}, Names(sd))
}

func TestEmptyNameIsANameLikeAnyOther(t *testing.T) {
	sd := py.NewStringDict()
	store(sd, "b", py.None)
	store(sd, "", py.None)
	store(sd, "a", py.None)
	assert.Equal(t, []string{"b", "", "a"}, Names(sd))
	del(sd, "")
	store(sd, "", py.None)
	assert.Equal(t, []string{"b", "a", ""}, Names(sd))
}

func TestSetNames(t *testing.T) {
	sd := py.StringDict{"a": py.None, "b": py.None, "c": py.None}
	SetNames(sd, []string{"c", "a", "b"})
	assert.Equal(t, []string{"c", "a", "b"}, Names(sd))
	store(sd, "d", py.None)
	assert.Equal(t, []string{"c", "a", "b", "d"}, Names(sd))
}

func TestMovingNamesKeepsTheRecordSmall(t *testing.T) {
	sd := py.NewStringDict()
	store(sd, "keep", py.None)
	for range 1000 {
		store(sd, "x", py.None)
		del(sd, "x")
	}
	store(sd, "x", py.None)
	assert.Equal(t, []string{"keep", "x"}, Names(sd))
	o := orderOf(sd, false)
	require.NotNil(t, o)
	assert.LessOrEqual(t, len(o.names), 2*len(o.at)+17)
}

func TestFromStringDictKeepsInsertionOrder(t *testing.T) {
	sd := py.NewStringDict()
	for i, n := range []string{"c", "a", "b"} {
		store(sd, n, py.Int(i))
	}
	d := FromStringDict(sd)
	var got []string
	var vals []py.Object
	for k, v := range d.Items() {
		got = append(got, string(k.(py.String)))
		vals = append(vals, v)
	}
	assert.Equal(t, []string{"c", "a", "b"}, got)
	assert.Equal(t, []py.Object{py.Int(0), py.Int(1), py.Int(2)}, vals)
}

func TestDictMethodsOnNamespaceKeepOrder(t *testing.T) {
	Install()
	sd := py.NewStringDict()
	store(sd, "z", py.None)
	store(sd, "a", py.None)
	call := func(name string, args ...py.Object) py.Object {
		t.Helper()
		r, err := py.Call(py.StringDictType.Dict[name], append(py.Tuple{sd}, args...), nil)
		require.NoError(t, err)
		return r
	}
	call("setdefault", py.String("m"), py.Int(1))
	call("pop", py.String("z"))
	call("__setitem__", py.String("z"), py.Int(2))
	assert.Equal(t, []string{"a", "m", "z"}, Names(sd))
	require.NoError(t, UpdateStringDict(sd, nil, py.StringDict{"y": py.None, "b": py.None}, []string{"y", "b"}))
	assert.Equal(t, []string{"a", "m", "z", "y", "b"}, Names(sd))
	keys, err := py.Call(py.StringDictType.Dict["keys"], py.Tuple{sd}, nil)
	require.NoError(t, err)
	r, err := py.Repr(keys)
	require.NoError(t, err)
	assert.Equal(t, py.String("dict_keys(['a', 'm', 'z', 'y', 'b'])"), r)
}

func TestRecordOfACollectedMapIsDropped(t *testing.T) {
	count := func() int {
		n := 0
		nameOrders.Range(func(any, any) bool { n++; return true })
		return n
	}
	before := count()
	func() {
		for range 10 {
			sd := py.NewStringDict()
			store(sd, "x", py.None)
		}
	}()
	require.Eventually(t, func() bool {
		runtime.GC()
		return count() <= before
	}, 5*time.Second, 10*time.Millisecond)
}

// BenchmarkNames reads the order of a 20-name namespace, recorded or not.
func BenchmarkNames(b *testing.B) {
	recorded, plain := py.NewStringDict(), py.NewStringDict()
	for i := range 20 {
		name := string(rune('a' + i))
		store(recorded, name, py.None)
		plain[name] = py.None
	}
	b.Run("Recorded", func(b *testing.B) {
		for range b.N {
			Names(recorded)
		}
	})
	b.Run("Unrecorded", func(b *testing.B) {
		for range b.N {
			Names(plain)
		}
	})
}
