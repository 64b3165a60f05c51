package vm

import (
	"math"

	"github.com/go-python/gpython/py"
	op "github.com/go-python/gpython/vm"

	"github.com/gpyasync/gpyasync/interp/pylib"
	"github.com/gpyasync/gpyasync/interp/pytext"
	"github.com/gpyasync/gpyasync/iterproto"
	"github.com/gpyasync/gpyasync/pyerr"
	"github.com/gpyasync/gpyasync/pyobj"
)

// This file holds the operators: fast paths for ints, sequence ordering,
// identity, and gpython's generic operator errors reworded as CPython 3.11
// words them.

func (f *Frame) unary(fn func(py.Object) (py.Object, error)) error {
	a := f.Stack[f.sp-1]
	r, err := fn(a)
	if err != nil {
		return unaryError(op.OpCode(f.Code.Code[f.Lasti]), a, err)
	}
	f.Stack[f.sp-1] = r
	return nil
}

func (f *Frame) binary(fn func(a, b py.Object) (py.Object, error)) error {
	b := f.Stack[f.sp-1]
	f.sp--
	a := f.Stack[f.sp-1]
	r, err := fn(a, b)
	if err != nil {
		return opError(op.OpCode(f.Code.Code[f.Lasti]), a, b, err)
	}
	f.Stack[f.sp-1] = r
	return nil
}

// divide implements // and % (plain and in place). Two ints are done
// here, with CPython's messages for a zero divisor; the rest goes to
// gpython.
func (f *Frame) divide(o op.OpCode) error {
	mod := o == op.BINARY_MODULO || o == op.INPLACE_MODULO
	if a, ok := f.Stack[f.sp-2].(py.Bytes); ok && mod {
		b, err := pytext.BytesMod(a, f.Stack[f.sp-1])
		return f.setBinary(py.Bytes(b), err)
	}
	if a, ok := f.Stack[f.sp-2].(py.String); ok && mod {
		s, err := pytext.Mod(string(a), f.Stack[f.sp-1])
		return f.setBinary(py.String(s), err)
	}
	if a, ok := f.Stack[f.sp-2].(py.Int); ok {
		if b, ok := f.Stack[f.sp-1].(py.Int); ok {
			if b == -1 && a == math.MinInt64 {
				// The quotient needs a big int, which gpython's
				// division gets wrong.
				if mod {
					return f.setBinary(py.Int(0), nil)
				}
				return f.setBinary(py.Neg(a))
			}
			if b == 0 {
				if mod {
					return pyerr.Newf(py.ZeroDivisionError, "integer modulo by zero")
				}
				return pyerr.Newf(py.ZeroDivisionError, "integer division or modulo by zero")
			}
			q, r := a/b, a%b
			// Go truncates; Python floors, so r takes the divisor's sign.
			if r != 0 && (r < 0) != (b < 0) {
				q--
				r += b
			}
			f.sp--
			if mod {
				f.Stack[f.sp-1] = r
			} else {
				f.Stack[f.sp-1] = q
			}
			return nil
		}
	}
	switch o {
	case op.BINARY_FLOOR_DIVIDE:
		return f.binary(pylib.FloorDiv)
	case op.INPLACE_FLOOR_DIVIDE:
		return f.binary(py.IFloorDiv)
	case op.BINARY_MODULO:
		return f.binary(pylib.Mod)
	}
	return f.binary(py.IMod)
}

// setBinary replaces a binary operation's operands with its result.
func (f *Frame) setBinary(r py.Object, err error) error {
	if err != nil {
		return err
	}
	f.sp--
	f.Stack[f.sp-1] = r
	return nil
}

func pow2(a, b py.Object) (py.Object, error) { return pylib.Pow(a, b) }

func ipow2(a, b py.Object) (py.Object, error) { return py.IPow(a, b, py.None) }

// logicalNot is `not v`, with truth's view of v.
func logicalNot(v py.Object) (py.Object, error) {
	t, err := truth(v)
	if err != nil {
		return nil, err
	}
	return py.NewBool(!t), nil
}

func truth(v py.Object) (bool, error) {
	if b, ok := v.(py.Bytes); ok {
		// gpython's bytes has no __len__ for py.MakeBool to use.
		return len(b) > 0, nil
	}
	b, err := py.MakeBool(v)
	if err != nil {
		return false, err
	}
	return b == py.True, nil
}

// compareInts is COMPARE_OP's fast path for two ints.
func compareInts(x, y py.Int, cmp int) py.Object {
	var r bool
	switch cmp {
	case op.PyCmp_LT:
		r = x < y
	case op.PyCmp_LE:
		r = x <= y
	case op.PyCmp_EQ:
		r = x == y
	case op.PyCmp_NE:
		r = x != y
	case op.PyCmp_GT:
		r = x > y
	default:
		r = x >= y
	}
	return py.NewBool(r)
}

// isGenericOpError reports whether err is gpython's catch-all TypeError
// for operator sym on a and b.
func isGenericOpError(err error, sym string, a, b py.Object) bool {
	if !pyerr.Matches(err, py.TypeError) {
		return false
	}
	args, _ := pyerr.Exception(err).Args.(py.Tuple)
	return len(args) == 1 && args[0] == py.String("unsupported operand type(s) for "+sym+": '"+a.Type().Name+"' and '"+b.Type().Name+"'")
}

var binarySymbols = map[op.OpCode][2]string{
	op.BINARY_ADD: {"+", "+"}, op.INPLACE_ADD: {"+", "+="},
	op.BINARY_SUBTRACT: {"-", "-"}, op.INPLACE_SUBTRACT: {"-", "-="},
	op.BINARY_MULTIPLY: {"*", "*"}, op.INPLACE_MULTIPLY: {"*", "*="},
	op.BINARY_TRUE_DIVIDE: {"/", "/"}, op.INPLACE_TRUE_DIVIDE: {"/", "/="},
	op.BINARY_FLOOR_DIVIDE: {"//", "//"}, op.INPLACE_FLOOR_DIVIDE: {"//", "//="},
	op.BINARY_MODULO: {"%", "%"}, op.INPLACE_MODULO: {"%", "%="},
	op.BINARY_LSHIFT: {"<<", "<<"}, op.INPLACE_LSHIFT: {"<<", "<<="},
	op.BINARY_RSHIFT: {">>", ">>"}, op.INPLACE_RSHIFT: {">>", ">>="},
	op.BINARY_AND: {"&", "&"}, op.INPLACE_AND: {"&", "&="},
	op.BINARY_XOR: {"^", "^"}, op.INPLACE_XOR: {"^", "^="},
	op.BINARY_OR: {"|", "|"}, op.INPLACE_OR: {"|", "|="},
}

func isSequence(o py.Object) bool {
	switch o.(type) {
	case py.String, *py.List, py.Tuple, py.Bytes:
		return true
	}
	return false
}

func isInt(o py.Object) bool {
	switch o.(type) {
	case py.Int, py.Bool, *py.BigInt:
		return true
	}
	return false
}

// opError gives gpython's generic errors for binary operator o on a and b
// (and subscripting, where b is the key) CPython 3.11's wording; any other
// error is returned as it is.
func opError(o op.OpCode, a, b py.Object, err error) error {
	if pyerr.Matches(err, py.IndexError) {
		args, _ := pyerr.Exception(err).Args.(py.Tuple)
		if len(args) != 1 || args[0] != py.String("index out of range") {
			return err
		}
		switch a.(type) {
		case *py.List:
			if o == op.STORE_SUBSCR || o == op.DELETE_SUBSCR {
				return pyerr.Newf(py.IndexError, "list assignment index out of range")
			}
			return pyerr.Newf(py.IndexError, "list index out of range")
		case py.Tuple:
			return pyerr.Newf(py.IndexError, "tuple index out of range")
		case py.String:
			return pyerr.Newf(py.IndexError, "string index out of range")
		}
		return err
	}
	sym, ok := binarySymbols[o]
	if !ok || !isGenericOpError(err, sym[0], a, b) {
		return err
	}
	an, bn := a.Type().Name, b.Type().Name
	switch {
	case sym[0] == "+" && isSequence(a):
		return pyerr.Newf(py.TypeError, "can only concatenate %s (not \"%s\") to %s", an, bn, an)
	case sym[0] == "*" && isSequence(a) && !isInt(b):
		return pyerr.Newf(py.TypeError, "can't multiply sequence by non-int of type '%s'", bn)
	case sym[0] == "*" && isSequence(b) && !isInt(a):
		return pyerr.Newf(py.TypeError, "can't multiply sequence by non-int of type '%s'", an)
	}
	return pyerr.Newf(py.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym[1], an, bn)
}

var unarySymbols = map[op.OpCode][2]string{
	op.UNARY_NEGATIVE: {"-", "unary -"},
	op.UNARY_POSITIVE: {"+", "unary +"},
	op.UNARY_INVERT:   {"~", "unary ~"},
}

// unaryError gives gpython's generic error for a unary operator CPython's
// wording.
func unaryError(o op.OpCode, a py.Object, err error) error {
	sym, ok := unarySymbols[o]
	if !ok || !pyerr.Matches(err, py.TypeError) {
		return err
	}
	args, _ := pyerr.Exception(err).Args.(py.Tuple)
	if len(args) != 1 || args[0] != py.String("unsupported operand type(s) for "+sym[0]+": '"+a.Type().Name+"'") {
		return err
	}
	return pyerr.Newf(py.TypeError, "bad operand type for %s: '%s'", sym[1], a.Type().Name)
}

// extendList is `l += iterable` for a list l: gpython's list += stops
// only on the bare StopIteration class.
func (f *Frame) extendList(l *py.List) error {
	items, err := iterproto.Collect(f.Stack[f.sp-1])
	if err != nil {
		return err
	}
	l.Items = append(l.Items, items...)
	f.sp--
	f.Stack[f.sp] = nil
	return nil
}

func compare(a, b py.Object, cmp int) (py.Object, error) {
	if cmp <= op.PyCmp_GE {
		return pyobj.Compare(a, b, pyobj.Cmp(cmp))
	}
	switch cmp {
	case op.PyCmp_IN, op.PyCmp_NOT_IN:
		in, err := pyobj.Contains(b, a)
		if err != nil {
			return nil, err
		}
		return py.NewBool(in == (cmp == op.PyCmp_IN)), nil
	case op.PyCmp_IS:
		return py.NewBool(pyobj.Is(a, b)), nil
	case op.PyCmp_IS_NOT:
		return py.NewBool(!pyobj.Is(a, b)), nil
	case op.PyCmp_EXC_MATCH:
		if t, ok := b.(py.Tuple); ok {
			for _, c := range t {
				if !isExceptionClass(c) {
					return nil, pyerr.Newf(py.TypeError, cannotCatch)
				}
			}
		} else if !isExceptionClass(b) {
			return nil, pyerr.Newf(py.TypeError, cannotCatch)
		}
		return py.NewBool(excMatches(a, b)), nil
	}
	return nil, pyerr.Newf(py.SystemError, "unknown comparison %d", cmp)
}

// attrError gives gpython's generic "'T' has no attribute 'x'" its CPython
// 3.11 wording; any other error is returned as it is.
func attrError(obj py.Object, name string, err error) error {
	if !pyerr.Matches(err, py.AttributeError) {
		return err
	}
	t := obj.Type()
	args, _ := pyerr.Exception(err).Args.(py.Tuple)
	if len(args) != 1 || args[0] != py.String("'"+t.Name+"' has no attribute '"+name+"'") {
		return err
	}
	switch x := obj.(type) {
	case *py.Module:
		mod, _ := x.Globals["__name__"].(py.String)
		return pyerr.Newf(py.AttributeError, "module '%s' has no attribute '%s'", string(mod), name)
	case *py.Type:
		// Classes and instances of user classes are both *py.Type; a
		// class's own type is a metaclass.
		if t == py.TypeType || t.IsSubtype(py.TypeType) {
			return pyerr.Newf(py.AttributeError, "type object '%s' has no attribute '%s'", x.Name, name)
		}
	}
	return pyerr.Newf(py.AttributeError, "'%s' object has no attribute '%s'", t.Name, name)
}

// Putting a py.Int into an interface allocates unless the value is tiny;
// loop counters and indices are mostly small, so their boxes are made once.
const (
	minCachedInt = -5
	maxCachedInt = 1024
)

var smallInts = func() (t [maxCachedInt - minCachedInt + 1]py.Object) {
	for i := range t {
		t[i] = py.Int(i + minCachedInt)
	}
	return t
}()

func boxInt(c py.Int) py.Object {
	if c >= minCachedInt && c <= maxCachedInt {
		return smallInts[c-minCachedInt]
	}
	return c
}
