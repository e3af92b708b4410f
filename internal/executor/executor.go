package executor

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/cohort-net/cohort"
)

// Limit names, as a task's status and LimitError name them.
const (
	LimitWall   = "wall_time"
	LimitCPU    = "cpu_time"
	LimitMemory = "memory"
	LimitOutput = "output_size"
)

// ErrNoSandbox is returned when the kernel refuses the namespaces a run needs (no network, private
// mounts and processes): the runner then runs nothing.
var ErrNoSandbox = errors.New("executor: the kernel refused the sandbox (user, network, mount and PID namespaces)")

// LimitError is a run stopped, or refused after it ended, for going over one of its limits.
type LimitError struct {
	Limit  string // LimitWall, LimitCPU, LimitMemory or LimitOutput
	Detail string
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("script stopped: over its %s limit (%s)", e.Limit, e.Detail)
}

// Limits are a run's resource limits; zero fields take the defaults.
type Limits struct {
	CPU    time.Duration // CPU time of all its processes (RLIMIT_CPU per process, and the sum after)
	Wall   time.Duration // wall-clock time, then every process of the run is killed
	Memory int64         // address space per process (RLIMIT_AS), bytes
	Output int64         // bytes the script may write in all (RLIMIT_FSIZE per file, the sum checked after)
}

// Default limits.
const (
	DefaultCPU    = 10 * time.Minute
	DefaultWall   = 15 * time.Minute
	DefaultMemory = 4 << 30
	DefaultOutput = 64 << 20
)

func (l Limits) withDefaults() Limits {
	if l.CPU <= 0 {
		l.CPU = DefaultCPU
	}
	if l.Wall <= 0 {
		l.Wall = DefaultWall
	}
	if l.Memory <= 0 {
		l.Memory = DefaultMemory
	}
	if l.Output <= 0 {
		l.Output = DefaultOutput
	}
	return l
}

// Input is a file put in the working directory before the script starts.
type Input struct {
	Name string    // a plain file name
	Data io.Reader // its contents (RunAssignment's reader of a sealed data set writes the plaintext only here)
}

// Job is one run of a script.
type Job struct {
	Command []string // argv, e.g. ["python3", "train.py"]; the program is looked up in a clean PATH
	Inputs  []Input
	Outputs []string // the files the script must write, plain names
	Limits  Limits
	Env     []string // extra KEY=VALUE variables
}

// Result is a run that stayed within its limits.
type Result struct {
	Outputs map[string][]byte // every declared output
	Wall    time.Duration
	CPU     time.Duration // user + system time of the script and the children it waited for
	PeakRSS int64         // the script's peak resident memory, bytes
	Written int64         // bytes the script left in its directory
	Stdout  []byte        // the last 64 KiB of each
	Stderr  []byte
}

// Config is a runner's setup.
type Config struct {
	// Dir holds the runs' working directories (created 0700; each run's is removed after it).
	Dir string
	// Hide lists directories a script must not see (the node's data directory, ...): each is covered
	// by an empty tmpfs in the run's mount namespace. Dir and the shared scratch directories
	// (DefaultHide) are always hidden.
	Hide []string
	// Self is the binary that becomes the run's init (Init); default the running executable.
	Self string
}

// DefaultHide are the scratch directories every process shares, hidden from every run.
var DefaultHide = []string{"/tmp", "/var/tmp", "/dev/shm"}

// Runner runs jobs.
type Runner struct {
	cfg  Config
	attr func() *syscall.SysProcAttr // sandboxAttr; tests make the kernel refuse it
}

// New returns a runner; the directory is created.
func New(cfg Config) (*Runner, error) {
	if cfg.Dir == "" {
		return nil, cohort.Errorf(cohort.EInvalid, "executor: no working directory")
	}
	dir, err := filepath.Abs(cfg.Dir)
	if err != nil {
		return nil, err
	}
	cfg.Dir = dir
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("executor: %w", err)
	}
	if cfg.Self == "" {
		if cfg.Self, err = os.Executable(); err != nil {
			return nil, fmt.Errorf("executor: find the init binary: %w", err)
		}
	}
	cfg.Hide = append(append(slices.Clone(DefaultHide), cfg.Hide...), dir)
	for i, h := range cfg.Hide {
		if cfg.Hide[i], err = filepath.Abs(h); err != nil {
			return nil, err
		}
	}
	return &Runner{cfg: cfg, attr: sandboxAttr}, nil
}

// checkName accepts a plain file name.
func checkName(kind, name string) error {
	if name == "" || name == "." || name == ".." || strings.ContainsAny(name, "/\x00") || len(name) > 255 {
		return cohort.Errorf(cohort.EInvalid, "executor: %s name %q: want a plain file name", kind, name)
	}
	return nil
}

// Check validates a job before anything is written.
func (j *Job) Check() error {
	if len(j.Command) == 0 || j.Command[0] == "" {
		return cohort.Errorf(cohort.EInvalid, "executor: no command")
	}
	// An output may have an input's name (a model the script starts from and overwrites).
	ins, outs := map[string]bool{}, map[string]bool{}
	for _, in := range j.Inputs {
		if err := checkName("input", in.Name); err != nil {
			return err
		}
		if ins[in.Name] {
			return cohort.Errorf(cohort.EInvalid, "executor: input %q named twice", in.Name)
		}
		ins[in.Name] = true
	}
	for _, out := range j.Outputs {
		if err := checkName("output", out); err != nil {
			return err
		}
		if outs[out] {
			return cohort.Errorf(cohort.EInvalid, "executor: output %q named twice", out)
		}
		outs[out] = true
	}
	return nil
}

// Run runs the job in a fresh working directory, removed afterwards, and returns its outputs when it
// stayed within its limits. A run over a limit returns a *LimitError and no outputs.
func (r *Runner) Run(ctx context.Context, job Job) (*Result, error) {
	if err := job.Check(); err != nil {
		return nil, err
	}
	lim := job.Limits.withDefaults()
	dir, err := os.MkdirTemp(r.cfg.Dir, "run-")
	if err != nil {
		return nil, fmt.Errorf("executor: %w", err)
	}
	defer os.RemoveAll(dir)
	inputs, err := writeInputs(dir, job.Inputs)
	if err != nil {
		return nil, err
	}
	res, err := r.start(ctx, dir, job, lim)
	if err != nil {
		return nil, err
	}
	if res.Written, err = written(dir, inputs); err != nil {
		return nil, err
	}
	if res.Written > lim.Output {
		return nil, &LimitError{Limit: LimitOutput, Detail: fmt.Sprintf("wrote %d bytes, limit %d", res.Written, lim.Output)}
	}
	res.Outputs = map[string][]byte{}
	for _, name := range job.Outputs {
		b, err := readOutput(dir, name, lim.Output)
		if err != nil {
			return nil, err
		}
		res.Outputs[name] = b
	}
	return res, nil
}

// writeInputs writes the inputs into dir and returns what they are (size, time) by name.
func writeInputs(dir string, inputs []Input) (map[string]fs.FileInfo, error) {
	infos := map[string]fs.FileInfo{}
	for _, in := range inputs {
		f, err := os.OpenFile(filepath.Join(dir, in.Name), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
		if err != nil {
			return nil, fmt.Errorf("executor: input %s: %w", in.Name, err)
		}
		_, err = io.Copy(f, in.Data)
		if err == nil {
			infos[in.Name], err = f.Stat()
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return nil, fmt.Errorf("executor: input %s: %w", in.Name, err)
		}
	}
	return infos, nil
}

// written sums the sizes of the regular files in dir the script wrote (inputs it left as they were
// are not counted).
func written(dir string, inputs map[string]fs.FileInfo) (int64, error) {
	var total int64
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.Type().IsRegular() {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		if in, ok := inputs[d.Name()]; ok && filepath.Dir(p) == dir && in.Size() == info.Size() && in.ModTime().Equal(info.ModTime()) {
			return nil
		}
		total += info.Size()
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("executor: measure outputs: %w", err)
	}
	return total, nil
}

// readOutput reads a declared output: a regular file (never a link: a script could otherwise point
// its model at the node's key file), at most max bytes.
func readOutput(dir, name string, max int64) ([]byte, error) {
	f, err := os.OpenFile(filepath.Join(dir, name), os.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "executor: the script did not write its output %s (%v)", name, errors.Unwrap(err))
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, cohort.Errorf(cohort.EInvalid, "executor: output %s is not a regular file", name)
	}
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, fmt.Errorf("executor: output %s: %w", name, err)
	}
	if int64(len(b)) > max {
		return nil, &LimitError{Limit: LimitOutput, Detail: fmt.Sprintf("output %s over %d bytes", name, max)}
	}
	return b, nil
}

// start runs the init in its namespaces and waits for it, killing it at the wall-clock limit or when
// ctx ends.
func (r *Runner) start(ctx context.Context, dir string, job Job, lim Limits) (*Result, error) {
	cfg, err := json.Marshal(initConfig{
		Dir: dir, Hide: r.cfg.Hide, Command: job.Command, Env: cleanEnv(dir, job.Env),
		CPU: uint64((lim.CPU + time.Second - 1) / time.Second), Memory: uint64(lim.Memory), FSize: uint64(lim.Output),
	})
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(r.cfg.Self, initArg, string(cfg))
	cmd.Env = []string{"PATH=/usr/local/bin:/usr/bin:/bin"}
	cmd.Dir = "/"
	stdout, stderr := &tail{max: 64 << 10}, &tail{max: 64 << 10}
	cmd.Stdout, cmd.Stderr = stdout, stderr
	cmd.SysProcAttr = r.attr()
	cmd.WaitDelay = 2 * time.Second
	begin := time.Now()
	if err := cmd.Start(); err != nil {
		if errors.Is(err, syscall.EPERM) || errors.Is(err, syscall.EINVAL) || errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EUSERS) {
			return nil, fmt.Errorf("%w: %v", ErrNoSandbox, err)
		}
		return nil, fmt.Errorf("executor: start: %w", err)
	}
	var wallHit bool
	var mu sync.Mutex
	kill := func(wall bool) {
		mu.Lock()
		wallHit = wallHit || wall
		mu.Unlock()
		// The init's process is the namespace's first: when it dies, the kernel kills the rest.
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		cmd.Process.Kill()
	}
	timer := time.AfterFunc(lim.Wall, func() { kill(true) })
	stop := context.AfterFunc(ctx, func() { kill(false) })
	werr := cmd.Wait()
	timer.Stop()
	stop()
	// Nothing is left to kill: the init was the PID namespace's first process, and the kernel killed
	// the rest of the namespace when it died (its group id may already name another group now).
	res := &Result{Wall: time.Since(begin), Stdout: stdout.bytes(), Stderr: stderr.bytes()}
	st := cmd.ProcessState
	res.CPU = st.UserTime() + st.SystemTime()
	if ru, ok := st.SysUsage().(*syscall.Rusage); ok {
		res.PeakRSS = ru.Maxrss << 10
	}
	mu.Lock()
	defer mu.Unlock()
	return res, classify(ctx, werr, st, res, lim, wallHit)
}

// classify turns the way the run ended into nil, a *LimitError or another error.
func classify(ctx context.Context, werr error, st *os.ProcessState, res *Result, lim Limits, wallHit bool) error {
	ws, _ := st.Sys().(syscall.WaitStatus)
	switch {
	case wallHit:
		return &LimitError{Limit: LimitWall, Detail: lim.Wall.String()}
	case ctx.Err() != nil:
		return ctx.Err()
	case ws.Signaled() && ws.Signal() == syscall.SIGXCPU,
		ws.Signaled() && ws.Signal() == syscall.SIGKILL && res.CPU >= lim.CPU-time.Second/2,
		res.CPU > lim.CPU:
		return &LimitError{Limit: LimitCPU, Detail: fmt.Sprintf("%s used, limit %s", res.CPU.Round(time.Millisecond), lim.CPU)}
	case ws.Signaled() && ws.Signal() == syscall.SIGXFSZ, werr != nil && bytes.Contains(res.Stderr, []byte("File too large")):
		// SIGXFSZ kills a writer past RLIMIT_FSIZE; one that ignores it (Python) gets EFBIG instead.
		return &LimitError{Limit: LimitOutput, Detail: fmt.Sprintf("a file over %d bytes", lim.Output)}
	case ws.Exited() && ws.ExitStatus() == exitSetup && bytes.Contains(res.Stderr, []byte(setupPrefix)):
		_, reason, _ := bytes.Cut(res.Stderr, []byte(setupPrefix))
		return fmt.Errorf("%w: %s", ErrNoSandbox, bytes.TrimSpace(reason))
	case werr != nil && outOfMemory(res.Stderr):
		return &LimitError{Limit: LimitMemory, Detail: fmt.Sprintf("%d MiB of address space", lim.Memory>>20)}
	case werr != nil:
		return cohort.Errorf(cohort.EInvalid, "script failed (%v): %s", werr, lastLine(res.Stderr))
	}
	return nil
}

// outOfMemory reports whether a failed script's stderr says an allocation failed (RLIMIT_AS makes
// allocations fail rather than kill).
func outOfMemory(stderr []byte) bool {
	for _, s := range []string{"MemoryError", "Cannot allocate memory", "std::bad_alloc", "out of memory", "DefaultCPUAllocator: can't allocate"} {
		if bytes.Contains(stderr, []byte(s)) {
			return true
		}
	}
	return false
}

func lastLine(b []byte) string {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	return lines[len(lines)-1]
}

// tail keeps the last max bytes written to it.
type tail struct {
	mu  sync.Mutex
	max int
	b   []byte
}

func (t *tail) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.b = append(t.b, p...)
	if len(t.b) > t.max {
		t.b = append(t.b[:0:0], t.b[len(t.b)-t.max:]...)
	}
	return len(p), nil
}

func (t *tail) bytes() []byte {
	t.mu.Lock()
	defer t.mu.Unlock()
	return bytes.Clone(t.b)
}
