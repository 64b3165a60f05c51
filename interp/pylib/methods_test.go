package pylib

import (
	"math"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/pyerr"
)

// Expected values below come from CPython 3.11.

func TestParseInt(t *testing.T) {
	for _, c := range []struct {
		text string
		base int
		want int64
	}{
		{"12", 10, 12}, {" -0012 ", 10, -12}, {"1_000", 10, 1000}, {"z", 36, 35}, {"0xff", 16, 255},
		{"0x_1", 0, 1}, {"0o17", 0, 15}, {"0b101", 0, 5}, {"0_0", 0, 0}, {"٣٤", 10, 34}, {"+7", 8, 7},
		{"𝟙𝟚", 10, 12},
	} {
		n, ok := ParseInt(c.text, c.base)
		if assert.True(t, ok, c.text) {
			assert.Equal(t, c.want, n.Int64(), c.text)
		}
	}
	for _, c := range []struct {
		text string
		base int
	}{{"", 10}, {"1_", 10}, {"_1", 10}, {"1__0", 10}, {"010", 0}, {"0x", 16}, {"8", 8}, {"1 2", 10}, {"0_1", 0}} {
		_, ok := ParseInt(c.text, c.base)
		assert.False(t, ok, "%q base %d", c.text, c.base)
	}
}

func TestEncodeDecode(t *testing.T) {
	b, err := Encode("héllo €", "ascii", "backslashreplace")
	require.NoError(t, err)
	assert.Equal(t, `h\xe9llo \u20ac`, string(b))
	b, err = Encode("é€", "latin-1", "xmlcharrefreplace")
	require.NoError(t, err)
	assert.Equal(t, "\xe9&#8364;", string(b))
	_, err = Encode("aé", "ascii", "strict")
	assert.True(t, pyerr.Matches(err, py.UnicodeEncodeError))
	assert.Equal(t, py.Tuple{py.String(`'ascii' codec can't encode character '\xe9' in position 1: ordinal not in range(128)`)}, pyerr.Exception(err).Args)

	s, err := Decode([]byte("a\xffb"), "utf-8", "replace")
	require.NoError(t, err)
	assert.Equal(t, "a\ufffdb", s)
	_, err = Decode([]byte("\xe2\x82"), "utf-8", "strict")
	assert.Contains(t, err.Error(), "can't decode bytes in position 0-1: unexpected end of data")
	_, err = Decode([]byte("\xe2\x28\xa1"), "utf-8", "strict")
	assert.Contains(t, err.Error(), "can't decode byte 0xe2 in position 0: invalid continuation byte")
	s, err = Decode([]byte{0x61, 0xe9}, "latin-1", "strict")
	require.NoError(t, err)
	assert.Equal(t, "aé", s)
	_, err = Decode(nil, "nope", "strict")
	assert.True(t, pyerr.Matches(err, py.LookupError))
}

func TestFloatHex(t *testing.T) {
	for x, want := range map[float64]string{
		0.1: "0x1.999999999999ap-4", 1: "0x1.0000000000000p+0", -2.5: "-0x1.4000000000000p+1",
		5e-324: "0x0.0000000000001p-1022", math.Inf(-1): "-inf",
	} {
		assert.Equal(t, want, floatHex(x))
		if !math.IsInf(x, 0) {
			back, err := parseHexFloat(want)
			require.NoError(t, err)
			assert.Equal(t, x, back)
		}
	}
	for text, want := range map[string]float64{"0x1.8p1": 3, "1.8": 1.5, "0X.8p0": 0.5, "0x10": 16, "-0x1p-1074": -5e-324} {
		got, err := parseHexFloat(text)
		require.NoError(t, err, text)
		assert.Equal(t, want, got, text)
	}
	_, err := parseHexFloat("0x1p99999")
	assert.True(t, pyerr.Matches(err, py.OverflowError))
	_, err = parseHexFloat("x")
	assert.True(t, pyerr.Matches(err, py.ValueError))
}

func TestSplit(t *testing.T) {
	assert.Equal(t, []string{"a", ""}, splitSep("aaa", "aa", -1, true))
	assert.Equal(t, []string{"", "a"}, splitSep("aaa", "aa", -1, false))
	assert.Equal(t, []string{"1<>2", "3"}, splitSep("1<>2<>3", "<>", 1, true))
	assert.Equal(t, []string{"a", "b c d"}, splitSpace(" a b c d", 1, false, isSpace))
	assert.Equal(t, []string{"a b c", "d"}, splitSpace("a b c d ", 1, true, isSpace))
	assert.Equal(t, []string{"x", "y", "z"}, splitSpace("x\x1cy\u2003z", -1, false, isSpace))
}

func TestCaseMapping(t *testing.T) {
	assert.Equal(t, "STRASSE", upper("straße"))
	assert.Equal(t, "οδος οδος.", lower("ΟΔΟΣ ΟΔΟΣ."))
	assert.Equal(t, "They'Re Bill'S", title("they're bill's"))
	assert.Equal(t, "ǅungla", capitalize("ǆUNGLA"))
	assert.Equal(t, "ǅUNGLA", swapcase("ǅungla"))
	assert.True(t, isUpperStr("Ⅻ"))
	assert.True(t, isTitleStr("Hello World"))
	assert.False(t, isTitleStr("Hello world"))
}

func TestOps(t *testing.T) {
	Install()
	// bytes and range subscripts.
	v, err := GetItem(py.Bytes("hi"), py.Int(-1))
	require.NoError(t, err)
	assert.Equal(t, py.Int('i'), v)
	v, err = GetItem(py.Bytes("hello"), py.NewSlice(py.None, py.None, py.Int(-2)))
	require.NoError(t, err)
	assert.Equal(t, py.Bytes("olh"), v)
	v, err = GetItem(&py.Range{Start: 0, Stop: 10, Step: 3}, py.NewSlice(py.None, py.None, py.Int(-1)))
	require.NoError(t, err)
	assert.Equal(t, &py.Range{Start: 9, Stop: -3, Step: -3}, v)
	_, err = GetItem(&py.Range{Start: 0, Stop: 1, Step: 1}, py.String("a"))
	assert.Contains(t, err.Error(), "range indices must be integers or slices, not str")

	// list slice assignment and deletion.
	l := &py.List{Items: []py.Object{py.Int(1), py.Int(2), py.Int(3)}}
	require.NoError(t, SetItem(l, py.NewSlice(py.None, py.None, py.Int(-1)), py.Tuple{py.Int(7), py.Int(8), py.Int(9)}))
	assert.Equal(t, []py.Object{py.Int(9), py.Int(8), py.Int(7)}, l.Items)
	err = SetItem(l, py.NewSlice(py.None, py.None, py.Int(2)), py.Tuple{py.Int(1)})
	assert.Contains(t, err.Error(), "attempt to assign sequence of size 1 to extended slice of size 2")
	require.NoError(t, SetItem(l, py.NewSlice(py.Int(1), py.Int(1), py.None), l))
	assert.Len(t, l.Items, 6)
	// [9, 9, 8, 7, 8, 7] loses the items at 5, 3 and 1.
	require.NoError(t, DelItem(l, py.NewSlice(py.None, py.None, py.Int(-2))))
	assert.Equal(t, []py.Object{py.Int(9), py.Int(8), py.Int(8)}, l.Items)
	err = DelItem(l, py.Int(5))
	assert.Contains(t, err.Error(), "list assignment index out of range")

	// in-place repetition keeps the list; tuples concatenate; bools add.
	r, err := IMul(l, py.Int(2))
	require.NoError(t, err)
	assert.Same(t, l, r)
	assert.Len(t, l.Items, 6)
	r, err = Add(py.Tuple{py.Int(1)}, py.Tuple{py.Int(2), py.Int(3)})
	require.NoError(t, err)
	assert.Equal(t, py.Tuple{py.Int(1), py.Int(2), py.Int(3)}, r)
	r, err = Add(py.True, py.True)
	require.NoError(t, err)
	assert.Equal(t, py.Int(2), r)
	r, err = Neg(py.True)
	require.NoError(t, err)
	assert.Equal(t, py.Int(-1), r)
	r, err = Mul(py.Int(2), py.Bytes("ab"))
	require.NoError(t, err)
	assert.Equal(t, py.Bytes("abab"), r)

	// Float floor division and modulo: the remainder takes the divisor's
	// sign, a zero one too.
	r, err = FloorDiv(py.Float(-7.5), py.Int(2))
	require.NoError(t, err)
	assert.Equal(t, py.Float(-4), r)
	r, err = Mod(py.Float(1), py.Int(-1))
	require.NoError(t, err)
	assert.True(t, math.Signbit(float64(r.(py.Float))))
	r, err = FloorDiv(py.Float(1e308), py.Float(0.5))
	require.NoError(t, err)
	assert.True(t, math.IsInf(float64(r.(py.Float)), 1))
	_, err = Mod(py.Float(1), py.Float(0))
	assert.True(t, pyerr.Matches(err, py.ZeroDivisionError))
}
