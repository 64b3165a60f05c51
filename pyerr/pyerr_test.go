package pyerr

import (
	"errors"
	"fmt"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestInfoNormalizesEveryShape(t *testing.T) {
	inst := py.ExceptionNewf(py.ValueError, "bad")
	cases := map[string]error{
		"instance":       inst,
		"info":           py.ExceptionInfo{Type: py.ValueError, Value: inst},
		"info pointer":   &py.ExceptionInfo{Type: py.ValueError, Value: inst},
		"wrapped":        fmt.Errorf("context: %w", py.ExceptionInfo{Type: py.ValueError, Value: inst}),
		"info sans type": py.ExceptionInfo{Value: inst},
	}
	for name, err := range cases {
		t.Run(name, func(t *testing.T) {
			info := Info(err)
			assert.Equal(t, py.ValueError, info.Type)
			assert.Same(t, inst, info.Value)
		})
	}
}

func TestInfoOfBareClassInstantiates(t *testing.T) {
	info := Info(py.StopIteration)
	require.Equal(t, py.StopIteration, info.Type)
	e, ok := info.Value.(*py.Exception)
	require.True(t, ok)
	assert.Equal(t, py.StopIteration, e.Base)
}

func TestInfoOfGoErrorIsSystemError(t *testing.T) {
	info := Info(errors.New("disk on fire"))
	assert.Equal(t, py.SystemError, info.Type)
	assert.Equal(t, py.Tuple{py.String("disk on fire")}, info.Value.(*py.Exception).Args)
	var asInfo py.ExceptionInfo
	assert.True(t, errors.As(error(info), &asInfo), "usable with errors.As")
}

func TestMatchesSubclasses(t *testing.T) {
	err := Newf(py.ZeroDivisionError, "division by zero")
	assert.True(t, Matches(err, py.ZeroDivisionError))
	assert.True(t, Matches(err, py.ArithmeticError))
	assert.True(t, Matches(err, py.ExceptionType))
	assert.False(t, Matches(err, py.LookupError))
	assert.False(t, Matches(nil, py.ExceptionType))
	assert.True(t, Matches(py.StopIteration, py.StopIteration))
}
