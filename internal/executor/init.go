package executor

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"unsafe"
)

// initArg is the first argument that turns this binary into a run's init (Init).
const initArg = "__cohort_executor_init"

// exitSetup is the init's exit code when it could not build the sandbox (its reason on stderr).
const exitSetup = 125

// setupPrefix starts the init's one-line reason on stderr.
const setupPrefix = "cohort-executor-setup: "

// initConfig is what the runner passes to the init, as JSON in its second argument.
type initConfig struct {
	Dir     string   `json:"dir"`     // the run's working directory
	Hide    []string `json:"hide"`    // directories covered by an empty tmpfs
	Command []string `json:"command"` // argv; Command[0] looked up in the clean PATH
	Env     []string `json:"env"`
	CPU     uint64   `json:"cpu_s"`     // RLIMIT_CPU, seconds (0: none)
	Memory  uint64   `json:"memory"`    // RLIMIT_AS, bytes (0: none)
	FSize   uint64   `json:"file_size"` // RLIMIT_FSIZE, bytes (0: none)
}

// Init turns the process into a run's init when it was started as one, and never returns then;
// otherwise it returns at once. Call it first thing in main and in TestMain of a package whose tests
// run scripts.
func Init() {
	if len(os.Args) < 3 || os.Args[1] != initArg {
		return
	}
	var c initConfig
	if err := json.Unmarshal([]byte(os.Args[2]), &c); err != nil {
		initFail("config: %v", err)
	}
	if err := c.sandbox(); err != nil {
		initFail("%v", err)
	}
	path, err := exec.LookPath(c.Command[0])
	if err != nil {
		initFail("command %q: %v", c.Command[0], err)
	}
	if err := c.limit(); err != nil {
		initFail("%v", err)
	}
	err = syscall.Exec(path, c.Command, c.Env)
	initFail("exec %s: %v", path, err)
}

func initFail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, setupPrefix+format+"\n", args...)
	os.Exit(exitSetup)
}

// sandbox builds the run's view of the machine inside its fresh namespaces: mounts private, the
// hidden directories covered, the working directory bound back, a /proc of its own, loopback up, and
// the working directory as the current one.
func (c *initConfig) sandbox() error {
	if err := syscall.Mount("none", "/", "", syscall.MS_REC|syscall.MS_PRIVATE, ""); err != nil {
		return fmt.Errorf("make mounts private: %w", err)
	}
	dir, err := syscall.Open(c.Dir, oPath|syscall.O_DIRECTORY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return fmt.Errorf("open the working directory: %w", err)
	}
	hide := slices.Clone(c.Hide)
	slices.Sort(hide) // parents first, so a child's tmpfs lands on top of its parent's
	for _, h := range hide {
		if _, err := os.Stat(h); err != nil {
			if os.IsNotExist(err) {
				continue
			}
			if err := os.MkdirAll(h, 0o755); err != nil { // under an earlier tmpfs
				return fmt.Errorf("hide %s: %w", h, err)
			}
		}
		if err := syscall.Mount("tmpfs", h, "tmpfs", syscall.MS_NOSUID|syscall.MS_NODEV, "size=1m,mode=0755"); err != nil {
			return fmt.Errorf("hide %s: %w", h, err)
		}
	}
	if err := os.MkdirAll(c.Dir, 0o700); err != nil {
		return fmt.Errorf("working directory: %w", err)
	}
	if err := syscall.Mount(fmt.Sprintf("/proc/self/fd/%d", dir), c.Dir, "", syscall.MS_BIND, ""); err != nil {
		return fmt.Errorf("bind the working directory: %w", err)
	}
	syscall.Close(dir)
	if err := syscall.Mount("proc", "/proc", "proc", syscall.MS_NOSUID|syscall.MS_NODEV|syscall.MS_NOEXEC, ""); err != nil {
		return fmt.Errorf("mount a private /proc: %w", err)
	}
	if err := loopbackUp(); err != nil {
		return fmt.Errorf("loopback: %w", err)
	}
	return os.Chdir(c.Dir)
}

// limit sets the run's resource limits; exec keeps them.
func (c *initConfig) limit() error {
	set := func(name string, res int, soft, hard uint64) error {
		if err := syscall.Setrlimit(res, &syscall.Rlimit{Cur: soft, Max: hard}); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		return nil
	}
	if err := set("RLIMIT_CORE", syscall.RLIMIT_CORE, 0, 0); err != nil {
		return err
	}
	if c.CPU > 0 { // SIGXCPU at the soft limit, SIGKILL a second later
		if err := set("RLIMIT_CPU", syscall.RLIMIT_CPU, c.CPU, c.CPU+1); err != nil {
			return err
		}
	}
	if c.Memory > 0 {
		if err := set("RLIMIT_AS", syscall.RLIMIT_AS, c.Memory, c.Memory); err != nil {
			return err
		}
	}
	if c.FSize > 0 {
		if err := set("RLIMIT_FSIZE", syscall.RLIMIT_FSIZE, c.FSize, c.FSize); err != nil {
			return err
		}
	}
	return nil
}

// loopbackUp sets the new network namespace's lo interface up (SIOCSIFFLAGS), so a script may talk to
// itself (a framework's local rendezvous) and to nothing else.
func loopbackUp() error {
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_DGRAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		return err
	}
	defer syscall.Close(fd)
	var req struct {
		name  [syscall.IFNAMSIZ]byte
		flags uint16
		_     [22]byte
	}
	copy(req.name[:], "lo")
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.SIOCGIFFLAGS, uintptr(unsafe.Pointer(&req))); e != 0 {
		return e
	}
	if req.flags&syscall.IFF_UP != 0 {
		return nil
	}
	req.flags |= syscall.IFF_UP
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.SIOCSIFFLAGS, uintptr(unsafe.Pointer(&req))); e != 0 {
		return e
	}
	return nil
}

// cleanEnv is the environment a script starts with: a fixed PATH, its working directory as HOME and
// TMPDIR, one thread per numeric library unless the job says otherwise, and the job's own variables.
func cleanEnv(dir string, extra []string) []string {
	env := []string{
		"PATH=/usr/local/bin:/usr/bin:/bin",
		"HOME=" + dir,
		"TMPDIR=" + dir,
		"LANG=C.UTF-8",
		"PYTHONDONTWRITEBYTECODE=1",
		"OMP_NUM_THREADS=1",
		"COHORT_WORKDIR=" + dir,
	}
	for _, kv := range extra {
		k, _, _ := strings.Cut(kv, "=")
		env = slices.DeleteFunc(env, func(e string) bool { return strings.HasPrefix(e, k+"=") })
		env = append(env, kv)
	}
	return env
}

// within reports whether path is dir or lies under it.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, "../")
}

// oPath is O_PATH (not in package syscall): a descriptor that names the directory without opening it.
const oPath = 0x200000
