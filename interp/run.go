package interp

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/go-python/gpython/py"

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
// last):", one entry per frame with its source line, and "Type: message".
// CPython 3.11's column markers (lines of ~ and ^) are not rendered: gpython's
// syntax tree carries no end positions.
func FormatException(err error) string {
	var b strings.Builder
	formatChain(&b, pyerr.Exception(err), map[*py.Exception]bool{})
	return b.String()
}

func formatChain(b *strings.Builder, e *py.Exception, seen map[*py.Exception]bool) {
	seen[e] = true
	if cause, ok := e.Cause.(*py.Exception); ok && !seen[cause] {
		formatChain(b, cause, seen)
		b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
	} else if ctxExc, ok := e.Context.(*py.Exception); ok && !e.SuppressContext && !seen[ctxExc] {
		formatChain(b, ctxExc, seen)
		b.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
	}
	formatOne(b, e)
}

func formatOne(b *strings.Builder, e *py.Exception) {
	if tb, ok := e.Traceback.(*py.Traceback); ok && tb != nil {
		b.WriteString("Traceback (most recent call last):\n")
		formatEntries(b, tb)
	}
	if e.Base == py.SyntaxError || e.Base.IsSubtype(py.SyntaxError) {
		formatSyntaxError(b, e)
		return
	}
	b.WriteString(exceptionLine(e))
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

// exceptionLine is the last line of a traceback: "Type: message", or just
// "Type" when the message is empty.
func exceptionLine(e *py.Exception) string {
	name := typeName(e.Base)
	if msg := pytext.SafeStr(e); msg != "" {
		return name + ": " + msg + "\n"
	}
	return name + "\n"
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
