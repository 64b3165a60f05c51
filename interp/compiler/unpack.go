package compiler

import (
	"math/big"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gpyasync/gpyasync/interp/hashed"
)

// Displays and calls are compiled as CPython 3.11 compiles them, so that
// their evaluation order, the moment each * or ** operand is iterated or
// merged, and the errors they raise are CPython's.

// stackGuideline is CPython's bound on the values a display or call keeps
// on the stack; beyond it the collection is built item by item.
const stackGuideline = 30

// starUnpack emits a list, tuple or set display, or the positional
// arguments of a call (tuple set), pushed values already on the stack
// counting as its first items.
func (c *compiler) starUnpack(elts []ast.Expr, pushed int, build, add, extend vm.OpCode, tuple bool) {
	n := len(elts)
	if build == vm.BUILD_SET && n > 2 {
		if fs, ok := c.constSet(elts); ok {
			c.opArg(vm.BUILD_SET, pushed)
			c.loadFrozenSet(fs)
			c.opArg(SET_UPDATE, 1)
			return
		}
	}
	star := false
	for _, e := range elts {
		if _, ok := e.(*ast.Starred); ok {
			star = true
		}
	}
	// Lists and tuples are built in one go whatever their size: that
	// differs from adding items one by one only for sets, whose adds hash.
	big := n+pushed > stackGuideline && build == vm.BUILD_SET
	if !star && !big {
		c.exprs(elts)
		if tuple {
			build = vm.BUILD_TUPLE
		}
		c.opArg(build, n+pushed)
		return
	}
	built := false
	if big {
		c.opArg(build, pushed)
		built = true
	}
	for i, e := range elts {
		if s, ok := e.(*ast.Starred); ok {
			if !built {
				c.opArg(build, i+pushed)
				built = true
			}
			c.expr(s.Value)
			c.opArg(extend, 1)
			continue
		}
		c.expr(e)
		if built {
			c.opArg(add, 1)
		}
	}
	if tuple {
		c.op(LIST_TO_TUPLE)
	}
}

// constSet returns the frozenset constant CPython 3.11 makes of a set
// display whose elements are all constants: a frozenset of the elements,
// made again from its own iteration when the code's constants are merged.
// The display's order is the one adding that frozenset to an empty set
// gives, which differs from adding the elements in order when hashes
// collide.
func (c *compiler) constSet(elts []ast.Expr) (*hashed.Set, bool) {
	items := make(py.Tuple, len(elts))
	for i, e := range elts {
		v, ok := constValue(e)
		if !ok {
			return nil, false
		}
		items[i] = v
	}
	first, err := hashed.FromIterable(items, true)
	if err != nil {
		return nil, false
	}
	merged, err := hashed.FromIterable(py.Tuple(first.Items()), true)
	if err != nil {
		return nil, false
	}
	return merged, true
}

// loadFrozenSet loads a frozenset constant. It is not shared with other
// constants: addConst's key cannot tell 3 from 3.0 inside a set.
func (c *compiler) loadFrozenSet(fs *hashed.Set) {
	c.u.consts = append(c.u.consts, fs)
	c.opArg(vm.LOAD_CONST, len(c.u.consts)-1)
}

// iterable compiles the iterable of a for loop or comprehension clause, or
// the container of a final `in` test. A set display of constants there is
// a frozenset constant, as CPython's AST optimizer makes it, and iterates
// in that frozenset's order.
func (c *compiler) iterable(e ast.Expr) {
	if s, ok := e.(*ast.Set); ok {
		if fs, ok := c.constSet(s.Elts); ok {
			saved := c.u.lineno
			c.u.lineno = s.Lineno
			c.loadFrozenSet(fs)
			c.u.lineno = saved
			return
		}
	}
	c.expr(e)
}

// maxFoldBits is CPython's limit on the size of an int its constant
// folder makes.
const maxFoldBits = 128

// constValue returns the value of e when CPython's AST optimizer makes e a
// constant: literals, and unary and binary operations on numbers and
// tuples of constants within its size limits.
func constValue(e ast.Expr) (py.Object, bool) {
	if v, ok := literalLeaf(e); ok {
		return v, true
	}
	switch e := e.(type) {
	case *ast.Ellipsis:
		return py.Ellipsis, true
	case *ast.Tuple:
		if e.Ctx != ast.Load {
			return nil, false
		}
		t := make(py.Tuple, len(e.Elts))
		for i, el := range e.Elts {
			v, ok := constValue(el)
			if !ok {
				return nil, false
			}
			t[i] = v
		}
		return t, true
	case *ast.UnaryOp:
		v, ok := constValue(e.Operand)
		if !ok || !isNumber(v) {
			return nil, false
		}
		var r py.Object
		var err error
		switch e.Op {
		case ast.USub:
			r, err = py.Neg(v)
		case ast.UAdd:
			r, err = py.Pos(v)
		case ast.Invert:
			r, err = py.Invert(v)
		default:
			return nil, false
		}
		return r, err == nil
	case *ast.BinOp:
		a, ok := constValue(e.Left)
		if !ok || !isNumber(a) {
			return nil, false
		}
		b, ok := constValue(e.Right)
		if !ok || !isNumber(b) {
			return nil, false
		}
		return foldBinary(e.Op, a, b)
	}
	return nil, false
}

// intValue returns the value of an int or bool, or nil for other numbers.
func intValue(v py.Object) *big.Int {
	switch x := v.(type) {
	case py.Int:
		return big.NewInt(int64(x))
	case py.Bool:
		if x {
			return big.NewInt(1)
		}
		return big.NewInt(0)
	case *py.BigInt:
		return (*big.Int)(x)
	}
	return nil
}

// foldBinary folds a binary operation on two numbers, declining, as
// CPython does, when the result could be a large int.
func foldBinary(op ast.OperatorNumber, a, b py.Object) (py.Object, bool) {
	ai, bi := intValue(a), intValue(b)
	ints := ai != nil && bi != nil
	var abits, bbits int
	if ints {
		abits, bbits = ai.BitLen(), bi.BitLen()
	}
	var r py.Object
	var err error
	switch op {
	case ast.Add:
		r, err = py.Add(a, b)
	case ast.Sub:
		r, err = py.Sub(a, b)
	case ast.Mult:
		if ints && abits+bbits > maxFoldBits {
			return nil, false
		}
		r, err = py.Mul(a, b)
	case ast.Div:
		r, err = py.TrueDiv(a, b)
	case ast.FloorDiv:
		r, err = py.FloorDiv(a, b)
	case ast.Modulo:
		r, err = py.Mod(a, b)
	case ast.Pow:
		if ints && ai.Sign() != 0 && bi.Sign() > 0 {
			if bbits > 63 || abits > maxFoldBits/int(bi.Int64()) {
				return nil, false
			}
		}
		r, err = py.Pow(a, b, py.None)
	case ast.LShift:
		if ints && ai.Sign() != 0 && bi.Sign() >= 0 {
			if bbits > 63 || bi.Int64() > maxFoldBits || int64(abits) > maxFoldBits-bi.Int64() {
				return nil, false
			}
		}
		r, err = py.Lshift(a, b)
	case ast.RShift:
		r, err = py.Rshift(a, b)
	case ast.BitAnd:
		r, err = py.And(a, b)
	case ast.BitOr:
		r, err = py.Or(a, b)
	case ast.BitXor:
		r, err = py.Xor(a, b)
	default:
		return nil, false
	}
	return r, err == nil
}

// dict emits a dict display: runs of key: value items are built once all
// their keys and values are evaluated, each **mapping updates the dict.
func (c *compiler) dict(e *ast.Dict) {
	n := len(e.Values)
	have := false
	elements := 0
	flush := func(begin, end int) {
		c.subdict(e, begin, end)
		if have {
			c.opArg(DICT_UPDATE, 1)
		}
		have = true
		elements = 0
	}
	for i := 0; i < n; i++ {
		switch {
		case e.Keys[i] == nil:
			if elements > 0 {
				flush(i-elements, i)
			}
			if !have {
				c.opArg(vm.BUILD_MAP, 0)
				have = true
			}
			c.expr(e.Values[i])
			c.opArg(DICT_UPDATE, 1)
		case elements*2 > stackGuideline:
			flush(i-elements, i+1)
		default:
			elements++
		}
	}
	if elements > 0 {
		flush(n-elements, n)
	}
	if !have {
		c.opArg(vm.BUILD_MAP, 0)
	}
}

// subdict emits the dict of items begin to end of a display, keys before
// values. CPython inserts the items once all are evaluated; inserting each
// as it comes (which gpython's own VM can run) differs only when a key
// before the last may run code when hashed, that is when it is not a
// constant.
func (c *compiler) subdict(e *ast.Dict, begin, end int) {
	n := end - begin
	incremental := n*2 > stackGuideline
	if !incremental {
		incremental = true
		for i := begin; i < end-1; i++ {
			if _, ok := constValue(e.Keys[i]); !ok {
				incremental = false
			}
		}
	}
	if incremental {
		c.opArg(vm.BUILD_MAP, n)
		for i := begin; i < end; i++ {
			c.expr(e.Keys[i])
			c.expr(e.Values[i])
			c.op(vm.ROT_TWO)
			c.op(vm.STORE_MAP)
		}
		return
	}
	for i := begin; i < end; i++ {
		c.expr(e.Keys[i])
		c.expr(e.Values[i])
	}
	c.opArg(BUILD_MAP_ITEMS, n)
}

// callHelper emits the arguments and the call; npos callable-specific
// positional arguments are already on the stack. args may hold
// *ast.Starred and kws keywords with no name (**mapping); starargs and
// kwargs, when set, follow them (gpython's encoding of a Python 3.4
// call).
//
// A call gpython's CALL_FUNCTION family can make in CPython 3.11's order
// (see classicCall) uses it, so that code without PEP 448 forms still runs
// on gpython's own VM; any other call is built as CPython 3.11 builds it
// and made with CALL_FUNCTION_EX.
func (c *compiler) callHelper(n ast.Ast, npos int, args []ast.Expr, kws []*ast.Keyword, starargs, kwargs ast.Expr) {
	seen := map[ast.Identifier]bool{}
	for _, kw := range kws {
		if kw.Arg == "" {
			continue
		}
		if seen[kw.Arg] {
			c.errorf(kw, "keyword argument repeated: %s", kw.Arg)
		}
		seen[kw.Arg] = true
	}
	if spilled(npos, args, kws, kwargs) {
		c.spilledCall(npos, args, kws, starargs)
		return
	}
	if classicCall(npos, args, kws, starargs, kwargs) {
		c.exprs(args)
		for _, kw := range kws {
			c.loadConst(py.String(kw.Arg))
			c.expr(kw.Value)
		}
		op := vm.CALL_FUNCTION
		if starargs != nil {
			c.expr(starargs)
			op = vm.CALL_FUNCTION_VAR
		}
		if kwargs != nil {
			c.expr(kwargs)
			if op == vm.CALL_FUNCTION_VAR {
				op = vm.CALL_FUNCTION_VAR_KW
			} else {
				op = vm.CALL_FUNCTION_KW
			}
		}
		c.opArg(op, npos+len(args)|len(kws)<<8)
		return
	}
	if starargs != nil {
		s := &ast.Starred{ExprBase: ast.ExprBase{Pos: ast.Pos{Lineno: starargs.GetLineno(), ColOffset: starargs.GetColOffset()}}, Value: starargs, Ctx: ast.Load}
		args = append(args[:len(args):len(args)], s)
	}
	if kwargs != nil {
		kws = append(kws[:len(kws):len(kws)], &ast.Keyword{Pos: ast.Pos{Lineno: kwargs.GetLineno(), ColOffset: kwargs.GetColOffset()}, Value: kwargs})
	}
	if s, ok := singleStarred(args); ok && npos == 0 {
		c.expr(s.Value)
	} else {
		c.starUnpack(args, npos, vm.BUILD_LIST, vm.LIST_APPEND, LIST_EXTEND, true)
	}
	if len(kws) == 0 {
		c.opArg(CALL_FUNCTION_EX, 0)
		return
	}
	have := false
	nseen := 0
	for i, kw := range kws {
		if kw.Arg != "" {
			nseen++
			continue
		}
		if nseen > 0 {
			c.subkwargs(kws[i-nseen : i])
			if have {
				c.opArg(DICT_MERGE, 1)
			}
			have = true
			nseen = 0
		}
		if !have {
			c.opArg(vm.BUILD_MAP, 0)
			have = true
		}
		c.expr(kw.Value)
		c.opArg(DICT_MERGE, 1)
	}
	if nseen > 0 {
		c.subkwargs(kws[len(kws)-nseen:])
		if have {
			c.opArg(DICT_MERGE, 1)
		}
	}
	c.opArg(CALL_FUNCTION_EX, 1)
}

// classicCall reports whether a call fits gpython's CALL_FUNCTION family
// with CPython 3.11's semantics. Those instructions take at most 255
// positional and 255 keyword arguments, the positional ones, the keywords,
// *args and **kwargs in that order on the stack, and the evaluator
// consumes *args and **kwargs in CPython's order (see Frame.call). CPython
// evaluates *args before the keywords, so a call with both needs keyword
// values that cannot observe the difference.
func classicCall(npos int, args []ast.Expr, kws []*ast.Keyword, starargs, kwargs ast.Expr) bool {
	if npos+len(args) > 0xff || len(kws) > 0xff {
		return false
	}
	for _, a := range args {
		if _, ok := a.(*ast.Starred); ok {
			return false
		}
	}
	for _, kw := range kws {
		if kw.Arg == "" {
			return false
		}
		if starargs != nil && !inert(kw.Value) {
			return false
		}
	}
	// After positional arguments CPython iterates *args before it
	// evaluates **kwargs; gpython's instruction, when calling.
	return starargs == nil || kwargs == nil || npos+len(args) == 0 || inert(kwargs)
}

// inert reports whether evaluating e runs no code that could observe the
// order of evaluation: a constant or a variable.
func inert(e ast.Expr) bool {
	if _, isName := e.(*ast.Name); isName {
		return true
	}
	_, ok := constValue(e)
	return ok
}

// spilled reports whether a call without PEP 448 forms has more
// positional arguments than CALL_FUNCTION takes, and no **kwargs.
func spilled(npos int, args []ast.Expr, kws []*ast.Keyword, kwargs ast.Expr) bool {
	if npos+len(args) <= 0xff || kwargs != nil || len(kws) > 0xff {
		return false
	}
	for _, a := range args {
		if _, ok := a.(*ast.Starred); ok {
			return false
		}
	}
	for _, kw := range kws {
		if kw.Arg == "" {
			return false
		}
	}
	return true
}

// spilledCall emits a call with more positional arguments than the
// instruction's one-byte count allows: they travel as a list in the *args
// slot (extended with *starargs, at once as in CPython 3.11) and the
// keywords as a dict in the **kwargs slot.
func (c *compiler) spilledCall(npos int, args []ast.Expr, kws []*ast.Keyword, starargs ast.Expr) {
	c.exprs(args)
	c.opArg(vm.BUILD_LIST, len(args))
	if starargs != nil {
		c.expr(starargs)
		c.op(vm.INPLACE_ADD)
	}
	if len(kws) == 0 {
		c.opArg(vm.CALL_FUNCTION_VAR, npos)
		return
	}
	c.opArg(vm.BUILD_MAP, len(kws))
	for _, kw := range kws {
		c.expr(kw.Value)
		c.loadConst(py.String(kw.Arg))
		c.op(vm.STORE_MAP)
	}
	c.opArg(vm.CALL_FUNCTION_VAR_KW, npos)
}

func singleStarred(args []ast.Expr) (*ast.Starred, bool) {
	if len(args) != 1 {
		return nil, false
	}
	s, ok := args[0].(*ast.Starred)
	return s, ok
}

// subkwargs emits the dict of a run of named keyword arguments.
func (c *compiler) subkwargs(kws []*ast.Keyword) {
	c.opArg(vm.BUILD_MAP, len(kws))
	for _, kw := range kws {
		c.expr(kw.Value)
		c.loadConst(py.String(kw.Arg))
		c.op(vm.STORE_MAP)
	}
}

// starredDims reports whether an extended slice has a *iterable item, as
// a[1:2, *b] may since Python 3.11.
func starredDims(dims []ast.Slicer) bool {
	for _, d := range dims {
		if i, ok := d.(*ast.Index); ok {
			if _, star := i.Value.(*ast.Starred); star {
				return true
			}
		}
	}
	return false
}

// starredSlice emits the tuple of an extended slice with *iterable items.
func (c *compiler) starredSlice(dims []ast.Slicer) {
	built := false
	for i, d := range dims {
		switch d := d.(type) {
		case *ast.Slice:
			c.sliceParts(d)
		case *ast.Index:
			if s, ok := d.Value.(*ast.Starred); ok {
				if !built {
					c.opArg(vm.BUILD_LIST, i)
					built = true
				}
				c.expr(s.Value)
				c.opArg(LIST_EXTEND, 1)
				continue
			}
			c.expr(d.Value)
		default:
			c.errorf(d, "extended slice invalid in nested slice")
		}
		if built {
			c.opArg(vm.LIST_APPEND, 1)
		}
	}
	c.op(LIST_TO_TUPLE)
}
