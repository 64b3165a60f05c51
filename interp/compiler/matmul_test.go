package compiler

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestMatMulOpcodes(t *testing.T) {
	code, err := Compile("a @ b\nx @= y\n", "m.py", py.ExecMode, 0, true)
	require.NoError(t, err)
	ops := opcodes(code)
	assert.Contains(t, ops, BINARY_MATRIX_MULTIPLY, disassemble(code))
	assert.Contains(t, ops, INPLACE_MATRIX_MULTIPLY, disassemble(code))
	assert.Equal(t, -1, stackEffect(BINARY_MATRIX_MULTIPLY, 0, false))
}
