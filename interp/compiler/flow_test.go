package compiler

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
	"github.com/stretchr/testify/require"
)

type decoded struct {
	op   vm.OpCode
	arg  int
	next int // offset of the following instruction
}

// decode splits bytecode into instructions keyed by offset, folding
// EXTENDED_ARG into the instruction it prefixes.
func decode(code string) (map[int]decoded, error) {
	out := map[int]decoded{}
	ext := 0
	start := -1
	for i := 0; i < len(code); {
		if start < 0 {
			start = i
		}
		op := vm.OpCode(code[i])
		if op < vm.HAVE_ARGUMENT {
			out[start] = decoded{op, 0, i + 1}
			i++
			start, ext = -1, 0
			continue
		}
		if i+2 >= len(code) {
			return nil, fmt.Errorf("truncated instruction at %d", i)
		}
		arg := ext<<16 | int(code[i+1]) | int(code[i+2])<<8
		i += 3
		if op == vm.EXTENDED_ARG {
			ext = arg
			continue
		}
		out[start] = decoded{op, arg, i}
		start, ext = -1, 0
	}
	return out, nil
}

func jumpTarget(in decoded) (int, bool) {
	switch in.op {
	case vm.JUMP_FORWARD, vm.SETUP_LOOP, vm.SETUP_EXCEPT, vm.SETUP_FINALLY, vm.SETUP_WITH, vm.FOR_ITER:
		return in.next + in.arg, true
	case vm.JUMP_ABSOLUTE, vm.POP_JUMP_IF_FALSE, vm.POP_JUMP_IF_TRUE, vm.JUMP_IF_FALSE_OR_POP,
		vm.JUMP_IF_TRUE_OR_POP, vm.CONTINUE_LOOP, EXCEPT_STAR_MATCH:
		return in.arg, true
	}
	return 0, false
}

type handlerMark struct {
	at          int       // offset of the handler
	setup       vm.OpCode // SETUP_* that installed it
	exceptional bool      // entered through the SETUP_* jump
	base        int       // depth after a with statement
}

// checkFlow re-reads the assembled bytecode of code and its nested code
// objects and walks it independently of the compiler's block graph: every
// jump must land on an instruction, no path may pop more than it pushed,
// and no path may go deeper than Stacksize. A handler (the target of a
// SETUP_* instruction) is entered with six values through its jump and with
// None by falling into it; the END_FINALLY closing it is the one reached
// while it is the innermost handler entered on the path.
func checkFlow(t *testing.T, code *py.Code) {
	t.Helper()
	instrs, err := decode(code.Code)
	require.NoError(t, err, code.Name)
	setups := map[int]vm.OpCode{}
	for _, in := range instrs {
		switch in.op {
		case vm.SETUP_EXCEPT, vm.SETUP_FINALLY, vm.SETUP_WITH, SETUP_ASYNC_WITH:
			setups[in.next+in.arg] = in.op
		}
	}
	maxDepth := 0
	best := map[string]int{}
	onPath := map[string]bool{}
	var walk func(off, depth int, marks []handlerMark, viaJump bool)
	walk = func(off, depth int, marks []handlerMark, viaJump bool) {
		var keys []string
		defer func() {
			for _, k := range keys {
				delete(onPath, k)
			}
		}()
		for {
			if setup, ok := setups[off]; ok && !viaJump {
				marks = append(append([]handlerMark(nil), marks...), handlerMark{at: off, setup: setup})
			}
			viaJump = false
			k := fmt.Sprint(off, marks)
			if d, seen := best[k]; onPath[k] || seen && d >= depth {
				return
			}
			best[k], onPath[k] = depth, true
			keys = append(keys, k)
			in, ok := instrs[off]
			require.True(t, ok, "%s: no instruction at %d", code.Name, off)
			if target, ok := jumpTarget(in); ok && in.op != vm.CONTINUE_LOOP {
				_, ok := instrs[target]
				require.True(t, ok, "%s: jump at %d to %d", code.Name, off, target)
				d := depth + stackEffect(in.op, in.arg, true)
				maxDepth = max(maxDepth, d)
				inner := marks
				if _, isSetup := setups[target]; isSetup && in.op == setups[target] {
					inner = append(append([]handlerMark(nil), marks...), handlerMark{target, in.op, true, depth - 1})
				}
				walk(target, d, inner, true)
			}
			switch in.op {
			case vm.POP_EXCEPT, EXCEPT_STAR_COLLECT:
				for i := len(marks) - 1; i >= 0; i-- {
					if marks[i].exceptional && marks[i].setup == vm.SETUP_EXCEPT {
						marks = append(append([]handlerMark(nil), marks[:i]...), marks[i+1:]...)
						break
					}
				}
			case vm.END_FINALLY:
				require.NotEmpty(t, marks, "%s: END_FINALLY at %d outside a handler", code.Name, off)
				top := marks[len(marks)-1]
				marks = marks[: len(marks)-1 : len(marks)-1]
				if top.exceptional {
					if top.setup != vm.SETUP_WITH && top.setup != SETUP_ASYNC_WITH {
						return
					}
					depth = top.base + 1
				}
			}
			depth += stackEffect(in.op, in.arg, false)
			require.GreaterOrEqual(t, depth, 0, "%s: stack underflow after %s at %d", code.Name, in.op, off)
			maxDepth = max(maxDepth, depth)
			switch in.op {
			case vm.RETURN_VALUE, vm.JUMP_ABSOLUTE, vm.JUMP_FORWARD, vm.RAISE_VARARGS, vm.BREAK_LOOP, vm.CONTINUE_LOOP:
				return
			}
			off = in.next
			if off >= len(code.Code) {
				return
			}
		}
	}
	walk(0, 0, nil, false)
	if hasAsyncWith(instrs) {
		// The code generator counts an async with's exit conservatively
		// (see WITH_CLEANUP_START in stackEffect): enough is what matters.
		require.GreaterOrEqual(t, int(code.Stacksize), maxDepth, "%s: Stacksize", code.Name)
	} else {
		require.Equal(t, int(code.Stacksize), maxDepth, "%s: Stacksize", code.Name)
	}
	for _, c := range code.Consts {
		if sub, ok := c.(*py.Code); ok {
			checkFlow(t, sub)
		}
	}
}

func TestFlow(t *testing.T) {
	var files []string
	for _, glob := range []string{"testdata/run/*.py", "testdata/seeds/*.py"} {
		m, err := filepath.Glob(glob)
		require.NoError(t, err)
		files = append(files, m...)
	}
	for _, file := range files {
		src, err := os.ReadFile(file)
		require.NoError(t, err)
		code, err := Compile(string(src), file, py.ExecMode, 0, true)
		if err != nil {
			continue // the invalid seeds
		}
		t.Run(filepath.Base(file), func(t *testing.T) { checkFlow(t, code) })
	}
}

func hasAsyncWith(instrs map[int]decoded) bool {
	for _, in := range instrs {
		if in.op == SETUP_ASYNC_WITH {
			return true
		}
	}
	return false
}
