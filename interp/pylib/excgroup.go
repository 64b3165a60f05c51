package pylib

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"weak"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/object"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// BaseExceptionGroup and ExceptionGroup are CPython 3.11's exception
// groups (PEP 654). ExceptionGroup derives from both BaseExceptionGroup and
// Exception. An instance is a *py.Exception whose args are the arguments
// it was made with; its message and its sub-exceptions (a tuple) are kept
// aside (see contents), read through the message and exceptions
// properties.
//
// The functions of this file may be called from several goroutines at
// once, each on the Python objects of its own context.
var (
	BaseExceptionGroup = py.BaseException.NewType("BaseExceptionGroup", "A combination of multiple unrelated exceptions.", nil, nil)
	ExceptionGroup     = py.ExceptionType.NewType("ExceptionGroup", "", nil, nil)
)

// contents is what a group holds beyond a plain exception.
type contents struct {
	message    py.String
	exceptions py.Tuple
}

// groups maps each group to its contents. *py.Exception has no field to
// spare, and CPython's group keeps them out of __dict__; the entry goes
// when the group is collected. Contexts on several goroutines make groups,
// hence the lock.
var groups = struct {
	sync.Mutex
	m map[weak.Pointer[py.Exception]]*contents
}{m: map[weak.Pointer[py.Exception]]*contents{}}

func setContents(e *py.Exception, c *contents) {
	key := weak.Make(e)
	groups.Lock()
	groups.m[key] = c
	groups.Unlock()
	runtime.AddCleanup(e, func(k weak.Pointer[py.Exception]) {
		groups.Lock()
		delete(groups.m, k)
		groups.Unlock()
	}, key)
}

// contentsOf returns the contents of the group e; a group made without
// BaseExceptionGroup.__new__ (a bare *py.Exception of a group class) has
// none.
func contentsOf(e *py.Exception) *contents {
	groups.Lock()
	defer groups.Unlock()
	if c, ok := groups.m[weak.Make(e)]; ok {
		return c
	}
	return &contents{}
}

func init() {
	ExceptionGroup.Bases = py.Tuple{BaseExceptionGroup, py.ExceptionType}
	for _, t := range []*py.Type{BaseExceptionGroup, ExceptionGroup} {
		t.Flags &^= py.TPFLAGS_READY
		if err := t.Ready(); err != nil {
			panic(err)
		}
		t.New = groupNew
		t.Dict["__module__"] = py.String("builtins")
	}
	ExceptionGroup.Mro = py.Tuple{ExceptionGroup, BaseExceptionGroup, py.ExceptionType, py.BaseException, py.ObjectType}
	d := BaseExceptionGroup.Dict
	d["__new__"] = &py.StaticMethod{Callable: py.MustNewMethod("__new__", groupNewMethod, 0, "Create and return a new object.")}
	d["__init__"] = py.MustNewMethod("__init__", groupInit, 0, "Initialize self.")
	d["__str__"] = py.MustNewMethod("__str__", groupStrMethod, 0, "Return str(self).")
	d["message"] = groupAttr("message", func(c *contents) py.Object { return c.message })
	d["exceptions"] = groupAttr("exceptions", func(c *contents) py.Object { return c.exceptions })
	d["split"] = py.MustNewMethod("split", groupSplit, 0, "Split the group into the part that matches the condition and the rest.")
	d["subgroup"] = py.MustNewMethod("subgroup", groupSubgroup, 0, "Return the part of the group that matches the condition, or None.")
	d["derive"] = py.MustNewMethod("derive", groupDerive, 0, "Return a group of the given exceptions with this group's message.")
	py.BaseException.Dict["add_note"] = py.MustNewMethod("add_note", addNote, 0,
		"Exception.add_note(note) --\n    add a note to the exception")

	b := py.GetModuleImpl("builtins").Globals
	b["BaseExceptionGroup"] = BaseExceptionGroup
	b["ExceptionGroup"] = ExceptionGroup
}

// IsGroup reports whether e is an exception group.
func IsGroup(e *py.Exception) bool {
	return e.Base == BaseExceptionGroup || e.Base.IsSubtype(BaseExceptionGroup)
}

// GroupMessage returns the message of the group e.
func GroupMessage(e *py.Exception) string {
	return string(contentsOf(e).message)
}

// GroupExceptions returns the sub-exceptions of the group e, each a
// *py.Exception.
func GroupExceptions(e *py.Exception) py.Tuple {
	return contentsOf(e).exceptions
}

// GroupStr is str() of the group e: "message (N sub-exceptions)".
func GroupStr(e *py.Exception) string {
	n := len(GroupExceptions(e))
	s := "s"
	if n == 1 {
		s = ""
	}
	return fmt.Sprintf("%s (%d sub-exception%s)", GroupMessage(e), n, s)
}

// NewGroup is BaseExceptionGroup(msg, excs): an ExceptionGroup when every
// element of excs is an Exception, else a BaseExceptionGroup. Its args
// hold excs as a list.
func NewGroup(msg string, excs []py.Object) (*py.Exception, error) {
	o, err := makeGroup(BaseExceptionGroup, py.Tuple{py.String(msg), py.NewListFromItems(append([]py.Object(nil), excs...))})
	if err != nil {
		return nil, err
	}
	return o.(*py.Exception), nil
}

func groupNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 && len(args) == 2 {
		return nil, pyerr.Newf(py.TypeError, "%s() takes no keyword arguments", t.Name)
	}
	return makeGroup(t, args)
}

// groupNewMethod is BaseExceptionGroup.__new__(cls, message, exceptions),
// which user subclasses reach through super().
func groupNewMethod(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if t, ok := self.(*py.Type); ok {
		args = append(py.Tuple{t}, args...)
	}
	if len(args) == 0 {
		return nil, pyerr.Newf(py.TypeError, "BaseExceptionGroup.__new__(): not enough arguments")
	}
	cls, ok := args[0].(*py.Type)
	if !ok || !cls.IsSubtype(BaseExceptionGroup) {
		return nil, pyerr.Newf(py.TypeError, "BaseExceptionGroup.__new__(X): X is not a subtype of BaseExceptionGroup")
	}
	return groupNew(cls, args[1:], kwargs)
}

// makeGroup is BaseExceptionGroup.__new__(cls, *args): it checks the
// arguments and picks ExceptionGroup for BaseExceptionGroup when every
// sub-exception is an Exception.
func makeGroup(cls *py.Type, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, pyerr.Newf(py.TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))
	}
	msg, ok := args[0].(py.String)
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", pyobj.TypeOf(args[0]).Name)
	}
	var items []py.Object
	switch s := args[1].(type) {
	case py.Tuple:
		items = s
	case *py.List:
		items = s.Items
	default:
		if !isSequence(s) {
			return nil, pyerr.Newf(py.TypeError, "second argument (exceptions) must be a sequence")
		}
		l, err := py.SequenceList(s)
		if err != nil {
			return nil, pyerr.Newf(py.TypeError, "second argument (exceptions) must be a sequence")
		}
		items = l.Items
	}
	if len(items) == 0 {
		return nil, pyerr.Newf(py.ValueError, "second argument (exceptions) must be a non-empty sequence")
	}
	allExceptions := true
	for i, x := range items {
		e, ok := x.(*py.Exception)
		if !ok {
			return nil, pyerr.Newf(py.ValueError, "Item %d of second argument (exceptions) is not an exception", i)
		}
		if !e.Base.IsSubtype(py.ExceptionType) {
			allExceptions = false
		}
	}
	switch {
	case cls == BaseExceptionGroup:
		if allExceptions {
			cls = ExceptionGroup
		}
	case cls == ExceptionGroup:
		if !allExceptions {
			return nil, pyerr.Newf(py.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup")
		}
	default:
		if !allExceptions && cls.IsSubtype(py.ExceptionType) {
			return nil, pyerr.Newf(py.TypeError, "Cannot nest BaseExceptions in '%s'", cls.Name)
		}
	}
	e := object.NewException(cls, args)
	setContents(e, &contents{message: msg, exceptions: append(py.Tuple(nil), items...)})
	return e, nil
}

// isSequence reports whether o supports indexing and len, as CPython's
// PySequence_Check asks (dicts excluded).
func isSequence(o py.Object) bool {
	if _, ok := o.(py.StringDict); ok {
		return false
	}
	_, idx := o.(py.I__getitem__)
	_, ln := o.(py.I__len__)
	return idx && ln
}

// groupInit is BaseExceptionGroup.__init__: like BaseException's, it
// records its arguments as args.
func groupInit(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	e, args, err := bind[*py.Exception](self, args, "BaseExceptionGroup.__init__")
	if err != nil {
		return nil, err
	}
	if len(kwargs) > 0 {
		return nil, pyerr.Newf(py.TypeError, "%s() takes no keyword arguments", e.Base.Name)
	}
	e.Args = append(py.Tuple(nil), args...)
	return py.None, nil
}

func groupStrMethod(self py.Object, args py.Tuple) (py.Object, error) {
	e, _, err := bind[*py.Exception](self, args, "BaseExceptionGroup.__str__")
	if err != nil {
		return nil, err
	}
	if !IsGroup(e) {
		return nil, pyerr.Newf(py.TypeError, "descriptor '__str__' requires a 'BaseExceptionGroup' object but received a '%s'", e.Base.Name)
	}
	return py.String(GroupStr(e)), nil
}

func groupAttr(name string, get func(*contents) py.Object) *py.Property {
	return &py.Property{Fget: func(self py.Object) (py.Object, error) {
		if e, ok := self.(*py.Exception); ok && IsGroup(e) {
			if v := get(contentsOf(e)); v != nil {
				return v, nil
			}
		}
		return nil, pyerr.Newf(py.AttributeError, "'%s' object has no attribute '%s'", pyobj.TypeOf(self).Name, name)
	}}
}

// groupSelf binds a method's receiver, which must be a group.
func groupSelf(self py.Object, args py.Tuple, name string) (*py.Exception, py.Tuple, error) {
	e, args, err := bind[*py.Exception](self, args, "BaseExceptionGroup."+name)
	if err != nil {
		return nil, nil, err
	}
	if !IsGroup(e) {
		return nil, nil, pyerr.Newf(py.TypeError, "descriptor '%s' for 'BaseExceptionGroup' objects doesn't apply to a '%s' object", name, e.Base.Name)
	}
	return e, args, nil
}

func groupSplit(self py.Object, args py.Tuple) (py.Object, error) {
	e, args, err := groupSelf(self, args, "split")
	if err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, pyerr.Newf(py.TypeError, "split expected 1 argument, got %d", len(args))
	}
	m, err := newMatcher(args[0])
	if err != nil {
		return nil, err
	}
	match, rest, err := split(e, m, true)
	if err != nil {
		return nil, err
	}
	return py.Tuple{groupOrNone(match), groupOrNone(rest)}, nil
}

func groupSubgroup(self py.Object, args py.Tuple) (py.Object, error) {
	e, args, err := groupSelf(self, args, "subgroup")
	if err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, pyerr.Newf(py.TypeError, "subgroup expected 1 argument, got %d", len(args))
	}
	m, err := newMatcher(args[0])
	if err != nil {
		return nil, err
	}
	match, _, err := split(e, m, false)
	if err != nil {
		return nil, err
	}
	return groupOrNone(match), nil
}

func groupOrNone(e *py.Exception) py.Object {
	if e == nil {
		return py.None
	}
	return e
}

// groupDerive is BaseExceptionGroup.derive(excs): a group of excs with
// self's message, of the class BaseExceptionGroup's constructor picks.
func groupDerive(self py.Object, args py.Tuple) (py.Object, error) {
	e, args, err := groupSelf(self, args, "derive")
	if err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, pyerr.Newf(py.TypeError, "BaseExceptionGroup.derive() takes exactly one argument (%d given)", len(args))
	}
	return makeGroup(BaseExceptionGroup, py.Tuple{contentsOf(e).message, args[0]})
}

// addNote is BaseException.add_note(note).
func addNote(self py.Object, args py.Tuple) (py.Object, error) {
	e, args, err := bind[*py.Exception](self, args, "BaseException.add_note")
	if err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, pyerr.Newf(py.TypeError, "BaseException.add_note() takes exactly one argument (%d given)", len(args))
	}
	if _, ok := args[0].(py.String); !ok {
		return nil, pyerr.Newf(py.TypeError, "note must be a str, not '%s'", pyobj.TypeOf(args[0]).Name)
	}
	notes, ok := e.Dict["__notes__"]
	if !ok {
		notes = py.NewList()
		e.Dict["__notes__"] = notes
	}
	l, ok := notes.(*py.List)
	if !ok {
		return nil, pyerr.Newf(py.TypeError, "Cannot add note: __notes__ is not a list")
	}
	l.Items = append(l.Items, args[0])
	return py.None, nil
}

// matcher is the condition of split and subgroup: exception classes, a
// predicate (a Python function, as CPython requires), or (for except*) a
// set of leaf exceptions.
type matcher struct {
	types py.Object // a class or a tuple of classes
	pred  py.Object
	ids   map[*py.Exception]bool
}

const badMatcher = "expected a function, exception type or tuple of exception types"

func newMatcher(cond py.Object) (matcher, error) {
	if t, ok := cond.(*py.Type); ok && pyobj.IsClass(t) {
		if !t.IsSubtype(py.BaseException) {
			return matcher{}, pyerr.Newf(py.TypeError, badMatcher)
		}
		return matcher{types: t}, nil
	}
	if tup, ok := cond.(py.Tuple); ok {
		for _, x := range tup {
			if t, ok := x.(*py.Type); !ok || !pyobj.IsClass(t) || !t.IsSubtype(py.BaseException) {
				return matcher{}, pyerr.Newf(py.TypeError, badMatcher)
			}
		}
		return matcher{types: tup}, nil
	}
	if _, ok := cond.(*py.Function); ok {
		return matcher{pred: cond}, nil
	}
	return matcher{}, pyerr.Newf(py.TypeError, badMatcher)
}

func (m matcher) matches(e *py.Exception) (bool, error) {
	switch {
	case m.ids != nil:
		return m.ids[e], nil
	case m.pred != nil:
		r, err := py.Call(m.pred, py.Tuple{e}, nil)
		if err != nil {
			return false, err
		}
		return pyobj.Truth(r)
	}
	return classMatches(e.Base, m.types), nil
}

// classMatches reports whether cls is c or derives from it, or from one of
// the classes of the tuple c.
func classMatches(cls *py.Type, c py.Object) bool {
	if tup, ok := c.(py.Tuple); ok {
		for _, x := range tup {
			if classMatches(cls, x) {
				return true
			}
		}
		return false
	}
	t, ok := c.(*py.Type)
	return ok && (cls == t || cls.IsSubtype(t))
}

// split divides e into the part m matches and the rest (computed only
// when wantRest is set); nil stands for an empty part. A group that m
// matches as a whole is its own match; otherwise the parts keep the
// nesting of e, made by derive and carrying e's traceback, cause, context
// and notes.
func split(e *py.Exception, m matcher, wantRest bool) (match, rest *py.Exception, err error) {
	ok, err := m.matches(e)
	if err != nil {
		return nil, nil, err
	}
	if ok {
		return e, nil, nil
	}
	if !IsGroup(e) {
		return nil, e, nil
	}
	var matched, others []py.Object
	for _, x := range GroupExceptions(e) {
		sub, ok := x.(*py.Exception)
		if !ok {
			continue
		}
		mm, rr, err := split(sub, m, wantRest)
		if err != nil {
			return nil, nil, err
		}
		if mm != nil {
			matched = append(matched, mm)
		}
		if rr != nil {
			others = append(others, rr)
		}
	}
	if match, err = subset(e, matched); err != nil {
		return nil, nil, err
	}
	if wantRest {
		if rest, err = subset(e, others); err != nil {
			return nil, nil, err
		}
	}
	return match, rest, nil
}

// subset makes the group of excs derived from orig, with orig's metadata.
func subset(orig *py.Exception, excs []py.Object) (*py.Exception, error) {
	if len(excs) == 0 {
		return nil, nil
	}
	derive, err := object.GetAttr(orig, "derive")
	if err != nil {
		return nil, err
	}
	r, err := py.Call(derive, py.Tuple{py.NewListFromItems(excs)}, nil)
	if err != nil {
		return nil, err
	}
	eg, ok := r.(*py.Exception)
	if !ok || !IsGroup(eg) {
		return nil, pyerr.Newf(py.TypeError, "derive must return an instance of BaseExceptionGroup")
	}
	eg.Traceback = orig.Traceback
	eg.Context = orig.Context
	eg.Cause = orig.Cause
	eg.SuppressContext = true
	if notes, ok := orig.Dict["__notes__"]; ok && isSequence(notes) {
		l, err := py.SequenceList(notes)
		if err != nil {
			return nil, err
		}
		eg.Dict["__notes__"] = l
	}
	return eg, nil
}

// MatchStar is the matching step of an `except* cond` clause applied to
// exc, the part of the exception not yet handled (nil when none is left):
// it returns the part to handle (nil for none) and the part left. A
// matching exception that is not a group is handled wrapped in
// BaseExceptionGroup("", (exc,)). cond must be a class or a tuple of classes
// that are not exception groups.
func MatchStar(exc *py.Exception, cond py.Object) (match, rest *py.Exception, err error) {
	if err := checkStarType(cond); err != nil {
		return nil, nil, err
	}
	if exc == nil {
		return nil, nil, nil
	}
	if classMatches(exc.Base, cond) {
		if IsGroup(exc) {
			return exc, nil, nil
		}
		w, err := makeGroup(BaseExceptionGroup, py.Tuple{py.String(""), py.Tuple{exc}})
		if err != nil {
			return nil, nil, err
		}
		return w.(*py.Exception), nil, nil
	}
	if !IsGroup(exc) {
		return nil, exc, nil
	}
	splitMethod, err := object.GetAttr(exc, "split")
	if err != nil {
		return nil, nil, err
	}
	r, err := py.Call(splitMethod, py.Tuple{cond}, nil)
	if err != nil {
		return nil, nil, err
	}
	pair, ok := r.(py.Tuple)
	if !ok || len(pair) != 2 {
		return nil, nil, pyerr.Newf(py.TypeError, "ExceptionGroup.split must return a 2-tuple, got %s", pyobj.TypeOf(r).Name)
	}
	match, _ = pair[0].(*py.Exception)
	rest, _ = pair[1].(*py.Exception)
	return match, rest, nil
}

const (
	cannotCatch     = "catching classes that do not inherit from BaseException is not allowed"
	cannotCatchStar = "catching ExceptionGroup with except* is not allowed. Use except instead."
)

func checkStarType(cond py.Object) error {
	classes := py.Tuple{cond}
	if t, ok := cond.(py.Tuple); ok {
		classes = t
	}
	for _, c := range classes {
		t, ok := c.(*py.Type)
		if !ok || !pyobj.IsClass(t) || !t.IsSubtype(py.BaseException) {
			return pyerr.Newf(py.TypeError, cannotCatch)
		}
		if t == BaseExceptionGroup || t.IsSubtype(BaseExceptionGroup) {
			return pyerr.Newf(py.TypeError, cannotCatchStar)
		}
	}
	return nil
}

// ReraiseStar computes what a try statement with except* clauses raises
// when its handlers are done: orig is the exception the body raised, excs
// what the handlers raised or re-raised, followed by the unhandled rest
// (nil entries are skipped). Re-raised parts (those with orig's traceback,
// cause, context and notes) are put back in orig's shape; exceptions raised
// anew join them in ExceptionGroup(”, [...]). It returns nil when nothing
// is left to raise.
func ReraiseStar(orig *py.Exception, excs []*py.Exception) (*py.Exception, error) {
	var raised, reraised []*py.Exception
	for _, e := range excs {
		if e == nil {
			continue
		}
		if sameMetadata(e, orig) {
			reraised = append(reraised, e)
		} else {
			raised = append(raised, e)
		}
	}
	if !IsGroup(orig) {
		// A bare exception was wrapped, so only one handler ran.
		if len(raised) > 0 {
			return raised[0], nil
		}
		if len(reraised) > 0 {
			return reraised[0], nil
		}
		return nil, nil
	}
	ids := map[*py.Exception]bool{}
	for _, e := range reraised {
		leafIDs(e, ids)
	}
	kept, _, err := split(orig, matcher{ids: ids}, false)
	if err != nil {
		return nil, err
	}
	if len(raised) == 0 {
		return kept, nil
	}
	items := make([]py.Object, 0, len(raised)+1)
	for _, e := range raised {
		items = append(items, e)
	}
	if kept != nil {
		items = append(items, kept)
	}
	if len(items) == 1 {
		return raised[0], nil
	}
	return NewGroup("", items)
}

func leafIDs(e *py.Exception, ids map[*py.Exception]bool) {
	if !IsGroup(e) {
		ids[e] = true
		return
	}
	for _, x := range GroupExceptions(e) {
		if sub, ok := x.(*py.Exception); ok {
			leafIDs(sub, ids)
		}
	}
}

func sameMetadata(a, b *py.Exception) bool {
	return sameObject(a.Traceback, b.Traceback) && sameObject(a.Cause, b.Cause) &&
		sameObject(a.Context, b.Context) && sameObject(a.Dict["__notes__"], b.Dict["__notes__"])
}

// sameObject is identity with nil and None counted as the same absence.
func sameObject(a, b py.Object) bool {
	if a == py.None {
		a = nil
	}
	if b == py.None {
		b = nil
	}
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return pyobj.Is(a, b)
}

// Notes returns the lines CPython prints after an exception's message for
// its __notes__: each str note's lines, the str() of other notes, or the
// repr of __notes__ when it is not a sequence. strOf formats objects.
func Notes(e *py.Exception, strOf, reprOf func(py.Object) string) []string {
	notes, ok := e.Dict["__notes__"]
	if !ok {
		return nil
	}
	var items []py.Object
	switch n := notes.(type) {
	case *py.List:
		items = n.Items
	case py.Tuple:
		items = n
	default:
		return []string{reprOf(notes)}
	}
	var lines []string
	for _, x := range items {
		if s, ok := x.(py.String); ok {
			lines = append(lines, strings.Split(string(s), "\n")...)
		} else {
			lines = append(lines, strings.Split(strOf(x), "\n")...)
		}
	}
	return lines
}
