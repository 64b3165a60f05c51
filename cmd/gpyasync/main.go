// Command gpyasync runs a Python script on gpyasync's interpreter.
//
// Usage:
//
//	gpyasync script.py [args...]
//	gpyasync -c 'code' [args...]
//
// sys.argv is the script path (or "-c") followed by args; the script's
// directory is searched first for imports. An uncaught exception prints a
// CPython-style traceback to stderr and exits with status 1; SystemExit
// exits with its code.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	_ "github.com/gpyasync/gpyasync/eventloop/asyncio" // asyncio, contextvars
	"github.com/gpyasync/gpyasync/interp"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const usage = "usage: gpyasync script.py [args...]\n       gpyasync -c 'code' [args...]\n"

// run is main without the process: it returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprint(stderr, usage)
		return 2
	}
	cfg := interp.Config{Stdout: stdout, Stderr: stderr}
	if args[0] == "-c" {
		if len(args) < 2 {
			fmt.Fprint(stderr, "Argument expected for the -c option\n"+usage)
			return 2
		}
		cfg.Argv = append([]string{"-c"}, args[2:]...)
		cfg.Path = []string{""}
		ctx := interp.NewContext(cfg)
		defer ctx.Close()
		return interp.ExitStatus(interp.RunMain(ctx, args[1], "<string>"), stderr)
	}
	if _, err := os.Stat(args[0]); err != nil {
		fmt.Fprintf(stderr, "gpyasync: can't open file '%s': %s\n", absPath(args[0]), errnoText(err))
		return 2
	}
	cfg.Argv = args
	ctx := interp.NewContext(cfg)
	defer ctx.Close()
	return interp.ExitStatus(interp.RunFile(ctx, args[0]), stderr)
}

func absPath(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return p
}

// errnoText renders a file error as CPython does: "[Errno 2] No such file
// or directory".
func errnoText(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		msg := errno.Error()
		return fmt.Sprintf("[Errno %d] %s", int(errno), strings.ToUpper(msg[:1])+msg[1:])
	}
	return err.Error()
}
