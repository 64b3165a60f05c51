package hashed

import (
	"strconv"
	"testing"

	"github.com/go-python/gpython/py"
)

func strKeys(n int) []py.Object {
	keys := make([]py.Object, n)
	for i := range keys {
		keys[i] = py.String("key" + strconv.Itoa(i))
	}
	return keys
}

func intKeys(n int) []py.Object {
	keys := make([]py.Object, n)
	for i := range keys {
		keys[i] = py.Int(i * 7)
	}
	return keys
}

// BenchmarkDictSetGet stores and reads back 1000 keys per op.
func BenchmarkDictSetGet(b *testing.B) {
	for _, c := range []struct {
		name string
		keys []py.Object
	}{{"str", strKeys(1000)}, {"int", intKeys(1000)}} {
		b.Run(c.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				d := NewDict()
				for _, k := range c.keys {
					if err := d.SetItem(k, k); err != nil {
						b.Fatal(err)
					}
					if _, ok, err := d.Get(k); !ok || err != nil {
						b.Fatal(k, err)
					}
				}
			}
		})
	}
}

// BenchmarkStringDictSetGet is the same work on gpython's Go-map dict.
func BenchmarkStringDictSetGet(b *testing.B) {
	keys := strKeys(1000)
	for i := 0; i < b.N; i++ {
		d := py.NewStringDict()
		for _, k := range keys {
			d[string(k.(py.String))] = k
			if _, ok := d[string(k.(py.String))]; !ok {
				b.Fatal(k)
			}
		}
	}
}

// BenchmarkGetString reads one key of a 100-key dict, as attribute and
// keyword lookups do.
func BenchmarkGetString(b *testing.B) {
	d := NewDict()
	for _, k := range strKeys(100) {
		d.SetString(string(k.(py.String)), k)
	}
	for i := 0; i < b.N; i++ {
		if _, ok := d.GetString("key42"); !ok {
			b.Fatal("missing")
		}
	}
}

// BenchmarkSetAddContains adds 1000 ints and tests each for membership.
func BenchmarkSetAddContains(b *testing.B) {
	keys := intKeys(1000)
	for i := 0; i < b.N; i++ {
		s := NewSet()
		for _, k := range keys {
			if err := s.Add(k); err != nil {
				b.Fatal(err)
			}
		}
		for _, k := range keys {
			if in, err := s.Contains(k); !in || err != nil {
				b.Fatal(k, err)
			}
		}
	}
}
