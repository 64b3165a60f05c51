package compiler

import (
	"sort"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/gpyasync/gpyasync/interp/syntax"
)

// Opcodes of match statements (PEP 634). The no-argument ones have their
// CPython 3.10 numbers; the others are ours.
const (
	// GET_LEN pushes len(TOS).
	GET_LEN vm.OpCode = 30
	// MATCH_MAPPING pushes whether TOS is a mapping for pattern matching.
	MATCH_MAPPING vm.OpCode = 31
	// MATCH_SEQUENCE pushes whether TOS is a sequence for pattern
	// matching (not str, bytes or bytearray).
	MATCH_SEQUENCE vm.OpCode = 32
	// MATCH_KEYS looks up the keys of the tuple on TOS in the mapping
	// TOS1 and pushes the tuple of their values, or None when one is
	// missing.
	MATCH_KEYS vm.OpCode = 33
	// COPY_DICT_WITHOUT_KEYS replaces the tuple of keys on TOS with a
	// dict of the items of the mapping TOS1 but those keys.
	COPY_DICT_WITHOUT_KEYS vm.OpCode = 34
	// MATCH_CLASS pops the subject TOS2, the class TOS1 and the tuple of
	// keyword attribute names TOS, and pushes the tuple of the argument's
	// count of positional attributes and the keyword attributes when the
	// subject is an instance of the class that has them all, else None.
	MATCH_CLASS vm.OpCode = 180
	// MATCH_COPY pushes the item the argument counts down from TOS, TOS
	// being 1.
	MATCH_COPY vm.OpCode = 181
	// MATCH_STORE pops TOS into the slot the argument counts down from
	// the new TOS, TOS being 1.
	MATCH_STORE vm.OpCode = 182
)

// A case is compiled with the subject, then one slot per name the pattern
// captures, then a copy of the subject on the stack. Each capture goes to
// its slot; only when the whole pattern has matched are the slots stored
// into the names, as in CPython, so a failed match binds nothing. depth
// below is the count of items above the slots, the value being matched
// on top.

// failTarget is where a failed (sub)pattern goes: a jump with k items
// above the slots lands on a block that pops down to base items and goes
// on to target.
type failTarget struct {
	target *block
	base   int
	pops   map[int]*block
}

func (f *failTarget) at(k int) *block {
	b, ok := f.pops[k]
	if !ok {
		b = &block{}
		f.pops[k] = b
	}
	return b
}

type patternCtx struct {
	slots            map[string]int
	n                int
	stores           []string // names captured so far, for duplicates
	allowIrrefutable bool
	fail             *failTarget
	// loc is the pattern compiled last, where CPython reports errors
	// found after it.
	loc ast.Expr
}

// matchStmt compiles a match statement.
func (c *compiler) matchStmt(s *ast.If, subject ast.Expr) {
	c.expr(subject)
	end := &block{}
	for i, st := range s.Body {
		cs := st.(*ast.If)
		pat, guard := syntax.CaseOf(cs)
		c.u.lineno = cs.Lineno
		names := captures(pat, nil)
		pc := &patternCtx{
			slots:            map[string]int{},
			n:                len(names),
			allowIrrefutable: guard != nil || i == len(s.Body)-1,
		}
		for j, name := range names {
			pc.slots[name] = j
			c.loadConst(py.None)
		}
		caseFail, next := &block{}, &block{}
		pc.fail = &failTarget{target: caseFail, pops: map[int]*block{}}
		c.opArg(MATCH_COPY, pc.n+1)
		c.pattern(pc, pat, 1)
		for j := len(names) - 1; j >= 0; j-- {
			c.storeName(names[j])
		}
		if guard != nil {
			c.u.lineno = guard.GetLineno()
			c.expr(guard)
			c.jump(vm.POP_JUMP_IF_FALSE, next)
		}
		c.op(vm.POP_TOP)
		c.stmts(cs.Body)
		c.jump(vm.JUMP_FORWARD, end)
		c.u.lineno = cs.Lineno
		c.emitFails(pc.fail)
		c.useBlock(caseFail)
		for range names {
			c.op(vm.POP_TOP)
		}
		c.useBlock(next)
	}
	c.op(vm.POP_TOP)
	c.useBlock(end)
}

// emitFails lays out the blocks of f, each popping down to f.base.
func (c *compiler) emitFails(f *failTarget) {
	ks := make([]int, 0, len(f.pops))
	for k := range f.pops {
		ks = append(ks, k)
	}
	sort.Ints(ks)
	for _, k := range ks {
		c.useBlock(f.pops[k])
		for i := f.base; i < k; i++ {
			c.op(vm.POP_TOP)
		}
		c.jump(vm.JUMP_ABSOLUTE, f.target)
	}
}

// captures appends to names those p captures that are not in it yet, in
// order.
func captures(p ast.Expr, names []string) []string {
	add := func(n ast.Expr) {
		if name, ok := n.(*ast.Name); ok {
			for _, s := range names {
				if s == string(name.Id) {
					return
				}
			}
			names = append(names, string(name.Id))
		}
	}
	switch p := p.(type) {
	case *ast.Name:
		add(p)
	case *ast.Starred:
		add(p.Value)
	case *ast.List:
		for _, e := range p.Elts {
			names = captures(e, names)
		}
	case *ast.Dict:
		for i, v := range p.Values {
			if p.Keys[i] == nil {
				add(v)
			} else {
				names = captures(v, names)
			}
		}
	case *ast.Call:
		if syntax.PatternCall(p) == "as" {
			names = captures(p.Args[0], names)
			add(p.Args[1])
			break
		}
		for _, a := range p.Args {
			names = captures(a, names)
		}
		for _, k := range p.Keywords {
			names = captures(k.Value, names)
		}
	}
	return names
}

// failIfFalse pops the truth value on TOS and fails when it is false, with
// depth items left above the slots.
func (c *compiler) failIfFalse(pc *patternCtx, depth int) {
	c.jump(vm.POP_JUMP_IF_FALSE, pc.fail.at(depth))
}

// pattern matches the value on TOS, depth items being above the slots,
// and consumes it.
func (c *compiler) pattern(pc *patternCtx, p ast.Expr, depth int) {
	c.u.lineno = p.GetLineno()
	pc.loc = p
	switch p := p.(type) {
	case *ast.Ellipsis:
		if !pc.allowIrrefutable {
			c.errorf(p, "wildcard makes remaining patterns unreachable")
		}
		c.op(vm.POP_TOP)
	case *ast.Name:
		if !pc.allowIrrefutable {
			c.errorf(p, "name capture '%s' makes remaining patterns unreachable", p.Id)
		}
		c.capture(pc, p, depth)
	case *ast.NameConstant:
		c.loadConst(p.Value)
		c.opArg(vm.COMPARE_OP, vm.PyCmp_IS)
		c.failIfFalse(pc, depth-1)
	case *ast.Num, *ast.Str, *ast.Bytes, *ast.UnaryOp, *ast.BinOp, *ast.Attribute:
		c.expr(p)
		c.opArg(vm.COMPARE_OP, vm.PyCmp_EQ)
		c.failIfFalse(pc, depth-1)
	case *ast.List:
		c.sequencePattern(pc, p, depth)
	case *ast.Dict:
		c.mappingPattern(pc, p, depth)
	case *ast.Call:
		switch syntax.PatternCall(p) {
		case "|":
			c.orPattern(pc, p, depth)
		case "as":
			c.opArg(MATCH_COPY, 1)
			c.pattern(pc, p.Args[0], depth+1)
			c.capture(pc, p.Args[1].(*ast.Name), depth)
		default:
			c.classPattern(pc, p, depth)
		}
	default:
		c.internalf("unexpected pattern %T", p)
	}
}

// subpattern is pattern for the parts of a sequence, mapping or class
// pattern, which may be irrefutable.
func (c *compiler) subpattern(pc *patternCtx, p ast.Expr, depth int) {
	old := pc.allowIrrefutable
	pc.allowIrrefutable = true
	c.pattern(pc, p, depth)
	pc.allowIrrefutable = old
}

func (c *compiler) capture(pc *patternCtx, n *ast.Name, depth int) {
	name := string(n.Id)
	for _, s := range pc.stores {
		if s == name {
			c.errorf(pc.loc, "multiple assignments to name '%s' in pattern", name)
		}
	}
	pc.stores = append(pc.stores, name)
	c.opArg(MATCH_STORE, depth-1+pc.n-pc.slots[name])
}

// starTarget consumes the list a starred sequence element collected.
func (c *compiler) starTarget(pc *patternCtx, s *ast.Starred, depth int) {
	if n, ok := s.Value.(*ast.Name); ok {
		c.capture(pc, n, depth)
		return
	}
	c.op(vm.POP_TOP)
}

func (c *compiler) sequencePattern(pc *patternCtx, p *ast.List, depth int) {
	star := -1
	for i, e := range p.Elts {
		if _, ok := e.(*ast.Starred); ok {
			if star >= 0 {
				c.errorf(p, "multiple starred names in sequence pattern")
			}
			star = i
		}
	}
	n := len(p.Elts)
	c.op(MATCH_SEQUENCE)
	c.failIfFalse(pc, depth)
	if star < 0 || n > 1 {
		c.op(GET_LEN)
		if star < 0 {
			c.loadConst(py.Int(n))
			c.opArg(vm.COMPARE_OP, vm.PyCmp_EQ)
		} else {
			c.loadConst(py.Int(n - 1))
			c.opArg(vm.COMPARE_OP, vm.PyCmp_GE)
		}
		c.failIfFalse(pc, depth)
	}
	if star < 0 {
		c.opArg(vm.UNPACK_SEQUENCE, n)
	} else {
		c.opArg(vm.UNPACK_EX, star|(n-1-star)<<8)
	}
	for i, e := range p.Elts {
		d := depth - 1 + n - i
		if s, ok := e.(*ast.Starred); ok {
			pc.loc = s
			c.starTarget(pc, s, d)
		} else {
			c.subpattern(pc, e, d)
		}
	}
}

func (c *compiler) mappingPattern(pc *patternCtx, p *ast.Dict, depth int) {
	var keys, values []ast.Expr
	var rest *ast.Name
	for i, k := range p.Keys {
		if k == nil {
			rest, _ = p.Values[i].(*ast.Name)
			continue
		}
		keys = append(keys, k)
		values = append(values, p.Values[i])
	}
	c.checkDuplicateKeys(p, keys)
	c.op(MATCH_MAPPING)
	c.failIfFalse(pc, depth)
	if len(keys) == 0 && rest == nil {
		c.op(vm.POP_TOP)
		return
	}
	if len(keys) > 0 {
		c.op(GET_LEN)
		c.loadConst(py.Int(len(keys)))
		c.opArg(vm.COMPARE_OP, vm.PyCmp_GE)
		c.failIfFalse(pc, depth)
	}
	for _, k := range keys {
		c.expr(k)
	}
	c.opArg(vm.BUILD_TUPLE, len(keys))
	if len(keys) > 0 {
		c.u.lineno = p.Lineno
		c.op(MATCH_KEYS)
		c.op(vm.DUP_TOP)
		c.loadConst(py.None)
		c.opArg(vm.COMPARE_OP, vm.PyCmp_IS_NOT)
		c.failIfFalse(pc, depth+2)
		c.opArg(vm.UNPACK_SEQUENCE, len(keys))
		for i, v := range values {
			c.subpattern(pc, v, depth+1+len(keys)-i)
		}
	}
	if rest == nil {
		c.op(vm.POP_TOP)
		c.op(vm.POP_TOP)
		return
	}
	c.u.lineno = p.Lineno
	c.op(COPY_DICT_WITHOUT_KEYS)
	c.op(vm.ROT_TWO)
	c.op(vm.POP_TOP)
	c.capture(pc, rest, depth)
}

// checkDuplicateKeys rejects a mapping pattern with two equal literal
// keys.
func (c *compiler) checkDuplicateKeys(p *ast.Dict, keys []ast.Expr) {
	var seen []py.Object
	for _, k := range keys {
		v, ok := literalValue(k)
		if !ok {
			continue
		}
		for _, s := range seen {
			if s.Type() == v.Type() || isNumber(s) && isNumber(v) {
				if eq, err := py.Eq(unbool(s), unbool(v)); err == nil && eq == py.True {
					r, _ := py.ReprAsString(v)
					c.errorf(p, "mapping pattern checks duplicate key (%s)", r)
				}
			}
		}
		seen = append(seen, v)
	}
}

// unbool makes True and False the ints they equal.
func unbool(o py.Object) py.Object {
	if b, ok := o.(py.Bool); ok {
		if b {
			return py.Int(1)
		}
		return py.Int(0)
	}
	return o
}

// isNumber reports whether o is an int, bool, float or complex.
func isNumber(o py.Object) bool {
	switch o.(type) {
	case py.Int, *py.BigInt, py.Float, py.Complex, py.Bool:
		return true
	}
	return false
}

// literalLeaf returns the value of a number, string, bytes, None, True or
// False literal.
func literalLeaf(e ast.Expr) (py.Object, bool) {
	switch e := e.(type) {
	case *ast.Num:
		return e.N, true
	case *ast.Str:
		return e.S, true
	case *ast.Bytes:
		return e.S, true
	case *ast.NameConstant:
		return e.Value, true
	}
	return nil, false
}

// literalValue returns the value of a literal pattern.
func literalValue(e ast.Expr) (py.Object, bool) {
	if v, ok := literalLeaf(e); ok {
		return v, true
	}
	switch e := e.(type) {
	case *ast.UnaryOp:
		v, ok := literalValue(e.Operand)
		if !ok {
			return nil, false
		}
		r, err := py.Neg(v)
		return r, err == nil
	case *ast.BinOp:
		l, ok1 := literalValue(e.Left)
		r, ok2 := literalValue(e.Right)
		if !ok1 || !ok2 {
			return nil, false
		}
		var v py.Object
		var err error
		if e.Op == ast.Add {
			v, err = py.Add(l, r)
		} else {
			v, err = py.Sub(l, r)
		}
		return v, err == nil
	}
	return nil, false
}

func (c *compiler) classPattern(pc *patternCtx, p *ast.Call, depth int) {
	names := make(py.Tuple, len(p.Keywords))
	for i, k := range p.Keywords {
		for _, prev := range p.Keywords[:i] {
			if prev.Arg == k.Arg {
				c.errorf(k.Value, "attribute name repeated in class pattern: %s", k.Arg)
			}
		}
		names[i] = py.String(k.Arg)
	}
	c.expr(p.Func)
	c.loadConst(names)
	c.u.lineno = p.Lineno
	c.opArg(MATCH_CLASS, len(p.Args))
	c.op(vm.DUP_TOP)
	c.loadConst(py.None)
	c.opArg(vm.COMPARE_OP, vm.PyCmp_IS_NOT)
	c.failIfFalse(pc, depth)
	m := len(p.Args) + len(p.Keywords)
	c.opArg(vm.UNPACK_SEQUENCE, m)
	for i, a := range p.Args {
		c.subpattern(pc, a, depth-1+m-i)
	}
	for i, k := range p.Keywords {
		c.subpattern(pc, k.Value, depth-1+m-len(p.Args)-i)
	}
}

// orPattern tries each alternative on a copy of the subject; all must
// capture the same names.
func (c *compiler) orPattern(pc *patternCtx, p *ast.Call, depth int) {
	outer, allow := pc.stores, pc.allowIrrefutable
	end := &block{}
	var control []string
	for i, alt := range p.Args {
		last := i == len(p.Args)-1
		pc.stores = append([]string(nil), outer...)
		pc.allowIrrefutable = allow && last
		if last {
			c.pattern(pc, alt, depth)
		} else {
			fail := pc.fail
			next := &block{}
			pc.fail = &failTarget{target: next, base: depth, pops: map[int]*block{}}
			c.opArg(MATCH_COPY, 1)
			c.pattern(pc, alt, depth+1)
			c.op(vm.POP_TOP)
			c.jump(vm.JUMP_FORWARD, end)
			c.emitFails(pc.fail)
			pc.fail = fail
			c.useBlock(next)
		}
		bound := pc.stores[len(outer):]
		if i == 0 {
			control = bound
		} else if !sameNames(control, bound) {
			c.errorf(pc.loc, "alternative patterns bind different names")
		}
	}
	c.useBlock(end)
	pc.stores = append(outer, control...)
	pc.allowIrrefutable = allow
}

func sameNames(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	seen := map[string]bool{}
	for _, s := range a {
		seen[s] = true
	}
	for _, s := range b {
		if !seen[s] {
			return false
		}
	}
	return true
}
