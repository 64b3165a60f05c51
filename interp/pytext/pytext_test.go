package pytext

import (
	"math"
	"math/big"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/pyerr"
)

// These tests call the package directly on gpython values; the expected
// strings are what CPython 3.11 prints for the same values.

func TestReprOfValues(t *testing.T) {
	recursive := py.NewList()
	recursive.Append(py.Int(1))
	recursive.Append(recursive)
	dict := py.StringDict{"a": py.Int(1)}
	big1, _ := new(big.Int).SetString("12345678901234567890123", 10)
	cases := []struct {
		in   py.Object
		want string
	}{
		{py.Tuple{py.Int(1)}, "(1,)"},
		{py.Tuple{}, "()"},
		{py.Tuple{py.Int(6), py.Int(7)}, "(6, 7)"},
		{py.NewListFromItems([]py.Object{py.String("a"), py.None, py.True}), "['a', None, True]"},
		{recursive, "[1, [...]]"},
		{dict, "{'a': 1}"},
		{py.StringDict{}, "{}"},
		{py.NewSet(), "set()"},
		{py.NewSetFromItems([]py.Object{py.Int(3)}), "{3}"},
		{py.NewFrozenSetFromItems([]py.Object{py.String("x")}), "frozenset({'x'})"},
		{py.NewFrozenSet(), "frozenset()"},
		{(*py.BigInt)(big1), "12345678901234567890123"},
		{py.Float(1e16), "1e+16"},
		{py.Float(1e15), "1000000000000000.0"},
		{py.Float(math.Copysign(0, -1)), "-0.0"},
		{py.Float(0.1), "0.1"},
		{py.Float(0.00001), "1e-05"},
		{py.Float(0.0001), "0.0001"},
		{py.Float(math.Inf(1)), "inf"},
		{py.Float(math.NaN()), "nan"},
		{py.Complex(complex(1, 2)), "(1+2j)"},
		{py.String("it's"), `"it's"`},
		{py.String(`both ' and "`), `'both \' and "'`},
		{py.String("tab\there\n\x00é\u200b"), `'tab\there\n\x00é\u200b'`},
		{py.Bytes("a'\xff"), `b"a'\xff"`},
		{&py.Range{Start: 0, Stop: 3, Step: 1}, "range(0, 3)"},
		{&py.Range{Start: 5, Stop: 0, Step: -1}, "range(5, 0, -1)"},
		{py.ExceptionNewf(py.ValueError, "msg"), "ValueError('msg')"},
		{pyerr.Exception(pyerr.New(py.ValueError)), "ValueError()"},
		{pyerr.Exception(pyerr.New(py.TypeError, py.String("a"), py.Int(1))), "TypeError('a', 1)"},
		{pyerr.Exception(pyerr.New(py.StopIteration, py.Int(7))), "StopIteration(7)"},
		{py.IntType, "<class 'int'>"},
		{py.ValueError, "<class 'ValueError'>"},
	}
	for _, c := range cases {
		got, err := Repr(c.in)
		require.NoError(t, err)
		assert.Equal(t, c.want, got)
	}
}

func TestStrOfValues(t *testing.T) {
	cases := []struct {
		in   py.Object
		want string
	}{
		{py.String("x'y"), "x'y"},
		{py.Float(1e16), "1e+16"},
		{py.Tuple{py.String("a")}, "('a',)"},
		{pyerr.Exception(pyerr.New(py.ValueError)), ""},
		{pyerr.Exception(pyerr.New(py.KeyError, py.String("key"))), "'key'"},
		{pyerr.Exception(pyerr.New(py.KeyError, py.String("a"), py.String("b"))), "('a', 'b')"},
		{pyerr.Exception(pyerr.New(py.StopIteration, py.Int(7))), "7"},
		{py.None, "None"},
	}
	for _, c := range cases {
		got, err := Str(c.in)
		require.NoError(t, err)
		assert.Equal(t, c.want, got)
	}
}

func TestMod(t *testing.T) {
	cases := []struct {
		format string
		args   py.Object
		want   string
	}{
		{"%s", py.Tuple{py.Tuple{py.Int(6), py.Int(7)}}, "(6, 7)"},
		{"%s-%s", py.Tuple{py.Int(6), py.Int(7)}, "6-7"},
		{"%r", py.String("x"), "'x'"},
		{"%(name)s is %(age)d", py.StringDict{"name": py.String("Al"), "age": py.Float(3.9)}, "Al is 3"},
		{"%-6.2f|%+05d|%#x|%o", py.Tuple{py.Float(3.14159), py.Int(42), py.Int(255), py.Int(8)}, "3.14  |+0042|0xff|10"},
		{"%*.*f", py.Tuple{py.Int(8), py.Int(3), py.Float(2.5)}, "   2.500"},
		{"%c%c", py.Tuple{py.Int(65), py.String("é")}, "Aé"},
		{"%e|%G|%%", py.Tuple{py.Float(12345.678), py.Float(1e-10)}, "1.234568e+04|1E-10|%"},
	}
	for _, c := range cases {
		got, err := Mod(c.format, c.args)
		require.NoError(t, err, c.format)
		assert.Equal(t, c.want, got, c.format)
	}
}

func TestModErrors(t *testing.T) {
	cases := []struct {
		format string
		args   py.Object
		typ    *py.Type
		msg    string
	}{
		{"%s %s", py.Int(1), py.TypeError, "not enough arguments for format string"},
		{"%s", py.Tuple{py.Int(1), py.Int(2)}, py.TypeError, "not all arguments converted during string formatting"},
		{"%(a)s", py.Int(1), py.TypeError, "format requires a mapping"},
		{"%y", py.Int(1), py.ValueError, "unsupported format character 'y' (0x79) at index 1"},
		{"%", py.Int(1), py.ValueError, "incomplete format"},
		{"%d", py.String("a"), py.TypeError, "%d format: a real number is required, not str"},
		{"%x", py.Float(1.5), py.TypeError, "%x format: an integer is required, not float"},
	}
	for _, c := range cases {
		_, err := Mod(c.format, c.args)
		require.Error(t, err, c.format)
		info := pyerr.Info(err)
		assert.Equal(t, c.typ, info.Type, c.format)
		msg, serr := Str(info.Value)
		require.NoError(t, serr)
		assert.Equal(t, c.msg, msg, c.format)
	}
	_, err := Mod("%(a)s", py.StringDict{})
	require.Error(t, err)
	e := pyerr.Exception(err)
	assert.Equal(t, py.KeyError, e.Base)
	assert.Equal(t, py.Tuple{py.String("a")}, e.Args)
}

func TestFormat(t *testing.T) {
	cases := []struct {
		in   py.Object
		spec string
		want string
	}{
		{py.Int(1234567), ",", "1,234,567"},
		{py.Int(-12), "#010x", "-0x000000c"},
		{py.Float(1234567.891), ",.2f", "1,234,567.89"},
		{py.Float(2.675), ".2f", "2.67"},
		{py.Float(123.0), ".3", "1.23e+02"},
		{py.String("abc"), "*^7", "**abc**"},
		{py.True, "", "True"},
		{py.True, "d", "1"},
		{py.None, "", "None"},
	}
	for _, c := range cases {
		got, err := Format(c.in, c.spec)
		require.NoError(t, err, c.spec)
		assert.Equal(t, c.want, got, c.spec)
	}
	_, err := Format(py.None, "x")
	require.Error(t, err)
	assert.Equal(t, py.TypeError, pyerr.Info(err).Type)
}

func TestFormatString(t *testing.T) {
	got, err := FormatString("{0}-{x!r:>5}-{1[0]}", py.Tuple{py.Int(1), py.NewListFromItems([]py.Object{py.Float(0.5)})}, py.StringDict{"x": py.String("y")})
	require.NoError(t, err)
	assert.Equal(t, "1-  'y'-0.5", got)
}

func TestRound(t *testing.T) {
	cases := []struct {
		number, ndigits py.Object
		want            py.Object
	}{
		{py.Float(2.5), py.None, py.Int(2)},
		{py.Float(-2.5), py.None, py.Int(-2)},
		{py.Float(3.5), py.None, py.Int(4)},
		{py.Float(2.675), py.Int(2), py.Float(2.67)},
		{py.Float(0.125), py.Int(2), py.Float(0.12)},
		{py.Float(1234.5), py.Int(-2), py.Float(1200)},
		{py.Int(1250), py.Int(-2), py.Int(1200)},
		{py.Int(-15), py.Int(-1), py.Int(-20)},
		{py.True, py.None, py.Int(1)},
	}
	for _, c := range cases {
		got, err := Round(c.number, c.ndigits)
		require.NoError(t, err)
		assert.Equal(t, c.want, got)
	}
	_, err := Round(py.Float(math.Inf(1)), py.None)
	require.Error(t, err)
	assert.Equal(t, py.OverflowError, pyerr.Info(err).Type)
}

func TestDeepNestingIsAnErrorNotACrash(t *testing.T) {
	var o py.Object = py.Tuple{}
	for i := 0; i < 5000; i++ {
		o = py.NewListFromItems([]py.Object{o})
	}
	_, err := Repr(o)
	require.Error(t, err)
}

// deque stands for a container type defined outside this package.
type deque struct{ items []py.Object }

func (d *deque) Type() *py.Type { return py.ListType }

func (d *deque) ReprWith(item func(py.Object) (string, error)) (string, error) {
	if item == nil {
		return "[...]", nil
	}
	s := "deque(["
	for i, it := range d.items {
		if i > 0 {
			s += ", "
		}
		r, err := item(it)
		if err != nil {
			return "", err
		}
		s += r
	}
	return s + "])", nil
}

func TestReprer(t *testing.T) {
	d := &deque{}
	d.items = []py.Object{py.String("a"), py.Tuple{py.Int(1)}, d}
	got, err := Repr(py.NewListFromItems([]py.Object{d}))
	require.NoError(t, err)
	// CPython: d = deque(['a', (1,)]); d.append(d); repr([d])
	assert.Equal(t, "[deque(['a', (1,), [...]])]", got)
}
