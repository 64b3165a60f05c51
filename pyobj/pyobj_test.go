package pyobj

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
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

func TestTypeOfClassIsItsMetaclass(t *testing.T) {
	// interp/pylib lets classes derive from type, as CPython does.
	py.TypeType.Flags |= py.TPFLAGS_BASETYPE
	meta, err := py.TypeNew(py.TypeType, py.Tuple{py.String("Meta"), py.Tuple{py.TypeType}, py.StringDict{"__module__": py.String("m")}}, nil)
	require.NoError(t, err)
	cls, err := py.TypeNew(meta.(*py.Type), py.Tuple{py.String("C"), py.Tuple{}, py.StringDict{"__module__": py.String("m")}}, nil)
	require.NoError(t, err)
	assert.Equal(t, meta, TypeOf(cls))
	assert.Equal(t, py.TypeType, TypeOf(meta))
}
