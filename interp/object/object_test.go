package object_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/interp"
	"github.com/gpyasync/gpyasync/interp/object"
	"github.com/gpyasync/gpyasync/pyerr"
)

// newClass makes a user class the way a class statement does.
func newClass(t *testing.T, name string, bases py.Tuple, ns py.StringDict) *py.Type {
	t.Helper()
	ns["__module__"] = py.String("test")
	cls, err := object.NewClass(py.TypeType, py.String(name), bases, ns, nil)
	require.NoError(t, err)
	return cls
}

func TestAdoptedClassMakesInstances(t *testing.T) {
	a := newClass(t, "A", nil, py.NewStringDict())
	b := newClass(t, "B", py.Tuple{a}, py.NewStringDict())
	assert.True(t, object.IsAdopted(a))
	assert.True(t, object.IsAdopted(b))
	v, err := py.Call(b, nil, nil)
	require.NoError(t, err)
	inst, ok := v.(*object.Instance)
	require.True(t, ok)
	assert.Equal(t, b, inst.Type())

	_, err = py.Call(b, py.Tuple{py.Int(1)}, nil)
	require.Error(t, err)
	assert.Equal(t, py.String("B() takes no arguments"), pyerr.Exception(err).Args.(py.Tuple)[0])
}

func TestGenericAttributes(t *testing.T) {
	inst := object.New(newClass(t, "A", nil, py.StringDict{"k": py.Int(7)}))
	require.NoError(t, inst.GenericSetAttr("x", py.Int(1)))
	v, err := inst.GenericGetAttr("x")
	require.NoError(t, err)
	assert.Equal(t, py.Int(1), v)
	v, err = inst.GenericGetAttr("k")
	require.NoError(t, err)
	assert.Equal(t, py.Int(7), v)
	_, err = inst.GenericGetAttr("missing")
	require.True(t, pyerr.Matches(err, py.AttributeError))
	assert.Equal(t, py.String("'A' object has no attribute 'missing'"), pyerr.Exception(err).Args.(py.Tuple)[0])
	require.NoError(t, inst.GenericDelAttr("x"))
	assert.True(t, pyerr.Matches(inst.GenericDelAttr("x"), py.AttributeError))
}

func TestProtocolErrorsWithoutMethods(t *testing.T) {
	inst := object.New(newClass(t, "P", nil, py.NewStringDict()))
	cases := []struct {
		call func() (py.Object, error)
		msg  string
	}{
		{inst.M__len__, "object of type 'P' has no len()"},
		{func() (py.Object, error) { return inst.M__getitem__(py.Int(0)) }, "'P' object is not subscriptable"},
		{func() (py.Object, error) { return inst.M__call__(nil, nil) }, "'P' object is not callable"},
		{inst.M__iter__, "'P' object is not iterable"},
		{inst.M__neg__, "bad operand type for unary -: 'P'"},
		{func() (py.Object, error) { return py.Add(inst, py.Int(1)) }, "unsupported operand type(s) for +: 'P' and 'int'"},
	}
	for _, c := range cases {
		_, err := c.call()
		require.Error(t, err, c.msg)
		assert.True(t, pyerr.Matches(err, py.TypeError), c.msg)
		assert.Equal(t, py.String(c.msg), pyerr.Exception(err).Args.(py.Tuple)[0])
	}
	b, err := inst.M__bool__()
	require.NoError(t, err)
	assert.Equal(t, py.True, b)
	r, err := inst.M__eq__(inst)
	require.NoError(t, err)
	assert.Equal(t, py.NotImplemented, r, "object.__eq__ is left to the caller's identity fallback")
}

func TestEqWithoutHashIsUnhashable(t *testing.T) {
	eq := py.MustNewMethod("__eq__", func(self py.Object, args py.Tuple) (py.Object, error) { return py.True, nil }, 0, "")
	cls := newClass(t, "E", nil, py.StringDict{"__eq__": eq})
	assert.Equal(t, py.None, cls.Dict["__hash__"])
	_, err := object.Hash(object.New(cls))
	require.True(t, pyerr.Matches(err, py.TypeError))
	assert.Equal(t, py.String("unhashable type: 'E'"), pyerr.Exception(err).Args.(py.Tuple)[0])

	plain := object.New(newClass(t, "P", nil, py.NewStringDict()))
	h1, err := object.Hash(plain)
	require.NoError(t, err)
	h2, err := object.Hash(plain)
	require.NoError(t, err)
	assert.Equal(t, h1, h2)
}

func TestIsInstanceAndIsSubclass(t *testing.T) {
	a := newClass(t, "A", nil, py.NewStringDict())
	b := newClass(t, "B", py.Tuple{a}, py.NewStringDict())
	c := newClass(t, "C", nil, py.NewStringDict())
	inst := object.New(b)
	for _, tc := range []struct {
		classinfo py.Object
		want      bool
	}{{a, true}, {b, true}, {c, false}, {py.Tuple{c, a}, true}, {py.ObjectType, true}, {py.IntType, false}} {
		got, err := object.IsInstance(inst, tc.classinfo)
		require.NoError(t, err)
		assert.Equal(t, tc.want, got, "%v", tc.classinfo)
	}
	got, err := object.IsSubclass(b, a)
	require.NoError(t, err)
	assert.True(t, got)
	got, err = object.IsSubclass(a, b)
	require.NoError(t, err)
	assert.False(t, got)
	got, err = object.IsInstance(py.True, py.IntType)
	require.NoError(t, err)
	assert.True(t, got, "bool derives from int")
	_, err = object.IsSubclass(inst, a)
	assert.True(t, pyerr.Matches(err, py.TypeError))
	_, err = object.IsInstance(inst, py.Int(3))
	assert.True(t, pyerr.Matches(err, py.TypeError))
}

func TestExceptionSubclassMakesExceptions(t *testing.T) {
	cls := newClass(t, "MyError", py.Tuple{py.ValueError}, py.NewStringDict())
	v, err := py.Call(cls, py.Tuple{py.String("bad")}, nil)
	require.NoError(t, err)
	e, ok := v.(*py.Exception)
	require.True(t, ok)
	assert.Equal(t, cls, e.Base)
	assert.Equal(t, py.Tuple{py.String("bad")}, e.Args)
	assert.True(t, cls.IsSubtype(py.ValueError))
}

func TestCalculateMetaConflict(t *testing.T) {
	meta := newClass(t, "Meta", py.Tuple{py.TypeType}, py.NewStringDict())
	other := newClass(t, "Other", py.Tuple{py.TypeType}, py.NewStringDict())
	withMeta, err := object.NewClass(meta, "X", nil, py.StringDict{"__module__": py.String("test")}, nil)
	require.NoError(t, err)
	winner, err := object.CalculateMeta(py.TypeType, py.Tuple{withMeta})
	require.NoError(t, err)
	assert.Equal(t, meta, winner)
	_, err = object.CalculateMeta(other, py.Tuple{withMeta})
	assert.True(t, pyerr.Matches(err, py.TypeError))
}

// TestScripts runs each testdata/*.py, which checks itself with assert
// statements and prints "ok" at its end.
func TestScripts(t *testing.T) {
	files, err := filepath.Glob("testdata/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			require.NoError(t, err)
			var out bytes.Buffer
			ctx := interp.NewContext(interp.Config{Stdout: &out})
			defer ctx.Close()
			err = interp.RunMain(ctx, string(src), filepath.Base(path))
			if err != nil {
				t.Fatalf("%s\noutput:\n%s", interp.FormatException(err), out.String())
			}
			assert.True(t, strings.HasSuffix(out.String(), "ok\n"), out.String())
		})
	}
}

// CallClassOrdered hands the keyword order to **kwargs of __new__ and
// __init__, as a call of any function does.
func TestCallClassOrderedKeepsKeywordOrder(t *testing.T) {
	ctx := interp.NewContext(interp.Config{})
	defer ctx.Close()
	src := "class K:\n" +
		"    def __new__(cls, *a, **kw):\n" +
		"        self = super().__new__(cls)\n" +
		"        self.new = list(kw)\n" +
		"        return self\n" +
		"    def __init__(self, *a, **kw):\n" +
		"        self.init = list(kw)\n"
	require.NoError(t, interp.RunMain(ctx, src, "k.py"))
	mod, err := ctx.GetModule("__main__")
	require.NoError(t, err)
	k := mod.Globals["K"].(*py.Type)
	kwargs := py.StringDict{"b": py.Int(1), "a": py.Int(2), "c": py.Int(3)}
	v, err := object.CallClassOrdered(k, py.Tuple{py.Int(0)}, kwargs, []string{"c", "b", "a"})
	require.NoError(t, err)
	want := py.NewListFromStrings([]string{"c", "b", "a"})
	for _, attr := range []string{"new", "init"} {
		got, err := py.GetAttrString(v, attr)
		require.NoError(t, err)
		assert.Equal(t, want.Items, got.(*py.List).Items, attr)
	}
}
