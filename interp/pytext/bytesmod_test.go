package pytext

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/pyerr"
)

// The expected bytes are CPython 3.11's for the same format and arguments.
func TestBytesMod(t *testing.T) {
	cases := []struct {
		format string
		args   py.Object
		want   string
	}{
		{"%d %i %x %X %o", py.Tuple{py.Int(42), py.Int(-7), py.Int(255), py.Int(255), py.Int(8)}, "42 -7 ff FF 10"},
		{"%s and %b", py.Tuple{py.Bytes("spam"), py.Bytes("eggs")}, "spam and eggs"},
		{"%r %a", py.Tuple{py.String("caf\u00e9"), py.Bytes("x")}, `'caf\xe9' b'x'`},
		{"%5d|%-5s|%.1s", py.Tuple{py.Int(1), py.Bytes("ab"), py.Bytes("xyz")}, "    1|ab   |x"},
		{"%c%c", py.Tuple{py.Int(65), py.Bytes("B")}, "AB"},
		{"\xff%%", py.Tuple{}, "\xff%"},
		{"%s", py.Bytes("\xff"), "\xff"},
	}
	for _, c := range cases {
		got, err := BytesMod([]byte(c.format), c.args)
		require.NoError(t, err, c.format)
		assert.Equal(t, c.want, string(got), c.format)
	}
	errs := []struct {
		format string
		args   py.Object
		typ    *py.Type
		msg    string
	}{
		{"%s", py.String("a"), py.TypeError, "%b requires a bytes-like object, or an object that implements __bytes__, not 'str'"},
		{"%d", py.Tuple{py.Int(1), py.Int(2)}, py.TypeError, "not all arguments converted during bytes formatting"},
		{"%c", py.Int(256), py.OverflowError, "%c arg not in range(256)"},
		{"%c", py.Bytes("ab"), py.TypeError, "%c requires an integer in range(256) or a single byte"},
	}
	for _, c := range errs {
		_, err := BytesMod([]byte(c.format), c.args)
		require.Error(t, err, c.format)
		assert.True(t, pyerr.Matches(err, c.typ), c.format)
		assert.Equal(t, py.Tuple{py.String(c.msg)}, pyerr.Exception(err).Args, c.format)
	}
}
