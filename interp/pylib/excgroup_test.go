package pylib_test

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpyasync/gpyasync/interp/pylib"
	"github.com/gpyasync/gpyasync/pyerr"
)

func newExc(t *py.Type, args ...py.Object) *py.Exception {
	return pyerr.New(t, args...).Value.(*py.Exception)
}

func TestNewGroupPicksClass(t *testing.T) {
	eg, err := pylib.NewGroup("m", []py.Object{newExc(py.ValueError), newExc(py.TypeError)})
	require.NoError(t, err)
	assert.Same(t, pylib.ExceptionGroup, eg.Base)
	assert.True(t, eg.Base.IsSubtype(py.ExceptionType))
	assert.True(t, pylib.IsGroup(eg))
	assert.Equal(t, "m (2 sub-exceptions)", pylib.GroupStr(eg))
	assert.Equal(t, "m", pylib.GroupMessage(eg))
	assert.Len(t, pylib.GroupExceptions(eg), 2)

	beg, err := pylib.NewGroup("b", []py.Object{newExc(py.KeyboardInterrupt)})
	require.NoError(t, err)
	assert.Same(t, pylib.BaseExceptionGroup, beg.Base)
	assert.False(t, beg.Base.IsSubtype(py.ExceptionType))
	assert.Equal(t, "b (1 sub-exception)", pylib.GroupStr(beg))
	assert.False(t, pylib.IsGroup(newExc(py.ValueError)))
}

func TestNewGroupErrors(t *testing.T) {
	_, err := pylib.NewGroup("m", nil)
	require.Error(t, err)
	assert.True(t, pyerr.Matches(err, py.ValueError))
	assert.Contains(t, err.Error(), "second argument (exceptions) must be a non-empty sequence")

	_, err = pylib.NewGroup("m", []py.Object{newExc(py.ValueError), py.Int(1)})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "Item 1 of second argument (exceptions) is not an exception")

	_, err = py.Call(pylib.ExceptionGroup, py.Tuple{py.String("m"), py.NewListFromItems([]py.Object{newExc(py.SystemExit)})}, nil)
	require.Error(t, err)
	assert.True(t, pyerr.Matches(err, py.TypeError))
	assert.Contains(t, err.Error(), "Cannot nest BaseExceptions in an ExceptionGroup")
}

func TestMatchStarWrapsBareException(t *testing.T) {
	v := newExc(py.ValueError, py.Int(1))
	match, rest, err := pylib.MatchStar(v, py.ValueError)
	require.NoError(t, err)
	assert.Nil(t, rest)
	require.NotNil(t, match)
	assert.Same(t, pylib.ExceptionGroup, match.Base)
	assert.Equal(t, "", pylib.GroupMessage(match))
	assert.Equal(t, py.Tuple{v}, pylib.GroupExceptions(match))

	match, rest, err = pylib.MatchStar(v, py.TypeError)
	require.NoError(t, err)
	assert.Nil(t, match)
	assert.Same(t, v, rest)

	k := newExc(py.KeyboardInterrupt)
	match, _, err = pylib.MatchStar(k, py.KeyboardInterrupt)
	require.NoError(t, err)
	assert.Same(t, pylib.BaseExceptionGroup, match.Base)
}

func TestMatchStarSplitsGroups(t *testing.T) {
	v, ty, k := newExc(py.ValueError), newExc(py.TypeError), newExc(py.KeyError)
	eg, err := pylib.NewGroup("eg", []py.Object{v, ty, k})
	require.NoError(t, err)
	match, rest, err := pylib.MatchStar(eg, py.Tuple{py.ValueError, py.KeyError})
	require.NoError(t, err)
	assert.Equal(t, py.Tuple{v, k}, pylib.GroupExceptions(match))
	assert.Equal(t, py.Tuple{ty}, pylib.GroupExceptions(rest))
	assert.Equal(t, "eg", pylib.GroupMessage(rest))

	match, rest, err = pylib.MatchStar(eg, py.ExceptionType)
	require.NoError(t, err)
	assert.Same(t, eg, match)
	assert.Nil(t, rest)

	match, rest, err = pylib.MatchStar(nil, py.ValueError)
	require.NoError(t, err)
	assert.Nil(t, match)
	assert.Nil(t, rest)
}

func TestMatchStarRejectsGroupsAndNonExceptions(t *testing.T) {
	v := newExc(py.ValueError)
	for _, cond := range []py.Object{pylib.ExceptionGroup, pylib.BaseExceptionGroup, py.Tuple{py.ValueError, pylib.ExceptionGroup}} {
		_, _, err := pylib.MatchStar(v, cond)
		require.Error(t, err)
		assert.Contains(t, err.Error(), "catching ExceptionGroup with except* is not allowed. Use except instead.")
	}
	// Checked even when nothing is left to match.
	_, _, err := pylib.MatchStar(nil, py.IntType)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "catching classes that do not inherit from BaseException is not allowed")
}

func TestReraiseStar(t *testing.T) {
	v, ty := newExc(py.ValueError), newExc(py.TypeError)
	orig, err := pylib.NewGroup("eg", []py.Object{v, ty})
	require.NoError(t, err)

	// Nothing raised, nothing left.
	got, err := pylib.ReraiseStar(orig, []*py.Exception{nil})
	require.NoError(t, err)
	assert.Nil(t, got)

	// The unhandled rest alone is raised as it is.
	_, rest, err := pylib.MatchStar(orig, py.ValueError)
	require.NoError(t, err)
	got, err = pylib.ReraiseStar(orig, []*py.Exception{rest})
	require.NoError(t, err)
	assert.Equal(t, py.Tuple{ty}, pylib.GroupExceptions(got))

	// A re-raised match and the rest rebuild the original shape.
	match, rest, err := pylib.MatchStar(orig, py.ValueError)
	require.NoError(t, err)
	got, err = pylib.ReraiseStar(orig, []*py.Exception{match, rest})
	require.NoError(t, err)
	assert.Equal(t, py.Tuple{v, ty}, pylib.GroupExceptions(got))

	// A new exception (told apart by its context, as a raise in the
	// handler sets it) joins the rest in a group without a message.
	k := newExc(py.KeyError)
	k.Context = match
	got, err = pylib.ReraiseStar(orig, []*py.Exception{k, rest})
	require.NoError(t, err)
	assert.Equal(t, "", pylib.GroupMessage(got))
	require.Len(t, pylib.GroupExceptions(got), 2)
	assert.Same(t, k, pylib.GroupExceptions(got)[0])
	assert.Equal(t, py.Tuple{ty}, pylib.GroupExceptions(pylib.GroupExceptions(got)[1].(*py.Exception)))

	// Only a new exception: raised alone.
	got, err = pylib.ReraiseStar(orig, []*py.Exception{k, nil})
	require.NoError(t, err)
	assert.Same(t, k, got)

	// A bare exception that was wrapped: what the handler raised.
	bare := newExc(py.ValueError)
	wrapped, _, err := pylib.MatchStar(bare, py.ValueError)
	require.NoError(t, err)
	got, err = pylib.ReraiseStar(bare, []*py.Exception{wrapped, nil})
	require.NoError(t, err)
	assert.Same(t, wrapped, got)
}

func TestSplitCopiesMetadata(t *testing.T) {
	cause := newExc(py.OSError)
	orig, err := pylib.NewGroup("eg", []py.Object{newExc(py.ValueError), newExc(py.TypeError)})
	require.NoError(t, err)
	orig.Cause = cause
	orig.Dict["__notes__"] = py.NewListFromItems([]py.Object{py.String("n")})
	split, err := py.GetAttrString(orig, "split")
	require.NoError(t, err)
	r, err := py.Call(split, py.Tuple{py.ValueError}, nil)
	require.NoError(t, err)
	pair := r.(py.Tuple)
	for _, part := range pair {
		e := part.(*py.Exception)
		assert.Same(t, cause, e.Cause)
		assert.True(t, e.SuppressContext)
		notes := e.Dict["__notes__"].(*py.List)
		assert.Equal(t, []py.Object{py.String("n")}, notes.Items)
		assert.NotSame(t, orig.Dict["__notes__"], notes)
	}
}

func TestNotes(t *testing.T) {
	e := newExc(py.ValueError)
	addNote, err := py.GetAttrString(e, "add_note")
	require.NoError(t, err)
	_, err = py.Call(addNote, py.Tuple{py.String("one\ntwo")}, nil)
	require.NoError(t, err)
	_, err = py.Call(addNote, py.Tuple{py.Int(3)}, nil)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "note must be a str, not 'int'")
	str := func(o py.Object) string { return "str" }
	repr := func(o py.Object) string { return "repr" }
	assert.Equal(t, []string{"one", "two"}, pylib.Notes(e, str, repr))
	e.Dict["__notes__"] = py.NewListFromItems([]py.Object{py.Int(1)})
	assert.Equal(t, []string{"str"}, pylib.Notes(e, str, repr))
	e.Dict["__notes__"] = py.Int(1)
	assert.Equal(t, []string{"repr"}, pylib.Notes(e, str, repr))
	assert.Nil(t, pylib.Notes(newExc(py.ValueError), str, repr))
}
