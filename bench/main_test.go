package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// noAsyncio is the one failure a workload may skip on: the asyncio module is
// being built separately, and its workloads are committed ahead of it.
const noAsyncio = "No module named 'asyncio'"

// Every workload must run on gpyasync; the harness prints one row each.
func TestWorkloadsRun(t *testing.T) {
	files, err := filepath.Glob("workloads/*.py")
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".py")
		t.Run(name, func(t *testing.T) {
			var out bytes.Buffer
			cfg := config{dir: "workloads", filter: "^" + regexp.QuoteMeta(name) + "$", minTime: time.Millisecond, tasks: 1000}
			err := benchAll(&out, cfg)
			if err != nil && strings.Contains(err.Error(), noAsyncio) {
				t.Skip(noAsyncio)
			}
			require.NoError(t, err)
			assert.Contains(t, out.String(), name)
		})
	}
}

func TestFailingWorkloadIsReported(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, writeFile(dir+"/broken.py", "def run(n):\n    return 1 / 0\n"))
	var out bytes.Buffer
	err := benchAll(&out, config{dir: dir, minTime: time.Millisecond})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "ZeroDivisionError")
}

func TestMemoryWorkload(t *testing.T) {
	dir := t.TempDir()
	src := "def memory(n):\n    box = [[[i] for i in range(n)]]\n    def release():\n        box[0] = None\n    return release\n"
	require.NoError(t, writeFile(dir+"/lists.py", src))
	var out bytes.Buffer
	require.NoError(t, benchAll(&out, config{dir: dir, tasks: 10000}))
	text := out.String()
	assert.Contains(t, text, "B/object")
	// The speed table is empty and the memory table has the workload's row
	// with n and a positive figure: a one-element list costs well over a byte.
	m := regexp.MustCompile(`(?m)^\s*lists\s+10000\s+([0-9]+)\s`).FindStringSubmatch(text)
	require.NotNil(t, m, "no memory row in:\n%s", text)
	assert.NotEqual(t, "0", m[1])
}

// -memprofile writes a heap profile taken while memory(n)'s objects live.
func TestMemoryProfile(t *testing.T) {
	dir := t.TempDir()
	src := "def memory(n):\n    box = [[[i] for i in range(n)]]\n    def release():\n        box[0] = None\n    return release\n"
	require.NoError(t, writeFile(dir+"/lists.py", src))
	prof := filepath.Join(dir, "heap.prof")
	var out bytes.Buffer
	require.NoError(t, benchAll(&out, config{dir: dir, tasks: 1000, memProfile: prof}))
	info, err := os.Stat(prof)
	require.NoError(t, err)
	assert.Positive(t, info.Size())
}

func TestWorkloadWithoutEntryPoint(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, writeFile(dir+"/empty.py", "x = 1\n"))
	var out bytes.Buffer
	err := benchAll(&out, config{dir: dir, minTime: time.Millisecond})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "neither run(n) nor memory(n)")
}

func TestProcStatus(t *testing.T) {
	if _, err := os.Stat("/proc/self/status"); err != nil {
		t.Skip("no /proc/self/status on this system")
	}
	rss, err := procStatus("VmRSS")
	require.NoError(t, err)
	assert.Greater(t, rss, int64(1<<20), "a Go test binary resides in more than 1 MB")
	_, err = procStatus("NoSuchField")
	assert.Error(t, err)
}

func writeFile(path, text string) error { return os.WriteFile(path, []byte(text), 0o644) }
