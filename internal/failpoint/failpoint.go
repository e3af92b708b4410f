// Package failpoint lets a test kill a real process at a named point of its production code path.
//
// Code marks a point with Hit("coordinator/update-committed"). Nothing happens unless the process was
// started with COHORT_FAILPOINT=name:n (several as name:n,name:n): then the n-th Hit of that name sends
// the process SIGKILL and never returns, so the crash lands exactly between, say, a store commit and the
// reply that acknowledges it. Unset, Hit is one comparison of a string with the empty string.
//
// The armed points are read once, at start-up, from the environment; this is the package's only state,
// and it is process-wide on purpose (a crash is). Only the fault suite (test/fault) sets the variable.
package failpoint

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
)

// EnvVar names the environment variable that arms failpoints.
const EnvVar = "COHORT_FAILPOINT"

// armed is nil unless EnvVar was set when the process started.
var armed = parseEnv(os.Getenv(EnvVar))

type point struct {
	n    int // the hit that kills, counting from 1
	hits int
}

type table struct {
	mu     sync.Mutex
	points map[string]*point
}

func parseEnv(s string) *table {
	if s == "" {
		return nil
	}
	t, err := parse(s)
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v (no failpoint armed)\n", EnvVar, err)
		return nil
	}
	return t
}

// parse reads a list of name:n pairs separated by commas (n ≥ 1).
func parse(s string) (*table, error) {
	t := &table{points: map[string]*point{}}
	for _, f := range strings.Split(s, ",") {
		name, num, ok := strings.Cut(strings.TrimSpace(f), ":")
		n, err := strconv.Atoi(num)
		if !ok || name == "" || err != nil || n < 1 {
			return nil, fmt.Errorf("failpoint %q: want name:n with n >= 1", f)
		}
		t.points[name] = &point{n: n}
	}
	return t, nil
}

// Hit marks the named point. When the point is armed and this is its n-th hit, the process kills itself
// with SIGKILL (no deferred function, no flush, no reply) and Hit does not return.
func Hit(name string) {
	if armed == nil {
		return
	}
	if armed.hit(name) {
		kill()
	}
}

// hit counts a hit and reports whether it is the fatal one.
func (t *table) hit(name string) bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	p := t.points[name]
	if p == nil {
		return false
	}
	p.hits++
	return p.hits == p.n
}

func kill() {
	fmt.Fprintf(os.Stderr, "failpoint: SIGKILL at %s\n", os.Getenv(EnvVar))
	if p, err := os.FindProcess(os.Getpid()); err == nil {
		p.Kill() // SIGKILL on Unix
	}
	select {} // the signal is on its way; run nothing more
}
