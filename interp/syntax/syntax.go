// Package syntax is gpyasync's source front end: a tokenizer and a
// recursive-descent parser for Python 3.4 (the language gpython's parser
// knows) plus async def, await, async for, async with, async generators,
// async comprehensions and f-strings. Its output is gpython's AST, so that
// gpython's symtable computes scopes unchanged, plus a side table, Extra,
// for what gpython's node types cannot say. It does not compile. The rest
// of the syntax up to Python 3.11 is there too: what gpython's AST can hold
// directly (underscores in numbers, any expression as a decorator, async
// and await as keywords, PEP 448 unpacking: see below), the @ operator
// (MatMult), and through Extra annotated assignments, assignment
// expressions, positional-only parameters and except*; the match
// statement is encoded in gpython's If and Call nodes (see match.go).
//
// # The AST
//
// For 3.4 source the tree is the one gpython's parser builds, node for node,
// with the same Lineno (1-based) and ColOffset (0-based, in bytes) wherever
// gpython's are meaningful. Where gpython's are not, we use CPython's:
//   - Call: the position of the start of the called expression (gpython
//     gives 0:0 to calls with arguments);
//   - a decorator's name (and call): the position of the name, not of '@';
//   - an If made from elif, and an ExceptHandler: the position of 'elif'
//     or 'except' (gpython's are left-overs of its parser stack);
//   - Arguments of an empty parameter list: just after '(', or at
//     'lambda';
//   - Module: 0:0.
//
// As in gpython's tree (and unlike CPython's), an Attribute is at its '.'
// and a Subscript at its '['; the target Tuple of `for a, b in` is at
// 'for'; Dict, Set and their comprehensions are at their first element.
//
// Deliberate departures from gpython's tree: a dotted decorator @a.b is
// Attribute(Name a, b), not Name 'a.b', and a decorator may be any
// expression, as since Python 3.9; `for x, in y` has a Tuple target;
// Arguments.KwDefaults has one entry per keyword-only argument (nil where
// it has no default), or is nil when none has a default; a comprehension's
// conditions cannot be unparenthesized lambdas, as since Python 3.9.
//
// # PEP 448 unpacking
//
// *iterable in a list, tuple or set display is an *ast.Starred element; a
// **mapping item of a dict display has a nil key in Dict.Keys. A call that
// Python 3.4 can write (at most one *args, after the plain positional
// arguments, and at most one **kwargs, after the keywords) keeps gpython's
// Starargs and Kwargs slots; any other call leaves them nil and has its
// *iterables as *ast.Starred in Args and its **mappings as Keywords with
// an empty Arg, in source order, as CPython's AST has them. Class
// definitions follow calls. return, yield, for ... in and augmented
// assignments take starred items, as since Python 3.8 and 3.9.
//
// # The new constructs
//
// Each is an ordinary gpython node, so that symtable visits its children,
// plus an entry in File.Extra:
//
//   - async def: an *ast.FunctionDef with Extra.Async[fn] true. Its
//     position is that of 'async'.
//   - async for / async with: an *ast.For / *ast.With with Extra.Async
//     true; position of 'async'. Several with-items are kept in one With.
//   - await x: *ast.YieldFrom{Value: x}, with Extra.Await[node] true, at
//     the position of 'await'. (symtable therefore marks every function
//     containing await as a generator; the code generator must decide
//     between coroutine, async generator and generator from Extra.Async
//     and the presence of real Yield nodes.) A comprehension containing
//     await is asynchronous as in CPython, even without `async for`;
//     Extra.AsyncComp lists the asynchronous comprehensions.
//   - try with except* clauses: an *ast.Try with Extra.ExceptStar true;
//     each handler's ExprType is the class or tuple it catches.
//   - yield inside async def: an ordinary *ast.Yield; the function is an
//     async generator.
//   - a comprehension clause `async for`: Extra.AsyncComprehension[&g]
//     true, where g is the element of the node's Generators slice
//     (&node.Generators[i]).
//   - an f-string (and any concatenation of literals containing one) is a
//     JoinedStr call: *ast.Call{Func: *ast.Str{S: ""}, Args: parts} with
//     Extra.JoinedStr[call] true. Each part is an *ast.Str (literal text,
//     escapes decoded, adjacent pieces merged) or a FormattedValue call.
//     The value is the concatenation of the parts. An f-string with no
//     replacement field is still a JoinedStr call (its one part a Str, or no
//     parts when it is empty).
//   - a replacement field {expr!c:spec}: *ast.Call{Func: *ast.Str{S: ""},
//     Args: [expr] or [expr, spec]} with Extra.FormattedValue[call] giving
//     the conversion ('s', 'r', 'a' or 0 for none). Its value is
//     format(conv(expr), spec), spec defaulting to "". spec is an *ast.Str
//     when it is constant, else itself a JoinedStr call. A self-documenting
//     field {expr=} adds the literal text "expr=" before it and, with
//     neither conversion nor spec, conversion 'r', as CPython does. The
//     call's position is that of expr, which is parsed in place, so every
//     node inside a field has its true source position. The Func Str is
//     only a placeholder so that symtable sees no name.
//   - an annotated assignment (PEP 526): an *ast.Assign of its one target
//     whose Value is Tuple(annotation[, value]), with Extra.AnnAssign
//     giving the statement's real parts (see AnnAssign).
//   - an assignment expression `name := value` (PEP 572): *ast.Call{Func:
//     *ast.Str{S: ":="}, Args: [name, value]} with Extra.NamedExpr[call]
//     true. Inside a comprehension the name is in Load context and the
//     outermost iterable is wrapped in a binding marker (Extra.Bind), so
//     that symtable binds the name in the enclosing function or module
//     and makes it free (or global) in the comprehension, as CPython does.
//   - positional-only parameters (PEP 570): they are the first
//     Extra.PosOnly[args] entries of Arguments.Args.
//
// # Errors
//
// Errors are *py.Exception values of class SyntaxError, IndentationError
// or TabError, built with py.MakeSyntaxError so that their Dict holds
// filename, lineno, offset (CPython's 1-based column) and line, with the
// message and location CPython 3.11 gives, including its diagnoses ("'('
// was never closed", "expected ':'", "Perhaps you forgot a comma?"...) and
// its preference for a tokenizer error found later in the source over a
// parser error. Checks that CPython makes in its compiler rather than its
// parser ('return' outside function, duplicate arguments, nonlocal at
// module level, starred assignment targets...) are left to the compiler
// and symtable, except those about async, await and yield in check.go.
// Other errors: ValueError for a bad mode, MemoryError for expressions
// nested more than 3000 deep.
package syntax

import (
	"github.com/go-python/gpython/ast"
)

// File is a parsed source file.
type File struct {
	Mod   ast.Mod // *ast.Module, *ast.Expression or *ast.Interactive
	Extra *Extra  // what gpython's AST cannot say
}

// Extra marks gpython AST nodes that mean something newer; see the package
// documentation for the encoding.
type Extra struct {
	// Async holds *ast.FunctionDef (async def), *ast.For (async for) and
	// *ast.With (async with).
	Async map[ast.Ast]bool
	// AsyncComprehension holds comprehension clauses written `async for`,
	// as pointers into their node's Generators slice.
	AsyncComprehension map[*ast.Comprehension]bool
	// AsyncComp holds the comprehensions (*ast.ListComp, *ast.SetComp,
	// *ast.DictComp, *ast.GeneratorExp) that are asynchronous: they have
	// an `async for` clause, or await something outside nested functions
	// (an asynchronous list, set or dict comprehension inside one counts,
	// as the code running it awaits it). An asynchronous GeneratorExp is an
	// async generator; running any other asynchronous comprehension is
	// awaiting a coroutine.
	AsyncComp map[ast.Expr]bool
	// Await holds the YieldFrom nodes that are `await x`.
	Await map[*ast.YieldFrom]bool
	// FormattedValue holds f-string replacement fields.
	FormattedValue map[*ast.Call]*FormatSpec
	// JoinedStr holds f-strings.
	JoinedStr map[*ast.Call]bool
	// ExceptStar holds the try statements whose handlers are except*
	// clauses.
	ExceptStar map[*ast.Try]bool
	// AnnAssign holds the annotated assignments; see AnnAssign.
	AnnAssign map[*ast.Assign]*AnnAssign
	// NamedExpr holds assignment expressions `target := value`, encoded as
	// *ast.Call{Func: *ast.Str{S: ":="}, Args: [target, value]} where target
	// is a Name. Its context is Store, except inside a comprehension, where
	// the name belongs to the enclosing function or module: there it is
	// Load, so that symtable makes it a free (or global) variable of the
	// comprehension, and Bind marks it bound in the enclosing scope.
	NamedExpr map[*ast.Call]bool
	// Bind holds the outermost iterables of comprehensions that contain
	// assignment expressions: *ast.Call{Func: *ast.Str{S: ""}, Args:
	// [iterable, names...]}, whose value is the iterable's and whose other
	// arguments are Names in Store context, visited by symtable in the
	// scope enclosing the comprehension and never evaluated.
	Bind map[*ast.Call]bool
	// PosOnly gives the number of positional-only parameters (those
	// before '/') of parameter lists that have any.
	PosOnly map[*ast.Arguments]int
}

// FormatSpec describes a replacement field beyond its Call's arguments.
type FormatSpec struct {
	// Conversion is 's', 'r' or 'a' for !s, !r, !a, or 0 for none.
	Conversion rune
}

func newExtra() *Extra {
	return &Extra{
		Async:              map[ast.Ast]bool{},
		AsyncComprehension: map[*ast.Comprehension]bool{},
		AsyncComp:          map[ast.Expr]bool{},
		Await:              map[*ast.YieldFrom]bool{},
		FormattedValue:     map[*ast.Call]*FormatSpec{},
		JoinedStr:          map[*ast.Call]bool{},
		ExceptStar:         map[*ast.Try]bool{},
		AnnAssign:          map[*ast.Assign]*AnnAssign{},
		NamedExpr:          map[*ast.Call]bool{},
		Bind:               map[*ast.Call]bool{},
		PosOnly:            map[*ast.Arguments]int{},
	}
}
