// Package pyassert holds testify-style checks of Python exceptions for the
// tests of every gpyasync package. It is for tests only.
package pyassert

import (
	"errors"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Info requires err to be a Python exception, a py.ExceptionInfo, and
// returns it.
func Info(t testing.TB, err error) py.ExceptionInfo {
	t.Helper()
	require.Error(t, err)
	var info py.ExceptionInfo
	require.True(t, errors.As(err, &info), "error %T is not a py.ExceptionInfo: %v", err, err)
	return info
}

// Exception requires err to be an exception of exactly class typ whose
// args are args, and returns the exception instance.
func Exception(t testing.TB, err error, typ *py.Type, args ...py.Object) *py.Exception {
	t.Helper()
	info := Info(t, err)
	require.Equal(t, typ.Name, info.Type.Name, "exception %v", info.Value)
	require.Equal(t, typ, info.Type)
	e, ok := info.Value.(*py.Exception)
	require.True(t, ok, "exception value is a %T", info.Value)
	got, _ := e.Args.(py.Tuple)
	assert.Equal(t, append(py.Tuple{}, args...), append(py.Tuple{}, got...), "args of %s", typ.Name)
	return e
}

// Message requires err to be an exception of exactly class typ whose only
// argument is the message msg.
func Message(t testing.TB, err error, typ *py.Type, msg string) *py.Exception {
	t.Helper()
	return Exception(t, err, typ, py.String(msg))
}
