// Package compiler is gpyasync's code generator: it turns gpython's AST into
// *py.Code objects following CPython 3.4's bytecode model (gpython's opcode
// numbering), with correct line tables, first line numbers, closure cells and
// stack sizes.
//
// The newer constructs that package syntax marks in its Extra table (async
// def, await, async for, async with, asynchronous comprehensions, async
// generators and f-strings) compile to the opcodes of opcodes.go, modelled
// on CPython 3.6's, and to the code flags coroutine.CoCoroutine and
// coroutine.CoAsyncGenerator in place of CO_GENERATOR. Annotated
// assignments compile as in CPython 3.11 (SETUP_ANNOTATIONS, annotations
// stored as strings under `from __future__ import annotations`), assignment
// expressions to a DUP_TOP and a store, and the positional-only parameter
// count, which py.Code cannot hold, is kept aside (PosOnlyArgCount).
//
// Instructions carry the line where the expression or statement that emits
// them starts, as CPython 3.11 reports lines in tracebacks. Lines can
// therefore go down within a statement, so Code.Lnotab uses signed line
// increments (CPython 3.6's format) and must be read with Addr2Line, not
// py.Code.Addr2Line.
//
// It replaces gpython's own compiler, which gets line numbers, Cell2arg and
// free-variable indices wrong. It does not parse (package syntax does), does
// not analyse scopes (gpython's symtable does, with the checks this package
// adds on top), does not optimise beyond what the evaluator needs, and does
// not install itself: the interp package assigns Compile to py.Compile.
//
// Every function in this package may be called from any goroutine; a
// compilation touches no shared state.
package compiler

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/symtable"
	"github.com/go-python/gpython/vm"

	"github.com/gpyasync/gpyasync/interp/syntax"
	"github.com/gpyasync/gpyasync/pyerr"
)

// maxBlocks is CPython's limit on statically nested blocks in one code object.
const maxBlocks = 20

// Compile parses and compiles src. mode is py.ExecMode, py.EvalMode or
// py.SingleMode. It has the signature of the py.Compile hook: of flags only
// the CO_FUTURE_* bits are kept (copied to every code object's flags) and
// dontInherit has no effect, as there is no calling code to inherit from.
// Errors are py.ExceptionInfo values, SyntaxError for anything wrong with
// src.
func Compile(src, filename string, mode py.CompileMode, flags int, dontInherit bool) (code *py.Code, err error) {
	defer recoverError(filename, &code, &err)
	switch mode {
	case py.ExecMode, py.EvalMode, py.SingleMode:
	default:
		return nil, pyerr.Newf(py.ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	f, err := syntax.Parse(src, filename, mode)
	if err != nil {
		return nil, pyerr.Info(err)
	}
	return compileFile(f, filename, src, flags)
}

// CompileFile compiles a file parsed by package syntax; src is its text,
// used for the source lines of SyntaxErrors (it may be empty). Errors are
// py.ExceptionInfo values.
func CompileFile(f *syntax.File, filename, src string, flags int) (code *py.Code, err error) {
	defer recoverError(filename, &code, &err)
	return compileFile(f, filename, src, flags)
}

func compileFile(f *syntax.File, filename, src string, flags int) (*py.Code, error) {
	if f == nil || f.Mod == nil {
		return nil, pyerr.Newf(py.SystemError, "compile: no module to compile")
	}
	mod := f.Mod
	c := &compiler{filename: filename, src: src, flags: int32(flags) & py.CO_COMPILER_FLAGS_MASK}
	c.extra = f.Extra
	if c.extra == nil {
		c.extra = &syntax.Extra{}
	}
	c.precheck(mod)
	st, err := symtable.NewSymTable(mod, filename)
	if err != nil {
		return nil, symtableError(err, filename)
	}
	return c.module(mod, st), nil
}

// compileError is the panic value used inside the compiler to abort on a
// SyntaxError; recoverError turns it back into an error.
type compileError struct{ info py.ExceptionInfo }

func recoverError(filename string, code **py.Code, err *error) {
	r := recover()
	if r == nil {
		return
	}
	*code = nil
	switch e := r.(type) {
	case compileError:
		*err = e.info
	case *py.Exception:
		if e.Base == py.SyntaxError || e.Base.IsSubtype(py.SyntaxError) {
			*err = symtableError(e, filename)
		} else {
			*err = pyerr.Info(e)
		}
	default:
		// A Go panic here is a bug in this package or in gpython, not in src.
		*err = pyerr.Newf(py.SystemError, "compile %s: %v", filename, e)
	}
}

// syntaxError makes a SyntaxError at a 1-based line and 1-based offset.
// Like CPython for errors found after parsing, its text is the line of the
// file named filename, read from disk, so a string compiled under a name
// that is no file has none.
func syntaxError(filename string, lineno, offset int, msg string) py.ExceptionInfo {
	var text string
	if data, err := os.ReadFile(filename); err == nil {
		text = sourceLine(string(data), lineno)
	}
	exc := py.MakeSyntaxError(py.ExceptionNewf(py.SyntaxError, "%s", msg), filename, lineno, offset, text)
	setText(exc, text)
	return pyerr.Info(exc)
}

// setText sets the text attribute CPython's SyntaxError has; gpython only
// sets "line". Unknown text is None, as in CPython.
func setText(exc *py.Exception, text string) {
	if text == "" {
		exc.Dict["text"] = py.None
	} else {
		exc.Dict["text"] = py.String(text)
	}
}

// sourceLine returns line lineno of src with its newline, as CPython's
// SyntaxError.text, or "" when unknown.
func sourceLine(src string, lineno int) string {
	if src == "" || lineno < 1 {
		return ""
	}
	lines := strings.SplitAfter(src, "\n")
	if lineno > len(lines) {
		return ""
	}
	line := lines[lineno-1]
	if line != "" && !strings.HasSuffix(line, "\n") {
		line += "\n"
	}
	return line
}

func exceptionMessage(exc *py.Exception) string {
	if args, ok := exc.Args.(py.Tuple); ok && len(args) > 0 {
		if s, ok := args[0].(py.String); ok {
			return string(s)
		}
	}
	return "invalid syntax"
}

// symtableError fixes the location of a SyntaxError raised by gpython's
// symtable, whose offsets are 0-based.
func symtableError(err error, filename string) error {
	exc, ok := err.(*py.Exception)
	if !ok {
		return pyerr.Info(err)
	}
	if exc.Base != py.SyntaxError && !exc.Base.IsSubtype(py.SyntaxError) {
		return pyerr.Info(err)
	}
	lineno, _ := exc.Dict["lineno"].(py.Int)
	offset, _ := exc.Dict["offset"].(py.Int)
	return syntaxError(filename, int(lineno), int(offset)+1, exceptionMessage(exc))
}

// compiler holds what is shared by all code objects of one compilation.
type compiler struct {
	filename    string
	src         string
	flags       int32
	interactive bool
	futureOK    map[*ast.ImportFrom]bool
	extra       *syntax.Extra
	u           *unit
}

type scopeKind int

const (
	scopeModule scopeKind = iota
	scopeClass
	scopeFunction
	scopeLambda
	scopeComprehension
)

type fblockKind int

const (
	fbLoop fblockKind = iota
	fbExcept
	fbFinallyTry
	fbFinallyEnd
)

type fblock struct {
	kind  fblockKind
	block *block
}

// unit is one code object under construction.
type unit struct {
	parent   *unit
	st       *symtable.SymTable
	kind     scopeKind
	name     string
	qualname string
	private  string // enclosing class name, for name mangling

	consts    py.Tuple
	constKeys map[string]int
	names     []string
	nameIdx   map[string]int
	varnames  []string
	varIdx    map[string]int
	cellvars  []string
	cellIdx   map[string]int
	freevars  []string
	freeIdx   map[string]int // index already offset by len(cellvars)

	argcount       int32
	kwonlyargcount int32
	firstlineno    int
	lineno         int

	blocks  []*block
	cur     *block
	fblocks []fblock

	// comprehension names the kind of comprehension for error messages.
	comprehension string
	// asyncFlags is coroutine.CoCoroutine or coroutine.CoAsyncGenerator
	// for the body of an async def or an asynchronous comprehension; it
	// replaces CO_GENERATOR, which the symbol table sets for await too.
	asyncFlags int32
}

// enter starts compiling a new code object nested in the current one.
func (c *compiler) enter(st *symtable.SymTable, kind scopeKind, name string, firstlineno int) {
	u := &unit{
		parent:      c.u,
		st:          st,
		kind:        kind,
		name:        name,
		constKeys:   map[string]int{},
		nameIdx:     map[string]int{},
		varIdx:      map[string]int{},
		cellIdx:     map[string]int{},
		freeIdx:     map[string]int{},
		firstlineno: firstlineno,
		lineno:      firstlineno,
	}
	if c.u != nil {
		u.private = c.u.private
	}
	for _, v := range st.Varnames {
		u.addVar(v)
	}
	u.cellvars = sortedNames(st, func(s symtable.Symbol) bool { return s.Scope == symtable.ScopeCell })
	if kind == scopeClass && st.NeedsClassClosure {
		u.cellvars = append(u.cellvars, "__class__")
	}
	for i, n := range u.cellvars {
		u.cellIdx[n] = i
	}
	u.freevars = sortedNames(st, func(s symtable.Symbol) bool {
		return s.Scope == symtable.ScopeFree || s.Flags&symtable.DefFreeClass != 0
	})
	for i, n := range u.freevars {
		u.freeIdx[n] = i + len(u.cellvars)
	}
	u.qualname = c.qualname(u)
	c.u = u
	c.useBlock(&block{})
}

// qualname computes __qualname__ as CPython does: nested in a function it
// goes through "<locals>", and a name declared global is not qualified.
func (c *compiler) qualname(u *unit) string {
	p := u.parent
	if p == nil || u.kind == scopeModule {
		return u.name
	}
	if p.kind == scopeModule {
		return u.name
	}
	if u.kind == scopeFunction || u.kind == scopeClass {
		if p.st.GetScope(u.name) == symtable.ScopeGlobalExplicit {
			return u.name
		}
	}
	if p.kind == scopeClass {
		return p.qualname + "." + u.name
	}
	return p.qualname + ".<locals>." + u.name
}

// exit returns to the enclosing code object.
func (c *compiler) exit() {
	c.u = c.u.parent
}

func sortedNames(st *symtable.SymTable, keep func(symtable.Symbol) bool) []string {
	var out []string
	for name, sym := range st.Symbols {
		if keep(sym) {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

func (u *unit) addVar(name string) int {
	if i, ok := u.varIdx[name]; ok {
		return i
	}
	u.varnames = append(u.varnames, name)
	u.varIdx[name] = len(u.varnames) - 1
	return len(u.varnames) - 1
}

func (u *unit) addName(name string) int {
	if i, ok := u.nameIdx[name]; ok {
		return i
	}
	u.names = append(u.names, name)
	u.nameIdx[name] = len(u.names) - 1
	return len(u.names) - 1
}

// addConst adds v to the constants, sharing equal constants of the same type
// as CPython does (so 1 and 1.0 and True stay distinct).
func (u *unit) addConst(v py.Object) int {
	key := constKey(v)
	if i, ok := u.constKeys[key]; ok {
		return i
	}
	u.consts = append(u.consts, v)
	u.constKeys[key] = len(u.consts) - 1
	return len(u.consts) - 1
}

// constKey identifies a constant for sharing: equal keys only for
// constants of the same types all the way down, so that 3 and 3.0 (which
// Go's %#v prints alike) stay apart inside tuples too.
func constKey(v py.Object) string {
	switch x := v.(type) {
	case *py.Code:
		return fmt.Sprintf("code:%p", x)
	case py.Tuple:
		var b strings.Builder
		b.WriteString("tuple(")
		for _, item := range x {
			b.WriteString(constKey(item))
			b.WriteByte(',')
		}
		b.WriteByte(')')
		return b.String()
	}
	return fmt.Sprintf("%T:%#v", v, v)
}

// errorf aborts compilation with a SyntaxError at node n.
func (c *compiler) errorf(n ast.Ast, format string, a ...any) {
	lineno, offset := 1, 1
	if c.u != nil {
		lineno = c.u.lineno
	}
	if n != nil {
		lineno, offset = n.GetLineno(), n.GetColOffset()+1
	}
	panic(compileError{syntaxError(c.filename, lineno, offset, fmt.Sprintf(format, a...))})
}

// emission

func (c *compiler) op(op vm.OpCode) {
	c.u.cur.instrs = append(c.u.cur.instrs, instr{op: op, lineno: c.u.lineno})
}

func (c *compiler) opArg(op vm.OpCode, arg int) {
	c.u.cur.instrs = append(c.u.cur.instrs, instr{op: op, arg: arg, lineno: c.u.lineno})
}

func (c *compiler) jump(op vm.OpCode, target *block) {
	c.u.cur.instrs = append(c.u.cur.instrs, instr{op: op, target: target, lineno: c.u.lineno})
}

// endFinally emits the END_FINALLY that closes the handler starting at
// handler; the stack depth walk pairs the two.
func (c *compiler) endFinally(handler *block) {
	c.u.cur.instrs = append(c.u.cur.instrs, instr{op: vm.END_FINALLY, handler: handler, lineno: c.u.lineno})
}

func (c *compiler) loadConst(v py.Object) {
	c.opArg(vm.LOAD_CONST, c.u.addConst(v))
}

func (c *compiler) opName(op vm.OpCode, name string) {
	c.opArg(op, c.u.addName(name))
}

// useBlock makes b the current block; blocks are laid out in the order they
// are used and fall through to the next one.
func (c *compiler) useBlock(b *block) {
	c.u.blocks = append(c.u.blocks, b)
	c.u.cur = b
}

func (c *compiler) nextBlock() *block {
	b := &block{}
	c.useBlock(b)
	return b
}

func (c *compiler) pushFblock(n ast.Ast, kind fblockKind, b *block) {
	if len(c.u.fblocks) >= maxBlocks {
		c.errorf(n, "too many statically nested blocks")
	}
	c.u.fblocks = append(c.u.fblocks, fblock{kind, b})
}

func (c *compiler) popFblock() {
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
}

// setLine is called for every statement.
func (c *compiler) setLine(n ast.Ast) {
	c.u.lineno = n.GetLineno()
}

// mangle applies private name mangling inside a class body.
func mangle(private, name string) string {
	if private == "" || !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	p := strings.TrimLeft(private, "_")
	if p == "" {
		return name
	}
	return "_" + p + name
}

// finish assembles the current unit into a code object.
func (c *compiler) finish(returnNone bool) *py.Code {
	u := c.u
	if returnNone && !u.cur.endsUnconditionally() {
		c.loadConst(py.None)
		c.op(vm.RETURN_VALUE)
	}
	var flags int32
	if u.st.Type == symtable.FunctionBlock {
		flags |= py.CO_OPTIMIZED | py.CO_NEWLOCALS
		if u.st.Varargs {
			flags |= py.CO_VARARGS
		}
		if u.st.Varkeywords {
			flags |= py.CO_VARKEYWORDS
		}
		if u.st.Generator {
			flags |= py.CO_GENERATOR
		}
		if u.asyncFlags != 0 {
			flags = flags&^py.CO_GENERATOR | u.asyncFlags
		}
	}
	if u.st.Nested {
		flags |= py.CO_NESTED
	}
	if len(u.freevars) == 0 && len(u.cellvars) == 0 {
		flags |= py.CO_NOFREE
	}
	flags |= c.flags
	code, lnotab, stacksize := assemble(u)
	co := &py.Code{
		Argcount:       u.argcount,
		Kwonlyargcount: u.kwonlyargcount,
		Nlocals:        int32(len(u.varnames)),
		Stacksize:      int32(stacksize),
		Flags:          flags,
		Code:           code,
		Consts:         u.consts,
		Names:          nonNil(u.names),
		Varnames:       nonNil(u.varnames),
		Freevars:       nonNil(u.freevars),
		Cellvars:       nonNil(u.cellvars),
		Filename:       c.filename,
		Name:           u.name,
		Firstlineno:    int32(u.firstlineno),
		Lnotab:         lnotab,
	}
	if co.Consts == nil {
		co.Consts = py.Tuple{}
	}
	co.Cell2arg = cell2arg(co)
	return co
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// cell2arg maps each cell variable that is also a parameter to the
// parameter's index, or returns nil when no parameter is a cell.
func cell2arg(co *py.Code) []byte {
	nargs := int(co.Argcount + co.Kwonlyargcount)
	if co.Flags&py.CO_VARARGS != 0 {
		nargs++
	}
	if co.Flags&py.CO_VARKEYWORDS != 0 {
		nargs++
	}
	var out []byte
	for i, cell := range co.Cellvars {
		for j := 0; j < nargs && j < len(co.Varnames); j++ {
			if co.Varnames[j] == cell {
				if out == nil {
					out = make([]byte, len(co.Cellvars))
					for k := range out {
						out[k] = py.CO_CELL_NOT_AN_ARG
					}
				}
				out[i] = byte(j)
				break
			}
		}
	}
	return out
}
