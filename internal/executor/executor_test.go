package executor

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

func TestMain(m *testing.M) {
	Init()
	os.Exit(m.Run())
}

// newRunner returns a runner under a test directory that also hides a "node data directory" holding a
// key file, and that directory's path.
func newRunner(t *testing.T) (*Runner, string) {
	t.Helper()
	base := t.TempDir()
	home := filepath.Join(base, "home")
	if err := os.MkdirAll(home, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(home, "key.json"), []byte("node key"), 0o600); err != nil {
		t.Fatal(err)
	}
	r, err := New(Config{Dir: filepath.Join(home, "exec"), Hide: []string{home}})
	if err != nil {
		t.Fatal(err)
	}
	probe, err := r.Run(context.Background(), Job{Command: []string{"true"}})
	if errors.Is(err, ErrNoSandbox) && os.Getenv("COHORT_REQUIRE_SANDBOX") == "" {
		t.Skipf("this kernel refuses the executor's sandbox: %v", err)
	}
	if err != nil || probe == nil {
		t.Fatalf("probe run: %v", err)
	}
	return r, home
}

// When the kernel refuses the namespaces, nothing runs: the script would have reached the network.
func TestNoSandboxRunsNothing(t *testing.T) {
	r, _ := newRunner(t)
	r.attr = func() *syscall.SysProcAttr {
		a := sandboxAttr()
		a.Cloneflags |= syscall.CLONE_FS // CLONE_NEWUSER with CLONE_FS: the kernel answers EINVAL
		return a
	}
	marker := filepath.Join(t.TempDir(), "ran")
	res, err := r.Run(context.Background(), Job{Command: []string{"/bin/sh", "-c", "touch " + marker}})
	if !errors.Is(err, ErrNoSandbox) || res != nil {
		t.Fatalf("err = %v, want ErrNoSandbox", err)
	}
	if _, err := os.Stat(marker); err == nil {
		t.Fatal("the script ran without its sandbox")
	}
}

func needPython(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not installed")
	}
}

// run runs a Python snippet as train.py with the given limits and outputs.
func run(t *testing.T, r *Runner, src string, lim Limits, outputs []string, env ...string) (*Result, error) {
	t.Helper()
	return r.Run(context.Background(), Job{
		Command: []string{"python3", "train.py"},
		Inputs:  []Input{{Name: "train.py", Data: strings.NewReader(src)}},
		Outputs: outputs, Limits: lim, Env: env,
	})
}

func limitOf(err error) string {
	var le *LimitError
	if errors.As(err, &le) {
		return le.Limit
	}
	return ""
}

func TestRunWritesOutputs(t *testing.T) {
	needPython(t)
	r, _ := newRunner(t)
	res, err := r.Run(context.Background(), Job{
		Command: []string{"python3", "train.py"},
		Inputs: []Input{
			{Name: "train.py", Data: strings.NewReader(`import os
open("model.bin", "w").write(open("data.csv").read().upper())
open("metrics.json", "w").write('{"cwd": "%s", "home": "%s"}' % (os.getcwd(), os.environ["HOME"]))`)},
			{Name: "data.csv", Data: strings.NewReader("a,b\n1,2\n")},
		},
		Outputs: []string{"model.bin", "metrics.json"},
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := string(res.Outputs["model.bin"]); got != "A,B\n1,2\n" {
		t.Fatalf("model.bin = %q", got)
	}
	if res.PeakRSS <= 0 || res.CPU <= 0 || res.Wall <= 0 || res.Written == 0 {
		t.Fatalf("measures: %+v", res)
	}
	if matches, _ := filepath.Glob(filepath.Join(r.cfg.Dir, "run-*")); len(matches) != 0 {
		t.Fatalf("working directories left behind: %v", matches)
	}
}

// A script gets a clean environment: nothing of the node's.
func TestAttackScriptReadsNodeEnvironment(t *testing.T) {
	needPython(t)
	t.Setenv("COHORT_KEY_PASSWORD", "hunter2")
	r, _ := newRunner(t)
	res, err := run(t, r, `import os; open("out", "w").write(repr(sorted(os.environ.items())))`, Limits{}, []string{"out"})
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(res.Outputs["out"], []byte("hunter2")) {
		t.Fatalf("the script read the node's environment: %s", res.Outputs["out"])
	}
}

// A script cannot reach the host's network, loopback included: a listener on the host's 127.0.0.1
// gets no connection.
func TestAttackScriptTriesTheNetwork(t *testing.T) {
	needPython(t)
	r, _ := newRunner(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var mu sync.Mutex
	accepted := 0
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			accepted++
			mu.Unlock()
			c.Close()
		}
	}()
	port := ln.Addr().(*net.TCPAddr).Port
	src := fmt.Sprintf(`import socket
out = []
for host in ["127.0.0.1", "1.1.1.1"]:
    try:
        socket.create_connection((host, %d), timeout=2).close()
        out.append(host + " connected")
    except OSError as e:
        out.append(host + " refused: " + str(e))
open("out", "w").write("\n".join(out))`, port)
	res, err := run(t, r, src, Limits{}, []string{"out"})
	if err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	defer mu.Unlock()
	if accepted != 0 || bytes.Contains(res.Outputs["out"], []byte("connected")) {
		t.Fatalf("the script reached the network (%d connections): %s", accepted, res.Outputs["out"])
	}
	t.Logf("script saw: %s", res.Outputs["out"])
}

// A script that forks a detached child and sleeps past its wall time is stopped at the limit, with
// every process it started.
func TestAttackScriptOutlivesWallTime(t *testing.T) {
	needPython(t)
	r, _ := newRunner(t)
	marker := fmt.Sprintf("cohort-wall-%d", time.Now().UnixNano())
	src := `import os, sys, time
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        time.sleep(1000)
    os._exit(0)
open("model.bin", "w").write("partial")
time.sleep(1000)`
	begin := time.Now()
	res, err := r.Run(context.Background(), Job{
		Command: []string{"python3", "train.py", marker},
		Inputs:  []Input{{Name: "train.py", Data: strings.NewReader(src)}},
		Outputs: []string{"model.bin"},
		Limits:  Limits{Wall: time.Second},
	})
	if limitOf(err) != LimitWall || res != nil {
		t.Fatalf("err = %v, result %v: want the wall_time limit and no outputs", err, res)
	}
	if d := time.Since(begin); d > 10*time.Second {
		t.Fatalf("stopped after %s", d)
	}
	time.Sleep(200 * time.Millisecond)
	if pids := processesWith(marker); len(pids) > 0 {
		t.Fatalf("processes survived the wall-clock kill: %v", pids)
	}
}

// processesWith lists the host's processes whose command line holds s.
func processesWith(s string) []string {
	var pids []string
	dirs, _ := filepath.Glob("/proc/[0-9]*/cmdline")
	for _, d := range dirs {
		b, err := os.ReadFile(d)
		if err == nil && bytes.Contains(b, []byte(s)) && !bytes.Contains(b, []byte(initArg)) {
			pids = append(pids, d)
		}
	}
	return pids
}

func TestAttackScriptOverCPUTime(t *testing.T) {
	needPython(t)
	r, _ := newRunner(t)
	res, err := run(t, r, "open('model.bin','w').write('x')\nwhile True: pass", Limits{CPU: time.Second, Wall: 30 * time.Second}, []string{"model.bin"})
	if limitOf(err) != LimitCPU || res != nil {
		t.Fatalf("err = %v: want the cpu_time limit and no outputs", err)
	}
}

func TestAttackScriptOverMemory(t *testing.T) {
	needPython(t)
	r, _ := newRunner(t)
	res, err := run(t, r, "open('model.bin','w').write('x')\nx = bytearray(2 << 30)", Limits{Memory: 256 << 20}, []string{"model.bin"})
	if limitOf(err) != LimitMemory || res != nil {
		t.Fatalf("err = %v: want the memory limit and no outputs", err)
	}
}

// A script that writes past the output limit is stopped (one big file) or refused after it ends (many
// small ones), and nothing it wrote is returned.
func TestAttackScriptWritesBeyondOutputSize(t *testing.T) {
	needPython(t)
	r, _ := newRunner(t)
	lim := Limits{Output: 1 << 20}
	res, err := run(t, r, "open('model.bin','wb').write(b'x' * (3 << 20))", lim, []string{"model.bin"})
	if limitOf(err) != LimitOutput || res != nil {
		t.Fatalf("one big file: err = %v: want the output_size limit", err)
	}
	res, err = run(t, r, `import os
os.mkdir("junk")
for i in range(8):
    open("junk/%d" % i, "wb").write(b"x" * (512 << 10))
open("model.bin", "w").write("ok")`, lim, []string{"model.bin"})
	if limitOf(err) != LimitOutput || res != nil {
		t.Fatalf("many files: err = %v: want the output_size limit", err)
	}
}

// An output that is a link is refused: the node would otherwise store and publish the file it points at.
func TestAttackOutputLinksToNodeKey(t *testing.T) {
	needPython(t)
	r, home := newRunner(t)
	src := fmt.Sprintf(`import os; os.symlink(%q, "model.bin")`, filepath.Join(home, "key.json"))
	res, err := run(t, r, src, Limits{}, []string{"model.bin"})
	if err == nil {
		t.Fatalf("a link output was read: %q", res.Outputs["model.bin"])
	}
}

// A script sees neither the node's data directory (its keys) nor the working directory of another
// run, even while that run holds its opened data set, by path or through /proc.
func TestAttackScriptReadsAnotherTasksData(t *testing.T) {
	needPython(t)
	r, home := newRunner(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	victim := make(chan error, 1)
	go func() {
		_, err := r.Run(ctx, Job{
			Command: []string{"python3", "train.py"},
			Inputs: []Input{
				{Name: "train.py", Data: strings.NewReader("import time\ntime.sleep(60)")},
				{Name: "data.csv", Data: strings.NewReader("TOP-SECRET-ROWS\n")},
			},
		})
		victim <- err
	}()
	var victimDir string
	for i := 0; i < 100 && victimDir == ""; i++ {
		time.Sleep(50 * time.Millisecond)
		m, _ := filepath.Glob(filepath.Join(r.cfg.Dir, "run-*", "data.csv"))
		if len(m) == 1 {
			victimDir = filepath.Dir(m[0])
		}
	}
	if victimDir == "" {
		t.Fatal("the victim run did not start")
	}
	time.Sleep(300 * time.Millisecond) // the victim's script is running
	src := fmt.Sprintf(`import glob
found = []
paths = [%q, %q] + glob.glob("/proc/*/cwd/data.csv") + glob.glob("/proc/*/root%s")
for p in paths:
    try:
        found.append(p + ": " + open(p).read())
    except OSError as e:
        found.append(p + ": refused " + type(e).__name__)
open("out", "w").write("\n".join(found))`, filepath.Join(victimDir, "data.csv"), filepath.Join(home, "key.json"), filepath.Join(victimDir, "data.csv"))
	res, err := run(t, r, src, Limits{}, []string{"out"})
	if err != nil {
		t.Fatal(err)
	}
	out := res.Outputs["out"]
	if bytes.Contains(out, []byte("TOP-SECRET")) || bytes.Contains(out, []byte("node key")) {
		t.Fatalf("the script read outside its directory:\n%s", out)
	}
	t.Logf("script saw:\n%s", out)
	cancel()
	<-victim
}
