package object_test

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/interp/object"
	"github.com/gpyasync/gpyasync/pyerr"
)

func TestListSubclassCarriesList(t *testing.T) {
	cls := newClass(t, "L", py.Tuple{py.ListType}, py.NewStringDict())
	require.True(t, object.IsAdopted(cls))
	v, err := py.Call(cls, py.Tuple{py.NewListFromItems([]py.Object{py.Int(1), py.Int(2)})}, nil)
	require.NoError(t, err)
	inst, ok := v.(*object.Instance)
	require.True(t, ok)
	l, ok := inst.Base.(*py.List)
	require.True(t, ok)
	assert.Equal(t, []py.Object{py.Int(1), py.Int(2)}, l.Items)

	appendFn, err := inst.M__getattribute__("append")
	require.NoError(t, err)
	_, err = py.Call(appendFn, py.Tuple{py.Int(3)}, nil)
	require.NoError(t, err)
	n, err := inst.M__len__()
	require.NoError(t, err)
	assert.Equal(t, py.Int(3), n, "the method mutated the carried list")
	assert.Equal(t, object.Unwrap(inst), inst.Base)

	_, err = object.Hash(inst)
	require.True(t, pyerr.Matches(err, py.TypeError))
	assert.Equal(t, py.String("unhashable type: 'L'"), pyerr.Exception(err).Args.(py.Tuple)[0])
}

func TestIntSubclassArithmeticGivesInt(t *testing.T) {
	cls := newClass(t, "I", py.Tuple{py.IntType}, py.NewStringDict())
	v, err := py.Call(cls, py.Tuple{py.Int(3)}, nil)
	require.NoError(t, err)
	r, err := py.Add(v, py.Int(1))
	require.NoError(t, err)
	assert.Equal(t, py.Int(4), r)
	r, err = py.Add(py.Int(1), v)
	require.NoError(t, err)
	assert.Equal(t, py.Int(4), r)
	eq, err := py.Eq(v, py.Int(3))
	require.NoError(t, err)
	assert.Equal(t, py.True, eq)
	assert.Equal(t, py.Int(3), v.(*object.Instance).HashValue())
}

func TestBaseNewRejectsOtherClasses(t *testing.T) {
	other := newClass(t, "O", nil, py.NewStringDict())
	newFn, err := object.GetAttr(py.TupleType, "__new__")
	require.NoError(t, err)
	_, err = py.Call(newFn, py.Tuple{other, py.Tuple{}}, nil)
	require.True(t, pyerr.Matches(err, py.TypeError))
	assert.Equal(t, py.String("tuple.__new__(O): O is not a subtype of tuple"), pyerr.Exception(err).Args.(py.Tuple)[0])
}

func TestUnwrapLeavesOtherObjects(t *testing.T) {
	inst := object.New(newClass(t, "A", nil, py.NewStringDict()))
	assert.Same(t, inst, object.Unwrap(inst))
	assert.Equal(t, py.Int(5), object.Unwrap(py.Int(5)))
	assert.Nil(t, inst.HashValue())
}

func TestTrueDivFallsBackToReflected(t *testing.T) {
	rdiv := py.MustNewMethod("__rtruediv__", func(self py.Object, args py.Tuple) (py.Object, error) { return py.String("r"), nil }, 0, "")
	withR := object.New(newClass(t, "R", nil, py.StringDict{"__rtruediv__": rdiv}))
	r, err := object.TrueDiv(py.Int(3), withR)
	require.NoError(t, err)
	assert.Equal(t, py.String("r"), r)

	plain := object.New(newClass(t, "Plain", nil, py.NewStringDict()))
	_, err = object.TrueDiv(py.Int(3), plain)
	require.True(t, pyerr.Matches(err, py.TypeError))
	assert.Equal(t, py.String("unsupported operand type(s) for /: 'int' and 'Plain'"), pyerr.Exception(err).Args.(py.Tuple)[0])

	r, err = object.TrueDiv(py.Int(3), py.Int(2))
	require.NoError(t, err)
	assert.Equal(t, py.Float(1.5), r)
}

func TestBaseErrors(t *testing.T) {
	_, err := object.NewClass(py.TypeType, "X", py.Tuple{py.IntType, py.StringType}, py.StringDict{"__module__": py.String("test")}, nil)
	require.True(t, pyerr.Matches(err, py.TypeError))
	assert.Equal(t, py.String("multiple bases have instance lay-out conflict"), pyerr.Exception(err).Args.(py.Tuple)[0])

	a := newClass(t, "A", nil, py.NewStringDict())
	_, err = object.NewClass(py.TypeType, "D", py.Tuple{a, a}, py.StringDict{"__module__": py.String("test")}, nil)
	require.True(t, pyerr.Matches(err, py.TypeError))
	assert.Equal(t, py.String("duplicate base class A"), pyerr.Exception(err).Args.(py.Tuple)[0])

	b := newClass(t, "B", py.Tuple{a}, py.NewStringDict())
	_, err = object.NewClass(py.TypeType, "E", py.Tuple{a, b}, py.StringDict{"__module__": py.String("test")}, nil)
	require.True(t, pyerr.Matches(err, py.TypeError))
	assert.Equal(t, py.String("Cannot create a consistent method resolution\norder (MRO) for bases A, B"), pyerr.Exception(err).Args.(py.Tuple)[0])
}
