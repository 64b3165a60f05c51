package compiler

import (
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

type instr struct {
	op      vm.OpCode
	arg     int
	target  *block // jump target, for jump instructions
	handler *block // for END_FINALLY: the handler it closes
	lineno  int
}

type block struct {
	instrs []instr
	offset int // byte offset, set by assemble
	index  int // position in the layout, set by stackDepth
}

func (b *block) endsUnconditionally() bool {
	if len(b.instrs) == 0 {
		return false
	}
	switch b.instrs[len(b.instrs)-1].op {
	case vm.RETURN_VALUE, vm.JUMP_ABSOLUTE, vm.JUMP_FORWARD, vm.RAISE_VARARGS, vm.BREAK_LOOP, vm.CONTINUE_LOOP:
		return true
	}
	return false
}

func isRelJump(op vm.OpCode) bool {
	switch op {
	case vm.JUMP_FORWARD, vm.SETUP_LOOP, vm.SETUP_EXCEPT, vm.SETUP_FINALLY, vm.SETUP_WITH, SETUP_ASYNC_WITH, vm.FOR_ITER:
		return true
	}
	return false
}

func hasArg(op vm.OpCode) bool { return op >= vm.HAVE_ARGUMENT }

func instrSize(op vm.OpCode, arg int) int {
	switch {
	case !hasArg(op):
		return 1
	case arg > 0xffff:
		return 6
	default:
		return 3
	}
}

// assemble lays out u's blocks and returns the bytecode, the line table
// (see appendLnotab) and the maximum stack depth.
func assemble(u *unit) (string, string, int) {
	// Jump arguments depend on offsets, and offsets on whether arguments need
	// EXTENDED_ARG: iterate until the layout is stable.
	for {
		off := 0
		for _, b := range u.blocks {
			b.offset = off
			for i := range b.instrs {
				off += instrSize(b.instrs[i].op, b.instrs[i].arg)
			}
		}
		changed := false
		for _, b := range u.blocks {
			off := b.offset
			for i := range b.instrs {
				in := &b.instrs[i]
				size := instrSize(in.op, in.arg)
				off += size
				if in.target == nil {
					continue
				}
				arg := in.target.offset
				if isRelJump(in.op) {
					arg -= off
				}
				if arg != in.arg {
					in.arg = arg
					if instrSize(in.op, arg) != size {
						changed = true
					}
				}
			}
		}
		if !changed {
			break
		}
	}
	code := make([]byte, 0, 64)
	lnotab := make([]byte, 0, 16)
	lastLine, lastOff := u.firstlineno, 0
	for _, b := range u.blocks {
		for _, in := range b.instrs {
			if in.lineno > 0 && in.lineno != lastLine {
				lnotab = appendLnotab(lnotab, len(code)-lastOff, in.lineno-lastLine)
				lastLine, lastOff = in.lineno, len(code)
			}
			arg := in.arg
			if hasArg(in.op) && arg > 0xffff {
				code = append(code, byte(vm.EXTENDED_ARG), byte(arg>>16), byte(arg>>24))
				arg &= 0xffff
			}
			code = append(code, byte(in.op))
			if hasArg(in.op) {
				code = append(code, byte(arg), byte(arg>>8))
			}
		}
	}
	return string(code), string(lnotab), stackDepth(u)
}

// appendLnotab adds an entry to a line table: pairs of an unsigned byte
// offset increment and a signed byte line increment, as in CPython 3.6 to
// 3.9. Line numbers may go down (a call spread over several lines returns to
// its first line), which CPython 3.4's unsigned increments cannot express.
func appendLnotab(tab []byte, dOff, dLine int) []byte {
	for dOff > 255 {
		tab = append(tab, 255, 0)
		dOff -= 255
	}
	for dLine > 127 {
		tab = append(tab, byte(dOff), 127)
		dOff = 0
		dLine -= 127
	}
	for dLine < -128 {
		tab = append(tab, byte(dOff), byte(0x80))
		dOff = 0
		dLine += 128
	}
	return append(tab, byte(dOff), byte(int8(dLine)))
}

// Addr2Line returns the source line of the instruction at byte offset lasti
// in code. Use it rather than py.Code.Addr2Line, which reads line increments
// as unsigned.
func Addr2Line(code *py.Code, lasti int32) int {
	line := int(code.Firstlineno)
	addr := int32(0)
	tab := code.Lnotab
	for i := 0; i+1 < len(tab); i += 2 {
		addr += int32(tab[i])
		if addr > lasti {
			break
		}
		line += int(int8(tab[i+1]))
	}
	return line
}

// stackEffect returns the change in stack depth made by an instruction on
// its fall-through path or, when jump is set, on its jump path. The walk in
// stackDepth handles the handler-related instructions itself.
func stackEffect(op vm.OpCode, arg int, jump bool) int {
	nargs := func(a int) int { return a&0xff + 2*((a>>8)&0xff) }
	switch op {
	case vm.POP_TOP:
		return -1
	case vm.ROT_TWO, vm.ROT_THREE, vm.NOP:
		return 0
	case vm.DUP_TOP:
		return 1
	case vm.DUP_TOP_TWO:
		return 2
	case vm.UNARY_POSITIVE, vm.UNARY_NEGATIVE, vm.UNARY_NOT, vm.UNARY_INVERT:
		return 0
	case vm.SET_ADD, vm.LIST_APPEND:
		return -1
	case vm.MAP_ADD:
		return -2
	case vm.BINARY_POWER, vm.BINARY_MULTIPLY, vm.BINARY_MODULO, vm.BINARY_ADD, vm.BINARY_SUBTRACT,
		vm.BINARY_SUBSCR, vm.BINARY_FLOOR_DIVIDE, vm.BINARY_TRUE_DIVIDE, vm.BINARY_LSHIFT, vm.BINARY_RSHIFT,
		vm.BINARY_AND, vm.BINARY_XOR, vm.BINARY_OR, BINARY_MATRIX_MULTIPLY:
		return -1
	case vm.INPLACE_FLOOR_DIVIDE, vm.INPLACE_TRUE_DIVIDE, vm.INPLACE_ADD, vm.INPLACE_SUBTRACT,
		vm.INPLACE_MULTIPLY, vm.INPLACE_MODULO, vm.INPLACE_POWER, vm.INPLACE_LSHIFT, vm.INPLACE_RSHIFT,
		vm.INPLACE_AND, vm.INPLACE_XOR, vm.INPLACE_OR, INPLACE_MATRIX_MULTIPLY:
		return -1
	case vm.STORE_SUBSCR:
		return -3
	case vm.STORE_MAP:
		return -2
	case vm.DELETE_SUBSCR:
		return -2
	case vm.GET_ITER, GET_YIELD_FROM_ITER, GET_AITER, GET_AWAITABLE:
		return 0
	case GET_ANEXT, BEFORE_ASYNC_WITH:
		return 1
	case SETUP_ASYNC_WITH:
		// The awaited result of __aenter__ stays above the block, which
		// starts at __aexit__.
		if jump {
			return 5
		}
		return 0
	case WITH_CLEANUP_START:
		// Normal exit: __aexit__ goes, the None over it stays, and the
		// exception type and the result to await go on top: +1. After an
		// exception the exit method's slot stays (see WITH_CLEANUP): +2,
		// counted on both paths so that the walk sees the deeper one.
		return 2
	case WITH_CLEANUP_FINISH:
		return -3
	case FORMAT_VALUE:
		if arg&FvcHasSpec != 0 {
			return -1
		}
		return 0
	case BUILD_STRING:
		return 1 - arg
	case LIST_EXTEND, SET_UPDATE, DICT_MERGE, DICT_UPDATE:
		return -1
	case LIST_TO_TUPLE:
		return 0
	case CALL_FUNCTION_EX:
		return -1 - arg&1
	case BUILD_MAP_ITEMS:
		return 1 - 2*arg
	case vm.PRINT_EXPR:
		return -1
	case vm.LOAD_BUILD_CLASS:
		return 1
	case vm.BREAK_LOOP:
		return 0
	case vm.WITH_CLEANUP:
		// Normal exit: the exit method under None goes (-1). After an
		// exception the seven slots stay and a suppressing __exit__ adds
		// the "silenced" marker (+1). Counting +1 on both paths keeps the
		// deeper one; END_FINALLY resets the depth after either.
		return 1
	case vm.RETURN_VALUE:
		return -1
	case vm.IMPORT_STAR:
		return -1
	case vm.YIELD_VALUE:
		return 0
	case vm.YIELD_FROM:
		return -1
	case vm.POP_BLOCK:
		return 0
	case vm.POP_EXCEPT:
		// The saved exception state left after the handler popped the
		// current exception.
		return -3
	case EXCEPT_STAR_START, EXCEPT_STAR_ENTER, EXCEPT_STAR_LEAVE:
		return 0
	case EXCEPT_STAR_MATCH:
		if jump {
			return -1
		}
		return 0
	case EXCEPT_STAR_COLLECT:
		// The caught exception and the saved state under it.
		return -6
	case EXCEPT_STAR_RERAISE:
		return -3
	case GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, MATCH_COPY:
		return 1
	case COPY_DICT_WITHOUT_KEYS:
		return 0
	case MATCH_CLASS:
		return -2
	case MATCH_STORE:
		return -1
	case vm.END_FINALLY:
		// Normal completion: the None pushed before the handler.
		return -1
	case vm.STORE_NAME:
		return -1
	case vm.DELETE_NAME:
		return 0
	case vm.UNPACK_SEQUENCE:
		return arg - 1
	case vm.UNPACK_EX:
		return arg&0xff + arg>>8
	case vm.FOR_ITER:
		if jump {
			return -1
		}
		return 1
	case vm.STORE_ATTR:
		return -2
	case vm.DELETE_ATTR:
		return -1
	case vm.STORE_GLOBAL:
		return -1
	case vm.DELETE_GLOBAL:
		return 0
	case vm.LOAD_CONST, vm.LOAD_NAME, vm.LOAD_GLOBAL, vm.LOAD_FAST, vm.LOAD_CLOSURE, vm.LOAD_DEREF, vm.LOAD_CLASSDEREF:
		return 1
	case vm.BUILD_TUPLE, vm.BUILD_LIST, vm.BUILD_SET:
		return 1 - arg
	case vm.BUILD_MAP:
		return 1
	case vm.LOAD_ATTR:
		return 0
	case vm.COMPARE_OP:
		return -1
	case vm.IMPORT_NAME:
		return -1
	case vm.IMPORT_FROM:
		return 1
	case vm.JUMP_FORWARD, vm.JUMP_ABSOLUTE, vm.CONTINUE_LOOP:
		return 0
	case vm.JUMP_IF_TRUE_OR_POP, vm.JUMP_IF_FALSE_OR_POP:
		if jump {
			return 0
		}
		return -1
	case vm.POP_JUMP_IF_FALSE, vm.POP_JUMP_IF_TRUE:
		return -1
	case vm.SETUP_LOOP:
		return 0
	case vm.SETUP_EXCEPT, vm.SETUP_FINALLY:
		// A handler starts with the saved and the new exception, three
		// values each.
		if jump {
			return 6
		}
		return 0
	case vm.SETUP_WITH:
		// The manager is replaced by its exit method (and the result of
		// __enter__ on the fall-through path).
		if jump {
			return 6
		}
		return 1
	case vm.STORE_FAST, vm.STORE_DEREF:
		return -1
	case vm.DELETE_FAST, vm.DELETE_DEREF:
		return 0
	case vm.RAISE_VARARGS:
		return -arg
	case vm.CALL_FUNCTION:
		return -nargs(arg)
	case vm.CALL_FUNCTION_VAR, vm.CALL_FUNCTION_KW:
		return -nargs(arg) - 1
	case vm.CALL_FUNCTION_VAR_KW:
		return -nargs(arg) - 2
	case vm.MAKE_FUNCTION:
		return -1 - nargs(arg) - (arg>>16)&0xffff
	case vm.MAKE_CLOSURE:
		return -2 - nargs(arg) - (arg>>16)&0xffff
	case vm.BUILD_SLICE:
		if arg == 3 {
			return -2
		}
		return -1
	}
	return 0
}

// entered is a handler being run because of an exception (or a return,
// break or continue unwinding through it) on the path being walked.
type entered struct {
	handler *block
	kind    vm.OpCode // the SETUP_* instruction that installed it
	base    int       // stack depth after the whole with statement
}

// stackDepth walks the flow graph from the entry block and returns the
// largest stack depth any path reaches.
//
// The walk follows CPython 3.4's evaluation loop closely enough to be exact:
// a handler reached through its SETUP_* jump is entered with six values, and
// its END_FINALLY does not fall through (the exception or the return goes on
// unwinding) except after a with statement whose exit method silenced the
// exception, where the stack is back to its depth before the statement. So
// the walk state is the block, the depth and the handlers entered on the
// path; POP_EXCEPT and END_FINALLY leave them.
func stackDepth(u *unit) int {
	for i, b := range u.blocks {
		b.index = i
	}
	type state struct {
		b    *block
		path []entered
	}
	key := func(s state) string {
		var sb strings.Builder
		sb.WriteString(strconv.Itoa(s.b.index))
		for _, e := range s.path {
			sb.WriteByte(',')
			sb.WriteString(strconv.Itoa(e.handler.index))
		}
		return sb.String()
	}
	maxDepth := 0
	best := map[string]int{}
	onPath := map[string]bool{}
	var walk func(s state, depth int)
	walk = func(s state, depth int) {
		k := key(s)
		// Real loops come back at the depth they started with, so a block
		// already on the path is not walked again.
		if d, seen := best[k]; onPath[k] || seen && d >= depth {
			return
		}
		best[k], onPath[k] = depth, true
		defer delete(onPath, k)
		path := s.path
		for _, in := range s.b.instrs {
			switch in.op {
			case vm.SETUP_EXCEPT, vm.SETUP_FINALLY, vm.SETUP_WITH, SETUP_ASYNC_WITH:
				e := entered{handler: in.target, kind: in.op, base: depth - 1}
				if in.op == SETUP_ASYNC_WITH {
					e.base = depth - 2
				}
				inner := append(append([]entered(nil), path...), e)
				d := depth + stackEffect(in.op, in.arg, true)
				maxDepth = max(maxDepth, d)
				walk(state{in.target, inner}, d)
			case vm.POP_EXCEPT, EXCEPT_STAR_COLLECT:
				for i := len(path) - 1; i >= 0; i-- {
					if path[i].kind == vm.SETUP_EXCEPT {
						path = append(append([]entered(nil), path[:i]...), path[i+1:]...)
						break
					}
				}
			case vm.END_FINALLY:
				if i := indexOf(path, in.handler); i >= 0 {
					if path[i].kind != vm.SETUP_WITH && path[i].kind != SETUP_ASYNC_WITH {
						return
					}
					depth = path[i].base
					path = path[:i:i]
					continue
				}
			case vm.CONTINUE_LOOP:
				// It unwinds to the loop, whose start is walked from the
				// loop's own entry at the depth it always has.
				return
			default:
				if in.target != nil {
					d := depth + stackEffect(in.op, in.arg, true)
					maxDepth = max(maxDepth, d)
					walk(state{in.target, path}, d)
				}
			}
			depth += stackEffect(in.op, in.arg, false)
			maxDepth = max(maxDepth, depth)
			switch in.op {
			case vm.RETURN_VALUE, vm.JUMP_ABSOLUTE, vm.JUMP_FORWARD, vm.RAISE_VARARGS, vm.BREAK_LOOP:
				return
			}
		}
		if next := s.b.index + 1; next < len(u.blocks) {
			walk(state{u.blocks[next], path}, depth)
		}
	}
	if len(u.blocks) > 0 {
		walk(state{u.blocks[0], nil}, 0)
	}
	return maxDepth
}

func indexOf(path []entered, h *block) int {
	for i := len(path) - 1; i >= 0; i-- {
		if path[i].handler == h {
			return i
		}
	}
	return -1
}
