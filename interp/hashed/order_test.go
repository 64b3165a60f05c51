package hashed

import (
	"bufio"
	"fmt"
	"math"
	"math/big"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// lcg is the pseudo-random sequence of testdata/order.py.
type lcg struct{ state int64 }

func (r *lcg) rand(n int) int {
	r.state = (r.state*1103515245 + 12345) % 2147483648
	return int((r.state >> 8) % int64(n))
}

func (r *lcg) value() py.Object {
	switch r.rand(6) {
	case 0:
		return py.Int(r.rand(2000) - 1000)
	case 1:
		return py.Int(r.rand(64))
	case 2:
		return py.Int(int64(r.rand(1000)-500) * 1000000007)
	case 3:
		return py.Float(float64(r.rand(100)) / 4)
	case 4:
		a := r.rand(10)
		return py.Tuple{py.Int(a), py.Int(r.rand(10) - 5)}
	}
	return py.Int(-r.rand(40))
}

func text(o py.Object) string {
	switch x := o.(type) {
	case py.Int:
		return strconv.FormatInt(int64(x), 10)
	case py.Float:
		s := strconv.FormatFloat(float64(x), 'g', -1, 64)
		if !strings.ContainsAny(s, ".e") {
			s += ".0"
		}
		return s
	case py.Tuple:
		parts := make([]string, len(x))
		for i, it := range x {
			parts[i] = text(it)
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case *Set:
		return text(py.NewListFromItems(x.Items()))
	case *py.List:
		parts := make([]string, len(x.Items))
		for i, it := range x.Items {
			parts[i] = text(it)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return fmt.Sprint(o)
}

func list(items []py.Object) string { return text(py.NewListFromItems(items)) }

func mustSet(t *testing.T) func(py.Object, error) *Set {
	return func(r py.Object, err error) *Set {
		t.Helper()
		require.NoError(t, err)
		return r.(*Set)
	}
}

// TestSetOrderMatchesCPython replays order.py's operations and compares
// every printed line with CPython's output.
func TestSetOrderMatchesCPython(t *testing.T) {
	f, err := os.Open("testdata/order.golden")
	require.NoError(t, err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	next := func() string {
		require.True(t, sc.Scan())
		return sc.Text()
	}
	r := &lcg{12345}
	for trial := 0; trial < 300; trial++ {
		s := NewSet()
		var added, out []py.Object
		steps := r.rand(80)
		for step := 0; step < steps; step++ {
			op := r.rand(10)
			switch {
			case op < 6 || len(added) == 0:
				v := r.value()
				require.NoError(t, s.Add(v))
				added = append(added, v)
			case op < 8:
				_, err := s.Discard(added[r.rand(len(added))])
				require.NoError(t, err)
			case op < 9 && s.Len() > 0:
				k, ok := s.Pop()
				require.True(t, ok)
				out = append(out, k)
			default:
				require.NoError(t, s.Add(added[r.rand(len(added))]))
			}
		}
		require.Equal(t, fmt.Sprintf("%d %s %s", trial, list(s.Items()), list(out)), next(), "trial %d", trial)
		c, err := FromIterable(s, false)
		require.NoError(t, err)
		u, err := FromIterable(py.NewListFromItems(added), true)
		require.NoError(t, err)
		h, err := Hash(u)
		require.NoError(t, err)
		require.Equal(t, fmt.Sprintf("  %s %s %d", text(c), text(u), h), next(), "trial %d", trial)
		or := mustSet(t)(s.M__or__(u))
		and := mustSet(t)(s.M__and__(u))
		sub := mustSet(t)(u.M__sub__(s))
		xor := mustSet(t)(s.M__xor__(u))
		require.Equal(t, fmt.Sprintf("  %s %s %s %s", text(or), text(and), text(sub), text(xor)), next(), "trial %d", trial)
	}
	hashes := func(objs ...py.Object) string {
		parts := make([]string, len(objs))
		for i, o := range objs {
			h, err := Hash(o)
			require.NoError(t, err)
			parts[i] = strconv.FormatInt(h, 10)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	bigInt := func(s string) py.Object {
		b, ok := new(big.Int).SetString(s, 10)
		require.True(t, ok)
		return (*py.BigInt)(b)
	}
	assert.Equal(t, next(), hashes(py.Int(0), py.Int(1), py.Int(-1), py.Int(-2), py.Int(1<<61-2), py.Int(1<<61-1), py.Int(1<<61), py.Int(-(1<<61)), py.Int(math.MaxInt64), py.Int(math.MinInt64), bigInt("18446744073709551621"), bigInt("-1267650600228229401496703205376")))
	assert.Equal(t, next(), hashes(py.Float(0.5), py.Float(-0.5), py.Float(1.5), py.Float(1e100), py.Float(-1e-100), py.Float(math.Pi), py.Float(math.Pow(2, 70)), py.Float(1e308), py.Float(math.Inf(1)), py.Float(math.Inf(-1)), py.Float(1), py.Float(-1), py.Float(0.1)))
	assert.Equal(t, next(), hashes(py.Tuple{}, py.Tuple{py.Int(1)}, py.Tuple{py.Int(1), py.Int(2)}, py.Tuple{py.Int(-1), py.Int(-2), py.Tuple{py.Int(3), py.Float(4.5)}}))
	fs := func(items ...py.Object) py.Object {
		s, err := FromIterable(py.Tuple(items), true)
		require.NoError(t, err)
		return s
	}
	assert.Equal(t, next(), hashes(fs(), fs(py.Int(1)), fs(py.Int(1), py.Int(2), py.Int(3)), fs(py.Tuple{py.Int(1), py.Int(2)}, py.Int(-5))))
	assert.Equal(t, next(), hashes(py.True, py.False, py.Complex(1i), py.Complex(2+3i), py.Complex(-1.5i)))
}
