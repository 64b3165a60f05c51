package compiler

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// disassemble renders code and its nested code objects for test failure
// messages.
func disassemble(code *py.Code) string {
	var sb strings.Builder
	var dis func(co *py.Code)
	dis = func(co *py.Code) {
		fmt.Fprintf(&sb, "code %s first=%d stack=%d vars=%v cells=%v free=%v\n", co.Name, co.Firstlineno, co.Stacksize, co.Varnames, co.Cellvars, co.Freevars)
		b := co.Code
		for i := 0; i < len(b); {
			op := vm.OpCode(b[i])
			line := Addr2Line(co, int32(i))
			if op >= vm.HAVE_ARGUMENT {
				arg := int(b[i+1]) | int(b[i+2])<<8
				extra := ""
				if op == vm.LOAD_CONST {
					extra = fmt.Sprintf(" (%v)", co.Consts[arg])
				}
				fmt.Fprintf(&sb, "%4d %4d %s %d%s\n", line, i, op, arg, extra)
				i += 3
			} else {
				fmt.Fprintf(&sb, "%4d %4d %s\n", line, i, op)
				i++
			}
		}
		for _, c := range co.Consts {
			if sub, ok := c.(*py.Code); ok {
				dis(sub)
			}
		}
	}
	dis(code)
	return sb.String()
}
