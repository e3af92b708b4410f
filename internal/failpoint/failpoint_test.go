package failpoint

import (
	"errors"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

func TestParseSpec(t *testing.T) {
	tb, err := parse("a/b:3, c:1")
	if err != nil || tb.points["a/b"].n != 3 || tb.points["c"].n != 1 {
		t.Fatalf("Parse: %+v %v", tb, err)
	}
	for _, bad := range []string{"a", "a:0", "a:-1", ":2", "a:x", "a:1,"} {
		if _, err := parse(bad); err == nil {
			t.Errorf("parse(%q) accepted", bad)
		}
	}
}

func TestHitCountsPerName(t *testing.T) {
	tb, _ := parse("x:2")
	if tb.hit("y") || tb.hit("x") || !tb.hit("x") || tb.hit("x") {
		t.Fatal("want only the second hit of x to be fatal")
	}
}

// TestHitKillsTheProcess re-runs this test binary as a child that hits a point five times with the point
// armed at its third hit: the child must die of SIGKILL after printing exactly two survivals.
func TestHitKillsTheProcess(t *testing.T) {
	if os.Getenv("FAILPOINT_CHILD") != "" {
		for i := 1; i <= 5; i++ {
			Hit("test/point")
			os.Stdout.WriteString("survived " + strconv.Itoa(i) + "\n")
		}
		os.Exit(0)
	}
	cmd := exec.Command(os.Args[0], "-test.run", "^TestHitKillsTheProcess$")
	cmd.Env = append(os.Environ(), "FAILPOINT_CHILD=1", EnvVar+"=test/point:3")
	out, err := cmd.Output()
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		t.Fatalf("child exited without a signal: %v\n%s", err, out)
	}
	ws := ee.Sys().(syscall.WaitStatus)
	if !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("child ended with %v, want SIGKILL", ws)
	}
	if got := strings.Count(string(out), "survived"); got != 2 {
		t.Fatalf("child survived %d hits before the kill, want 2:\n%s", got, out)
	}
}

// TestUnarmedHitIsFree: without the variable nothing is armed and Hit does nothing.
func TestUnarmedHitIsFree(t *testing.T) {
	if os.Getenv(EnvVar) != "" {
		t.Skip("armed by the environment")
	}
	if armed != nil {
		t.Fatal("armed without the variable")
	}
	if n := testing.AllocsPerRun(100, func() { Hit("coordinator/update-committed") }); n != 0 {
		t.Fatalf("unarmed Hit allocates %v times", n)
	}
}

func BenchmarkHitUnarmed(b *testing.B) {
	for range b.N {
		Hit("coordinator/update-committed")
	}
}
