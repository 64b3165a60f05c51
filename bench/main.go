// Command bench runs the Python workloads in bench/workloads on gpyasync and,
// when python3 is on the PATH, on CPython in the same run, and prints
// operations per second for both and their ratio. Absolute times on shared
// machines are noise; the ratio is the figure to read.
//
// Each workload is a module defining run(n), which performs n operations of
// its kind. Both sides import it, call run with a small n to warm up, then
// time run(n) with n doubling until one call takes at least -min. Only the
// call is timed, not start-up or compilation.
//
// Usage:
//
//	go run ./bench [-min 200ms] [-run regexp] [-python python3]
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gpyasync/gpyasync/interp"
)

func main() {
	minTime := flag.Duration("min", 200*time.Millisecond, "time one measured call must take at least")
	filter := flag.String("run", "", "run only the workloads whose name matches this regular expression")
	python := flag.String("python", "python3", "the CPython to compare with; empty to skip")
	dir := flag.String("dir", "bench/workloads", "folder of workload modules")
	flag.Parse()
	if err := benchAll(os.Stdout, *dir, *filter, *python, *minTime); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func benchAll(w io.Writer, dir, filter, python string, minTime time.Duration) error {
	re, err := regexp.Compile(filter)
	if err != nil {
		return err
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.py"))
	if err != nil {
		return err
	}
	sort.Strings(files)
	if python != "" {
		if _, err := exec.LookPath(python); err != nil {
			fmt.Fprintf(w, "(%s not found: CPython column skipped)\n", python)
			python = ""
		}
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "workload\tgpyasync ops/s\tCPython ops/s\tratio\t")
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".py")
		if !re.MatchString(name) {
			continue
		}
		ours, err := measureOurs(file, minTime)
		if err != nil {
			return fmt.Errorf("%s on gpyasync: %w", name, err)
		}
		theirs, ratio := "-", "-"
		if python != "" {
			cp, err := measureCPython(python, file, minTime)
			if err != nil {
				return fmt.Errorf("%s on CPython: %w", name, err)
			}
			theirs = fmt.Sprintf("%.0f", cp)
			ratio = fmt.Sprintf("%.2fx", ours/cp)
		}
		fmt.Fprintf(tw, "%s\t%.0f\t%s\t%s\t\n", name, ours, theirs, ratio)
	}
	return tw.Flush()
}

// measureOurs imports the workload into a fresh context and times run(n)
// from Go.
func measureOurs(file string, minTime time.Duration) (float64, error) {
	src, err := os.ReadFile(file)
	if err != nil {
		return 0, err
	}
	var stderr bytes.Buffer
	ctx := interp.NewContext(interp.Config{Stderr: &stderr})
	defer ctx.Close()
	code, err := py.Compile(string(src), file, py.ExecMode, 0, true)
	if err != nil {
		return 0, fmt.Errorf("%s", interp.FormatException(err))
	}
	mod, err := ctx.ModuleInit(&py.ModuleImpl{Info: py.ModuleInfo{Name: "workload", FileDesc: file}, Code: code})
	if err != nil {
		return 0, fmt.Errorf("%s", interp.FormatException(err))
	}
	run, ok := mod.Globals["run"]
	if !ok {
		return 0, fmt.Errorf("no run(n) function")
	}
	call := func(n int) (time.Duration, error) {
		start := time.Now()
		_, err := py.Call(run, py.Tuple{py.Int(n)}, nil)
		if err != nil {
			return 0, fmt.Errorf("%s", interp.FormatException(err))
		}
		return time.Since(start), nil
	}
	return calibrate(call, minTime)
}

// calibrate warms up, then doubles n until one call of run(n) takes at
// least minTime, and returns operations per second for that call.
func calibrate(call func(n int) (time.Duration, error), minTime time.Duration) (float64, error) {
	if _, err := call(100); err != nil {
		return 0, err
	}
	for n := 1000; ; n *= 2 {
		d, err := call(n)
		if err != nil {
			return 0, err
		}
		if d >= minTime || n >= 1<<30 {
			return float64(n) / d.Seconds(), nil
		}
	}
}

// cpythonDriver does in CPython what measureOurs and calibrate do in Go.
const cpythonDriver = `
import importlib.util, sys, time
spec = importlib.util.spec_from_file_location("workload", sys.argv[1])
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
min_time = float(sys.argv[2])
mod.run(100)
n = 1000
while True:
    start = time.perf_counter()
    mod.run(n)
    d = time.perf_counter() - start
    if d >= min_time or n >= 1 << 30:
        print(n / d)
        break
    n *= 2
`

func measureCPython(python, file string, minTime time.Duration) (float64, error) {
	out, err := exec.Command(python, "-c", cpythonDriver, file, strconv.FormatFloat(minTime.Seconds(), 'f', -1, 64)).Output()
	if err != nil {
		var exitErr *exec.ExitError
		if errors.As(err, &exitErr) {
			return 0, fmt.Errorf("%v: %s", err, exitErr.Stderr)
		}
		return 0, err
	}
	return strconv.ParseFloat(strings.TrimSpace(string(out)), 64)
}
