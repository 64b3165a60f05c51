package compiler

import (
	"errors"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// opcodes lists the instructions of code in order, without arguments.
func opcodes(code *py.Code) []vm.OpCode {
	var ops []vm.OpCode
	for i := 0; i < len(code.Code); {
		op := vm.OpCode(code.Code[i])
		ops = append(ops, op)
		if op >= vm.HAVE_ARGUMENT {
			i += 3
		} else {
			i++
		}
	}
	return ops
}

// assertCompileError compiles src, which the code generator must reject,
// and checks that it raises a SyntaxError with this message and position.
func assertCompileError(t *testing.T, src, msg string, lineno, offset int) {
	t.Helper()
	_, err := Compile(src, "f.py", py.ExecMode, 0, true)
	require.Error(t, err, "%q", src)
	var info py.ExceptionInfo
	require.True(t, errors.As(err, &info), "%q: %T", src, err)
	assert.Equal(t, py.SyntaxError, info.Type, "%q", src)
	exc, ok := info.Value.(*py.Exception)
	require.True(t, ok, "%q: %v", src, info.Value)
	assert.Equal(t, py.Tuple{py.String(msg)}, exc.Args, "%q", src)
	assert.Equal(t, py.Int(lineno), exc.Dict["lineno"], "%q", src)
	assert.Equal(t, py.Int(offset), exc.Dict["offset"], "%q", src)
	assert.Equal(t, py.String("f.py"), exc.Dict["filename"], "%q", src)
}
