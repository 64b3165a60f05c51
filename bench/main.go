// Command bench runs the Python workloads in bench/workloads on gpyasync and,
// when python3 is on the PATH, on CPython in the same run, and prints the
// figures for both and their ratio. Absolute figures on shared machines are
// noise; the ratio is the figure to read.
//
// A workload is a module of one of two kinds:
//
//   - run(n) performs n operations of its kind. Both sides import it, call
//     run with a small n to warm up, then time run(n) with n doubling until
//     one call takes at least -min. Only the call is timed, not start-up or
//     compilation. The first table gives operations per second.
//   - memory(n) creates n objects of its kind (tasks suspended on an Event,
//     say) and returns, while they are alive, a function that releases them.
//     The second table gives bytes per object and the peak resident set size.
//     gpyasync's bytes come from the Go runtime (heap and stack in use, after
//     a collection, before and after the call); CPython's from the growth of
//     the process's peak resident set (VmHWM in /proc/self/status), since
//     CPython's allocator has no cheaper exact figure. The peaks are VmHWM
//     after the call; on gpyasync it is reset first when Linux allows it.
//
// Usage:
//
//	go run ./bench [-min 200ms] [-tasks 100000] [-run regexp] [-python python3]
//	               [-cpuprofile file] [-memprofile file]
//
// -cpuprofile profiles the whole gpyasync side of the run; -memprofile
// writes a heap profile while the objects of the last memory(n) workload
// are alive, to show what each of them is made of.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/pprof"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/go-python/gpython/py"

	_ "github.com/gpyasync/gpyasync/eventloop/asyncio" // asyncio, contextvars
	"github.com/gpyasync/gpyasync/interp"
)

// config is what one run of the harness measures.
type config struct {
	dir     string        // folder of workload modules
	filter  string        // regular expression on workload names
	python  string        // CPython to compare with; empty to skip
	minTime time.Duration // time one measured run(n) call must take at least
	tasks   int           // n given to memory(n)
	// memProfile is where memoryOurs writes a heap profile, or "".
	memProfile string
}

func main() {
	var cfg config
	flag.DurationVar(&cfg.minTime, "min", 200*time.Millisecond, "time one measured call must take at least")
	flag.StringVar(&cfg.filter, "run", "", "run only the workloads whose name matches this regular expression")
	flag.StringVar(&cfg.python, "python", "python3", "the CPython to compare with; empty to skip")
	flag.StringVar(&cfg.dir, "dir", "bench/workloads", "folder of workload modules")
	flag.IntVar(&cfg.tasks, "tasks", 100000, "objects each memory(n) workload creates")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the gpyasync side to this file")
	flag.StringVar(&cfg.memProfile, "memprofile", "", "write a heap profile, taken while memory(n)'s objects live, to this file")
	flag.Parse()
	if cfg.memProfile != "" {
		// The default rate samples too few of n small objects.
		runtime.MemProfileRate = 256
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			os.Exit(1)
		}
		defer f.Close()
		defer pprof.StopCPUProfile()
	}
	if err := benchAll(os.Stdout, cfg); err != nil {
		pprof.StopCPUProfile()
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// workload is one module imported into its own gpyasync context.
type workload struct {
	name string
	file string
	ctx  py.Context
	mod  *py.Module
}

func benchAll(w io.Writer, cfg config) error {
	re, err := regexp.Compile(cfg.filter)
	if err != nil {
		return err
	}
	files, err := filepath.Glob(filepath.Join(cfg.dir, "*.py"))
	if err != nil {
		return err
	}
	sort.Strings(files)
	python := cfg.python
	if python != "" {
		if _, err := exec.LookPath(python); err != nil {
			fmt.Fprintf(w, "(%s not found: CPython column skipped)\n", python)
			python = ""
		}
	}
	var speedRows, memRows []string
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".py")
		if !re.MatchString(name) {
			continue
		}
		wl, err := load(name, file)
		if err != nil {
			return fmt.Errorf("%s on gpyasync: %w", name, err)
		}
		var row string
		if _, ok := wl.mod.Globals["run"]; ok {
			row, err = speedRow(wl, python, cfg.minTime)
			speedRows = append(speedRows, row)
		} else if _, ok := wl.mod.Globals["memory"]; ok {
			row, err = memoryRow(wl, python, cfg.tasks, cfg.memProfile)
			memRows = append(memRows, row)
		} else {
			err = fmt.Errorf("%s: defines neither run(n) nor memory(n)", name)
		}
		wl.ctx.Close()
		if err != nil {
			return err
		}
	}
	if err := table(w, "workload\tgpyasync ops/s\tCPython ops/s\tratio\t", speedRows); err != nil {
		return err
	}
	if len(speedRows) > 0 && len(memRows) > 0 {
		fmt.Fprintln(w)
	}
	return table(w, "workload\tn\tgpyasync B/object\tCPython B/object\tratio\tgpyasync peak RSS\tCPython peak RSS\t", memRows)
}

// table prints a header and tab-separated rows right-aligned, or nothing
// when there are no rows.
func table(w io.Writer, header string, rows []string) error {
	if len(rows) == 0 {
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, header)
	for _, row := range rows {
		fmt.Fprintln(tw, row)
	}
	return tw.Flush()
}

// load imports the workload into a fresh context. The caller closes it.
func load(name, file string) (*workload, error) {
	src, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var stderr bytes.Buffer
	ctx := interp.NewContext(interp.Config{Stderr: &stderr})
	code, err := py.Compile(string(src), file, py.ExecMode, 0, true)
	if err != nil {
		ctx.Close()
		return nil, fmt.Errorf("%s", interp.FormatException(err))
	}
	mod, err := ctx.ModuleInit(&py.ModuleImpl{Info: py.ModuleInfo{Name: "workload", FileDesc: file}, Code: code})
	if err != nil {
		ctx.Close()
		return nil, fmt.Errorf("%s", interp.FormatException(err))
	}
	return &workload{name: name, file: file, ctx: ctx, mod: mod}, nil
}

// speedRow measures a run(n) workload on both sides and formats its table
// row.
func speedRow(wl *workload, python string, minTime time.Duration) (string, error) {
	ours, err := measureOurs(wl, minTime)
	if err != nil {
		return "", fmt.Errorf("%s on gpyasync: %w", wl.name, err)
	}
	theirs, ratio := "-", "-"
	if python != "" {
		cp, err := measureCPython(python, wl.file, minTime)
		if err != nil {
			return "", fmt.Errorf("%s on CPython: %w", wl.name, err)
		}
		theirs = fmt.Sprintf("%.0f", cp)
		ratio = fmt.Sprintf("%.2fx", ours/cp)
	}
	return fmt.Sprintf("%s\t%.0f\t%s\t%s\t", wl.name, ours, theirs, ratio), nil
}

// measureOurs times the workload's run(n) from Go.
func measureOurs(wl *workload, minTime time.Duration) (float64, error) {
	run := wl.mod.Globals["run"]
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
	out, err := runPython(python, cpythonDriver, file, strconv.FormatFloat(minTime.Seconds(), 'f', -1, 64))
	if err != nil {
		return 0, err
	}
	return strconv.ParseFloat(strings.TrimSpace(out), 64)
}

func runPython(python, driver string, args ...string) (string, error) {
	out, err := exec.Command(python, append([]string{"-c", driver}, args...)...).Output()
	if err != nil {
		var exitErr *exec.ExitError
		if errors.As(err, &exitErr) {
			return "", fmt.Errorf("%v: %s", err, exitErr.Stderr)
		}
		return "", err
	}
	return string(out), nil
}

// memoryRow measures a memory(n) workload on both sides and formats its
// table row.
func memoryRow(wl *workload, python string, n int, memProfile string) (string, error) {
	ours, peak, err := memoryOurs(wl, n, memProfile)
	if err != nil {
		return "", fmt.Errorf("%s on gpyasync: %w", wl.name, err)
	}
	theirs, ratio, theirPeak := "-", "-", "-"
	if python != "" {
		cp, cpPeak, err := memoryCPython(python, wl.file, n)
		if err != nil {
			return "", fmt.Errorf("%s on CPython: %w", wl.name, err)
		}
		theirs = fmt.Sprintf("%.0f", cp)
		ratio = fmt.Sprintf("%.2fx", ours/cp)
		theirPeak = megabytes(cpPeak)
	}
	return fmt.Sprintf("%s\t%d\t%.0f\t%s\t%s\t%s\t%s\t", wl.name, n, ours, theirs, ratio, megabytes(peak), theirPeak), nil
}

// memoryOurs calls memory(n) and returns the heap and stack bytes it left
// in use per object, and the process's peak resident set while they lived.
// A warm-up call first loads whatever the workload imports lazily. With
// memProfile set, a heap profile is written there while they live.
func memoryOurs(wl *workload, n int, memProfile string) (perObject float64, peak int64, err error) {
	memory := wl.mod.Globals["memory"]
	call := func(n int) (py.Object, error) {
		release, err := py.Call(memory, py.Tuple{py.Int(n)}, nil)
		if err != nil {
			return nil, fmt.Errorf("%s", interp.FormatException(err))
		}
		return release, nil
	}
	releaseWarm, err := call(100)
	if err != nil {
		return 0, 0, err
	}
	if _, err := py.Call(releaseWarm, nil, nil); err != nil {
		return 0, 0, fmt.Errorf("%s", interp.FormatException(err))
	}
	before := inUse()
	resetPeakRSS()
	release, err := call(n)
	if err != nil {
		return 0, 0, err
	}
	after := inUse()
	peak, _ = procStatus("VmHWM")
	if memProfile != "" {
		if err := writeHeapProfile(memProfile); err != nil {
			return 0, 0, err
		}
	}
	if _, err := py.Call(release, nil, nil); err != nil {
		return 0, 0, fmt.Errorf("%s", interp.FormatException(err))
	}
	return float64(after-before) / float64(n), peak, nil
}

// inUse is the Go heap and stack memory in use after a collection.
func inUse() int64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapInuse + m.StackInuse)
}

func writeHeapProfile(file string) error {
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	if err := pprof.WriteHeapProfile(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// resetPeakRSS makes VmHWM start again from the current resident set, so
// the peak reported is this workload's rather than an earlier one's. Where
// Linux refuses, the peak stays the whole process's.
func resetPeakRSS() {
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
}

// procStatus reads one of the kB fields of /proc/self/status, in bytes.
func procStatus(field string) (int64, error) {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		key, value, ok := strings.Cut(sc.Text(), ":")
		if !ok || key != field {
			continue
		}
		kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(value), " kB"), 10, 64)
		return kb * 1024, err
	}
	if err := sc.Err(); err != nil {
		return 0, err
	}
	return 0, fmt.Errorf("no %s in /proc/self/status", field)
}

func megabytes(b int64) string {
	if b <= 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f MB", float64(b)/(1<<20))
}

// cpythonMemoryDriver does in CPython what memoryOurs does in Go, with the
// growth of VmHWM standing in for the Go runtime's statistics.
const cpythonMemoryDriver = `
import importlib.util, sys
spec = importlib.util.spec_from_file_location("workload", sys.argv[1])
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
n = int(sys.argv[2])

def hwm():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    raise SystemExit("no VmHWM in /proc/self/status")

mod.memory(100)()
before = hwm()
release = mod.memory(n)
after = hwm()
release()
print((after - before) / n, after)
`

func memoryCPython(python, file string, n int) (perObject float64, peak int64, err error) {
	out, err := runPython(python, cpythonMemoryDriver, file, strconv.Itoa(n))
	if err != nil {
		return 0, 0, err
	}
	fields := strings.Fields(out)
	if len(fields) != 2 {
		return 0, 0, fmt.Errorf("unexpected driver output %q", out)
	}
	if perObject, err = strconv.ParseFloat(fields[0], 64); err != nil {
		return 0, 0, err
	}
	peak, err = strconv.ParseInt(fields[1], 10, 64)
	return perObject, peak, err
}
