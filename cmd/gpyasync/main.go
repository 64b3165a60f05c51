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
//
// SIGINT (CTRL-C) behaves as in CPython 3.11 while an event loop runs: in
// asyncio.run the first one cancels the main task, which can clean up, and
// if it ends cancelled the run raises KeyboardInterrupt while handling its
// CancelledError; otherwise, or at a second CTRL-C, the loop's run ends
// with KeyboardInterrupt. The traceback is printed and the status is 130. Outside an
// event loop KeyboardInterrupt is raised in the running code at its next
// loop iteration, with the same traceback and status. A second CTRL-C while
// the first is still pending (code blocked in Go) exits with 130 at once.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/eventloop"
	_ "github.com/gpyasync/gpyasync/eventloop/asyncio" // asyncio, contextvars
	"github.com/gpyasync/gpyasync/interp"
	"github.com/gpyasync/gpyasync/interp/vm"
	"github.com/gpyasync/gpyasync/pyerr"
)

func main() {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt)
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, sigs))
}

// interruptedStatus is the status of a script ended by KeyboardInterrupt,
// as a shell reports a CPython killed by SIGINT.
const interruptedStatus = 130

// exit ends the process when SIGINT comes outside an event loop.
var exit = os.Exit

const usage = "usage: gpyasync script.py [args...]\n       gpyasync -c 'code' [args...]\n"

// run is main without the process: it returns the exit status.
// Each value received from sigs is a SIGINT.
func run(args []string, stdout, stderr io.Writer, sigs <-chan os.Signal) int {
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
		return status(interruptible(ctx, sigs, stderr, func() error {
			return interp.RunMain(ctx, args[1], "<string>")
		}), stderr)
	}
	if _, err := os.Stat(args[0]); err != nil {
		fmt.Fprintf(stderr, "gpyasync: can't open file '%s': %s\n", absPath(args[0]), errnoText(err))
		return 2
	}
	cfg.Argv = args
	ctx := interp.NewContext(cfg)
	defer ctx.Close()
	return status(interruptible(ctx, sigs, stderr, func() error {
		return interp.RunFile(ctx, args[0])
	}), stderr)
}

// status is interp.ExitStatus with CPython's status for KeyboardInterrupt.
func status(err error, stderr io.Writer) int {
	s := interp.ExitStatus(err, stderr)
	if err != nil && pyerr.Matches(err, py.KeyboardInterrupt) {
		return interruptedStatus
	}
	return s
}

// interruptible runs script, turning each SIGINT from sigs into an
// interrupt of the event loop running in ctx (eventloop.Interrupt), or
// else into a KeyboardInterrupt in the running code at its next loop
// iteration. A second SIGINT while the first is still pending (the code is
// blocked in Go) ends the process.
func interruptible(ctx py.Context, sigs <-chan os.Signal, stderr io.Writer, script func() error) error {
	stop := make(chan struct{})
	watched := make(chan struct{})
	go func() {
		defer close(watched)
		for {
			select {
			case <-stop:
				return
			case <-sigs:
				if eventloop.Interrupt(ctx) {
					continue
				}
				if !vm.Interrupt(ctx) {
					continue
				}
				// The first CTRL-C is still pending: the code is blocked
				// where it cannot be interrupted.
				fmt.Fprintln(stderr, "KeyboardInterrupt")
				exit(interruptedStatus)
			}
		}
	}()
	defer func() {
		close(stop)
		<-watched
	}()
	return script()
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
