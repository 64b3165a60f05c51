package interp

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp/pylib"
	"github.com/gpyasync/gpyasync/interp/pytext"
	"github.com/gpyasync/gpyasync/interp/vm"
	"github.com/gpyasync/gpyasync/pyerr"
)

// RunMain runs src as the __main__ module of ctx. filename is what code
// objects and tracebacks name. The error, if any, is a py.ExceptionInfo.
func RunMain(ctx py.Context, src, filename string) error {
	code, err := py.Compile(src, filename, py.ExecMode, 0, true)
	if err != nil {
		return pyerr.Info(err)
	}
	if c, ok := ctx.(*context); ok {
		c.sources.add(filename, src)
	}
	_, err = ctx.ModuleInit(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "__main__", FileDesc: filename},
		Code: code,
	})
	if c, ok := ctx.(*context); ok {
		c.warnNeverAwaited()
	}
	if err != nil {
		return pyerr.Info(err)
	}
	return nil
}

// warnNeverAwaited prints CPython's RuntimeWarning for every coroutine the
// program made and never started: at the place that made it when it has
// been freed, as "sys:1" when it is still alive. Each place is reported
// once, as the default warnings filter does.
func (ctx *context) warnNeverAwaited() {
	seen := map[string]bool{}
	w := ctx.stderr()
	for _, c := range vm.ThreadOf(ctx).NeverAwaited() {
		file, line := c.File, c.Line
		if file == "" {
			file, line = "sys", 1
		}
		key := fmt.Sprintf("%s:%d: %s", file, line, c.Qualname)
		if seen[key] {
			continue
		}
		seen[key] = true
		fmt.Fprintf(w, "%s:%d: RuntimeWarning: coroutine '%s' was never awaited\n", file, line, c.Qualname)
		if c.File == "" {
			continue
		}
		if text, ok := ctx.sources.line(file, line); ok && strings.TrimSpace(text) != "" {
			fmt.Fprintf(w, "  %s\n", strings.TrimSpace(text))
		}
		fmt.Fprintln(w, "RuntimeWarning: Enable tracemalloc to get the object allocation traceback")
	}
}

// RunFile reads the script at path and runs it as __main__; the script's
// directory goes first on sys.path so that its imports resolve next to it.
// Like CPython 3.11, code objects and tracebacks name the script by its
// absolute path.
func RunFile(ctx py.Context, path string) error {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return pyerr.Newf(py.FileNotFoundError, "can't open file %q: %v", path, errors.Unwrap(err))
	}
	if sys, err := ctx.GetModule("sys"); err == nil {
		if list, ok := sys.Globals["path"].(*py.List); ok {
			list.Items = append([]py.Object{py.String(filepath.Dir(path))}, list.Items...)
		}
	}
	return RunMain(ctx, string(src), path)
}

// ExitStatus reports the status CPython would exit with after a script ended
// with err, and writes to w what CPython would print: the traceback of an
// uncaught exception, the message of SystemExit("message"), nothing for nil
// or SystemExit(0).
func ExitStatus(err error, w io.Writer) int {
	if err == nil {
		return 0
	}
	info := pyerr.Info(err)
	if info.Type == py.SystemExit || info.Type.IsSubtype(py.SystemExit) {
		args, _ := info.Value.(*py.Exception).Args.(py.Tuple)
		var code py.Object = py.None
		if len(args) == 1 {
			code = args[0]
		} else if len(args) > 1 {
			code = args
		}
		switch c := code.(type) {
		case py.NoneType:
			return 0
		case py.Int:
			return int(c)
		case py.Bool:
			if c {
				return 1
			}
			return 0
		}
		fmt.Fprintln(w, pytext.SafeStr(code))
		return 1
	}
	fmt.Fprint(w, FormatException(err))
	return 1
}

// FormatException renders err the way CPython 3.11 prints an uncaught
// exception: chained exceptions first, then "Traceback (most recent call
// last):", one entry per frame with its source line, "Type: message" and
// the exception's notes. An exception group is drawn as CPython draws it:
// its own traceback, then each sub-exception in a numbered, indented box,
// at most 15 per group and 10 groups deep. CPython 3.11's column markers
// (lines of ~ and ^) are not rendered: gpython's syntax tree carries no end
// positions.
func FormatException(err error) string {
	p := &excPrinter{seen: map[*py.Exception]bool{}}
	p.recursive(pyerr.Exception(err))
	return p.b.String()
}

// Limits of the drawing of exception groups, as in CPython.
const (
	maxGroupWidth = 15
	maxGroupDepth = 10
)

// excPrinter carries the state of one traceback print: the exceptions
// already printed (chains may loop) and the nesting of groups.
type excPrinter struct {
	b         strings.Builder
	seen      map[*py.Exception]bool
	depth     int // exception group nesting
	needClose bool
}

func (p *excPrinter) indent() string { return strings.Repeat(" ", 2*p.depth) }

func (p *excPrinter) margin() string {
	if p.depth > 0 {
		return "| "
	}
	return ""
}

// lines writes text, a sequence of lines each ending in a newline, with
// the current indent and margin before each line.
func (p *excPrinter) lines(text string) {
	prefix := p.indent() + p.margin()
	for _, line := range strings.SplitAfter(text, "\n") {
		if line != "" {
			p.b.WriteString(prefix + line)
		}
	}
}

// recursive prints e after the exception it was raised from or while
// handling, unless that one was printed already.
func (p *excPrinter) recursive(e *py.Exception) {
	p.seen[e] = true
	if cause, ok := e.Cause.(*py.Exception); ok {
		if !p.seen[cause] {
			p.chained(cause, "\nThe above exception was the direct cause of the following exception:\n\n")
		}
	} else if ctxExc, ok := e.Context.(*py.Exception); ok && !e.SuppressContext && !p.seen[ctxExc] {
		p.chained(ctxExc, "\nDuring handling of the above exception, another exception occurred:\n\n")
	}
	if pylib.IsGroup(e) {
		p.group(e)
	} else {
		p.one(e)
	}
}

// chained prints e, then message, which introduces what follows.
func (p *excPrinter) chained(e *py.Exception, message string) {
	needClose := p.needClose
	p.recursive(e)
	p.needClose = needClose
	p.lines(message)
}

// one prints e's traceback, its line and its notes.
func (p *excPrinter) one(e *py.Exception) {
	if tb, ok := e.Traceback.(*py.Traceback); ok && tb != nil {
		header, headerMargin := "Traceback (most recent call last):\n", p.margin()
		if pylib.IsGroup(e) {
			header = "Exception Group Traceback (most recent call last):\n"
			if p.depth == 1 {
				headerMargin = "+ "
			}
		}
		p.b.WriteString(p.indent() + headerMargin + header)
		var entries strings.Builder
		formatEntries(&entries, tb)
		p.lines(entries.String())
	}
	if e.Base == py.SyntaxError || e.Base.IsSubtype(py.SyntaxError) {
		var text strings.Builder
		formatSyntaxError(&text, e)
		p.lines(text.String())
	} else {
		p.b.WriteString(p.indent() + p.margin() + exceptionLine(e))
	}
	for _, note := range pylib.Notes(e, pytext.SafeStr, pytext.SafeRepr) {
		p.b.WriteString(p.indent() + p.margin() + note + "\n")
	}
}

// group prints the group e, then each sub-exception in a numbered box.
func (p *excPrinter) group(e *py.Exception) {
	if p.depth > maxGroupDepth {
		p.lines(fmt.Sprintf("... (max_group_depth is %d)\n", maxGroupDepth))
		return
	}
	top := p.depth == 0
	if top {
		p.depth++
	}
	p.one(e)
	excs := pylib.GroupExceptions(e)
	n := min(len(excs), maxGroupWidth+1)
	p.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			// The closing line may come from a nested group instead.
			p.needClose = true
		}
		lead := "  "
		if i == 0 {
			lead = "+-"
		}
		truncated := i >= maxGroupWidth
		title := fmt.Sprint(i + 1)
		if truncated {
			title = "..."
		}
		fmt.Fprintf(&p.b, "%s%s+---------------- %s ----------------\n", p.indent(), lead, title)
		p.depth++
		if truncated {
			more := len(excs) - maxGroupWidth
			plural := "s"
			if more == 1 {
				plural = ""
			}
			p.lines(fmt.Sprintf("and %d more exception%s\n", more, plural))
		} else if sub, ok := excs[i].(*py.Exception); ok {
			p.recursive(sub)
		}
		if last && p.needClose {
			p.b.WriteString(p.indent() + "+------------------------------------\n")
			p.needClose = false
		}
		p.depth--
	}
	if top {
		p.depth--
	}
}

// repeatLimit is how many identical consecutive traceback entries CPython
// prints before it summarizes the rest.
const repeatLimit = 3

// formatEntries prints one entry per frame, collapsing runs of identical
// entries (deep recursion) the way CPython does.
func formatEntries(b *strings.Builder, tb *py.Traceback) {
	var last string
	repeats := 0
	flush := func() {
		if repeats > repeatLimit {
			n := repeats - repeatLimit
			plural := "s"
			if n == 1 {
				plural = ""
			}
			fmt.Fprintf(b, "  [Previous line repeated %d more time%s]\n", n, plural)
		}
	}
	for ; tb != nil; tb = tb.Next {
		code := tb.Frame.Code
		entry := fmt.Sprintf("  File \"%s\", line %d, in %s\n", code.Filename, tb.Lineno, code.Name)
		if line, ok := sourceLine(tb.Frame.Context, code.Filename, int(tb.Lineno)); ok {
			if line = strings.TrimSpace(line); line != "" {
				entry += "    " + line + "\n"
			}
		}
		if entry == last {
			repeats++
		} else {
			flush()
			last, repeats = entry, 1
		}
		if repeats <= repeatLimit {
			b.WriteString(entry)
		}
	}
	flush()
}

// exceptionLine is the line that names an exception: "Type: message", or
// just "Type" when the message is empty.
func exceptionLine(e *py.Exception) string {
	name := typeName(e.Base)
	if msg := exceptionText(e); msg != "" {
		return name + ": " + msg + "\n"
	}
	return name + "\n"
}

// exceptionText is str(e), with BaseExceptionGroup.__str__ for groups
// whose classes do not define their own.
func exceptionText(e *py.Exception) string {
	if pylib.IsGroup(e) {
		for _, c := range e.Base.Mro {
			t, ok := c.(*py.Type)
			if !ok || t == pylib.BaseExceptionGroup {
				break
			}
			if _, ok := t.Dict["__str__"]; ok {
				return pytext.SafeStr(e)
			}
		}
		return pylib.GroupStr(e)
	}
	return pytext.SafeStr(e)
}

// typeName qualifies a class by its module unless it is a builtin or lives in
// __main__, as CPython's traceback module does.
func typeName(t *py.Type) string {
	if mod, ok := t.Dict["__module__"].(py.String); ok && mod != "builtins" && mod != "__main__" {
		return string(mod) + "." + t.Name
	}
	return t.Name
}

func formatSyntaxError(b *strings.Builder, e *py.Exception) {
	filename, _ := e.Dict["filename"].(py.String)
	lineno, _ := e.Dict["lineno"].(py.Int)
	offset, _ := e.Dict["offset"].(py.Int)
	text, ok := e.Dict["text"].(py.String)
	if !ok {
		text, _ = e.Dict["line"].(py.String)
	}
	if filename == "" {
		filename = "<string>"
	}
	fmt.Fprintf(b, "  File \"%s\", line %d\n", filename, lineno)
	if line := strings.TrimRight(string(text), "\r\n"); strings.TrimSpace(line) != "" {
		trimmed := strings.TrimLeft(line, " \t\f")
		fmt.Fprintf(b, "    %s\n", trimmed)
		if offset > 0 {
			col := int(offset) - 1 - (len([]rune(line)) - len([]rune(trimmed)))
			if col < 0 {
				col = 0
			}
			fmt.Fprintf(b, "    %s^\n", strings.Repeat(" ", col))
		}
	}
	msg := ""
	if args, ok := e.Args.(py.Tuple); ok && len(args) > 0 {
		msg = pytext.SafeStr(args[0])
	}
	b.WriteString(typeName(e.Base) + ": " + msg + "\n")
}

// sourceLine finds line n of filename through the context that ran it.
func sourceLine(ctx py.Context, filename string, n int) (string, bool) {
	if c, ok := ctx.(*context); ok {
		return c.sources.line(filename, n)
	}
	var s sources
	return s.line(filename, n)
}
