package compiler

import (
	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/vm"
)

// Opcodes of try statements with except* clauses (PEP 654). Between
// EXCEPT_STAR_START and EXCEPT_STAR_RERAISE the stack holds, above the
// saved exception state of the handler, three values: the exception the
// body raised, the list of exceptions the clauses raised or re-raised, and
// the part of the exception no clause has matched yet.
const (
	// EXCEPT_STAR_START turns the exception triple pushed on entry to the
	// handler into the three values.
	EXCEPT_STAR_START vm.OpCode = 41
	// EXCEPT_STAR_MATCH splits the unmatched part by the class or tuple of
	// classes on TOS: the rest stays unmatched and the matched part
	// replaces TOS; when nothing matches, TOS is popped and the jump is
	// taken.
	EXCEPT_STAR_MATCH vm.OpCode = 170
	// EXCEPT_STAR_ENTER makes the matched part on TOS the exception being
	// handled; EXCEPT_STAR_LEAVE makes it the original exception again.
	EXCEPT_STAR_ENTER vm.OpCode = 42
	EXCEPT_STAR_LEAVE vm.OpCode = 43
	// EXCEPT_STAR_COLLECT begins the handler that catches what a clause
	// raises: it records the exception, then drops it and its except
	// handler as POP_EXCEPT does, and makes the original exception the one
	// being handled.
	EXCEPT_STAR_COLLECT vm.OpCode = 44
	// EXCEPT_STAR_RERAISE pops the three values and raises what is left to
	// raise, if anything.
	EXCEPT_STAR_RERAISE vm.OpCode = 45
)

// fbExceptStar marks the body of an except* clause, which break, continue
// and return may not leave.
const fbExceptStar fblockKind = 100

const exceptStarExit = "'break', 'continue' and 'return' cannot appear in an except* block"

// checkExceptStarExit rejects a break or continue (loop set) or a return
// that would leave an except* clause.
func (c *compiler) checkExceptStarExit(s ast.Stmt, loop bool) {
	for i := len(c.u.fblocks) - 1; i >= 0; i-- {
		switch c.u.fblocks[i].kind {
		case fbLoop:
			if loop {
				return
			}
		case fbExceptStar:
			// CPython reports a return at its value, compiled first.
			if r, ok := s.(*ast.Return); ok && r.Value != nil {
				c.errorf(r.Value, exceptStarExit)
			}
			c.errorf(s, exceptStarExit)
		}
	}
}

// tryExceptStar compiles a try statement whose handlers are except*
// clauses. Each clause splits what is still unmatched; a clause that
// matches runs with the matched part as the exception being handled, and
// what it raises is caught and recorded. In the end the recorded
// exceptions and the unmatched rest are raised together, or the statement
// completes when nothing is left.
func (c *compiler) tryExceptStar(s *ast.Try) {
	_, orelse, end := c.tryBody(s)
	c.op(EXCEPT_STAR_START)
	for _, h := range s.Handlers {
		c.u.lineno = h.Lineno
		next, caught, after := &block{}, &block{}, &block{}
		c.expr(h.ExprType)
		c.jump(EXCEPT_STAR_MATCH, next)
		c.nextBlock()
		c.op(EXCEPT_STAR_ENTER)
		if h.Name != "" {
			c.op(vm.DUP_TOP)
			c.storeName(string(h.Name))
		}
		c.jump(vm.SETUP_EXCEPT, caught)
		handler := c.nextBlock()
		c.pushFblock(h, fbExceptStar, handler)
		c.stmts(h.Body)
		c.op(vm.POP_BLOCK)
		c.popFblock()
		c.op(EXCEPT_STAR_LEAVE)
		c.jump(vm.JUMP_FORWARD, after)
		c.useBlock(caught)
		c.op(EXCEPT_STAR_COLLECT)
		c.useBlock(after)
		c.op(vm.POP_TOP)
		if h.Name != "" {
			c.unbindHandlerName(string(h.Name))
		}
		c.useBlock(next)
	}
	c.op(EXCEPT_STAR_RERAISE)
	c.op(vm.POP_EXCEPT)
	c.jump(vm.JUMP_FORWARD, end)
	c.tryElse(s, orelse, end)
}
