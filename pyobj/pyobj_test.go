package pyobj

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
)

func TestTypeOf(t *testing.T) {
	assert.Equal(t, py.IntType, TypeOf(py.Int(1)))
	assert.Equal(t, py.ValueError, TypeOf(py.ExceptionNewf(py.ValueError, "x")))
	// type(ValueError) and type(int) are both `type` in CPython; gpython
	// records ValueError's base as its type.
	assert.Equal(t, py.TypeType, TypeOf(py.ValueError))
	assert.Equal(t, py.TypeType, TypeOf(py.IntType))
	assert.True(t, IsClass(py.ValueError))
	assert.False(t, IsClass(py.Int(1)))
}

func TestInstancesOfUserClassesAreNotClasses(t *testing.T) {
	// gpython makes instances of user classes as *py.Type values.
	cls := py.ObjectType.NewType("C", "", nil, nil)
	cls.Flags &^= py.TPFLAGS_READY
	if err := cls.Ready(); err != nil {
		t.Fatal(err)
	}
	inst := cls.Alloc()
	assert.True(t, IsClass(cls))
	assert.False(t, IsClass(inst))
	assert.Equal(t, cls, TypeOf(inst))
}
