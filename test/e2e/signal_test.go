package e2e

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The first SIGINT ends a devnet at any moment of its life: while the embedded chain starts, while
// contracts deploy and nodes register, mid-training, and after the task while it keeps serving. The
// process exits 130 (interrupted) or, if the task had finished, 0, and never hangs.
func TestDevnetEndsOnFirstSIGINT(t *testing.T) {
	delays := []time.Duration{200 * time.Millisecond, time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second}
	if testing.Short() {
		delays = []time.Duration{300 * time.Millisecond, 2 * time.Second}
	}
	for _, d := range delays {
		cmd := exec.Command(cohortBin, "--home", t.TempDir(), "devnet", "--nodes", "3")
		var errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &bytes.Buffer{}, &errb
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(d)
		sent := time.Now()
		cmd.Process.Signal(os.Interrupt)
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			code := cmd.ProcessState.ExitCode()
			// A signal that arrives before the Go runtime installs its handler (process start takes
			// a few hundred ms on a loaded machine) ends the process by the default action: ended on
			// the first SIGINT as well.
			if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() && ws.Signal() == syscall.SIGINT {
				t.Logf("SIGINT after %v: ended by the signal's default action (before the handler was installed) in %v", d, time.Since(sent).Round(time.Millisecond))
				continue
			}
			if code != 130 && code != 0 {
				t.Errorf("SIGINT after %v: exit %d (%v)\n%s", d, code, err, tail(errb.Bytes(), 2000))
			}
			t.Logf("SIGINT after %v: exit %d in %v", d, code, time.Since(sent).Round(time.Millisecond))
		case <-time.After(30 * time.Second):
			cmd.Process.Signal(syscall.SIGQUIT) // a goroutine dump of where it hangs
			<-done
			t.Fatalf("SIGINT after %v: still running 30 s later\n%s", d, tail(errb.Bytes(), 8000))
		}
		if strings.Contains(errb.String(), "panic") {
			t.Errorf("SIGINT after %v: panic\n%s", d, tail(errb.Bytes(), 4000))
		}
	}
}
