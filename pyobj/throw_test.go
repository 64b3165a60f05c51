package pyobj

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/pyerr"
)

// The messages are CPython 3.11's for generator.throw with these arguments.
func TestThrowArgs(t *testing.T) {
	cases := []struct {
		args    py.Tuple
		errType *py.Type
		msg     string
	}{
		{py.Tuple{}, py.TypeError, "throw expected at least 1 argument, got 0"},
		{py.Tuple{py.Int(1)}, py.TypeError, "exceptions must be classes or instances deriving from BaseException, not int"},
		{py.Tuple{py.ValueError, py.Int(1), py.Int(2), py.Int(3)}, py.TypeError, "throw expected at most 3 arguments, got 4"},
		{py.Tuple{py.ExceptionNewf(py.ValueError, "x"), py.Int(5)}, py.TypeError, "instance exception may not have a separate value"},
		{py.Tuple{py.ValueError, py.None, py.Int(5)}, py.TypeError, "throw() third argument must be a traceback object"},
	}
	for _, c := range cases {
		_, err := ThrowArgs(c.args)
		require.Error(t, err)
		e := pyerr.Exception(err)
		assert.Equal(t, c.errType, e.Base)
		assert.Equal(t, py.Tuple{py.String(c.msg)}, e.Args)
	}

	info, err := ThrowArgs(py.Tuple{py.ValueError, py.Tuple{py.Int(1), py.Int(2)}})
	require.NoError(t, err)
	assert.Equal(t, py.ValueError, info.Type)
	assert.Equal(t, py.Tuple{py.Int(1), py.Int(2)}, info.Value.(*py.Exception).Args, "a tuple value gives the arguments")

	info, err = ThrowArgs(py.Tuple{py.ValueError, py.String("m")})
	require.NoError(t, err)
	assert.Equal(t, py.Tuple{py.String("m")}, info.Value.(*py.Exception).Args)

	inst := py.ExceptionNewf(py.KeyError, "k")
	info, err = ThrowArgs(py.Tuple{inst})
	require.NoError(t, err)
	assert.Same(t, inst, info.Value, "an instance is raised as it is")
}
