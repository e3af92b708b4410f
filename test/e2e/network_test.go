package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/test/harness"
)

var cohortBin string

func TestMain(m *testing.M) { harness.MainWithCohort(m, &cohortBin) }

var (
	freePort  = harness.FreePort
	writeCSV  = harness.WriteCSV
	splitData = harness.SplitData
)

// network is a set of node configs on disk: one coordinator and some trainers.
type network struct {
	dir       string
	coordConf string
	coordURL  string
	trainers  []string
	procs     []*exec.Cmd
}

// keys are made once per test and reused, so two runs of the same network are the same nodes.
type keys struct {
	coord    string
	trainers []string
	coordID  string
}

func makeKeys(t *testing.T, dir string, trainers int) keys {
	t.Helper()
	var k keys
	mk := func(name string) (string, string) {
		key, _ := identity.Generate()
		p, err := identity.SaveKeystore(filepath.Join(dir, name), key, "pw", identity.Light)
		if err != nil {
			t.Fatal(err)
		}
		return p, key.ID().String()
	}
	k.coord, k.coordID = mk("coordinator")
	for i := range trainers {
		p, _ := mk(fmt.Sprintf("trainer-%d", i))
		k.trainers = append(k.trainers, p)
	}
	os.WriteFile(filepath.Join(dir, "pw"), []byte("pw\n"), 0o600)
	return k
}

func newNetwork(t *testing.T, dir string, k keys, parts []*dataset.Dataset, eval *dataset.Dataset, task string) *network {
	t.Helper()
	n := &network{dir: dir}
	t.Cleanup(func() {
		if t.Failed() || os.Getenv("COHORT_E2E_LOGS") != "" {
			logs, _ := filepath.Glob(filepath.Join(dir, "*.log"))
			for _, l := range logs {
				b, _ := os.ReadFile(l)
				t.Logf("==== %s\n%s", l, b)
			}
		}
	})
	pw := filepath.Join(filepath.Dir(filepath.Dir(k.coord)), "pw")
	cport := freePort(t)
	n.coordURL = fmt.Sprintf("http://127.0.0.1:%d", cport)
	writeCSV(t, filepath.Join(dir, "eval.csv"), eval)
	n.coordConf = filepath.Join(dir, "coordinator.toml")
	os.WriteFile(n.coordConf, []byte(fmt.Sprintf(`role = "coordinator"
listen = "127.0.0.1:%d"
data_dir = "coord-data"
keystore = %q
password_file = %q

[task]
%s
trainers = %d

[coordinator]
eval_data = "eval.csv"
label = %q
`, cport, k.coord, pw, task, len(parts), eval.Label)), 0o600)
	for i, p := range parts {
		port := freePort(t)
		writeCSV(t, filepath.Join(dir, fmt.Sprintf("part-%d.csv", i)), p)
		conf := filepath.Join(dir, fmt.Sprintf("trainer-%d.toml", i))
		os.WriteFile(conf, []byte(fmt.Sprintf(`role = "trainer"
listen = "127.0.0.1:%d"
data_dir = "trainer-%d-data"
keystore = %q
password_file = %q

[trainer]
coordinator_url = %q
coordinator = %q
data = "part-%d.csv"
label = %q
`, port, i, k.trainers[i], pw, n.coordURL, k.coordID, i, p.Label)), 0o600)
		n.trainers = append(n.trainers, conf)
	}
	return n
}

func (n *network) start(t *testing.T, conf, logName string) *exec.Cmd {
	t.Helper()
	logf, err := os.OpenFile(filepath.Join(n.dir, logName), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(cohortBin, "node", "run", "--config", conf, "--log-level", "info")
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	n.procs = append(n.procs, cmd)
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(15 * time.Second):
			cmd.Process.Kill()
		}
		logf.Close()
	})
	return cmd
}

func (n *network) status() (protocol.Status, error) {
	var st protocol.Status
	resp, err := http.Get(n.coordURL + protocol.PathStatus)
	if err != nil {
		return st, err
	}
	defer resp.Body.Close()
	return st, json.NewDecoder(resp.Body).Decode(&st)
}

func (n *network) finalModel(t *testing.T, round uint64) []float64 {
	t.Helper()
	resp, err := http.Get(fmt.Sprintf("%s%s?round=%d", n.coordURL, protocol.PathModel, round))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var body []byte
	buf := make([]byte, 32<<10)
	for {
		k, err := resp.Body.Read(buf)
		body = append(body, buf[:k]...)
		if err != nil {
			break
		}
	}
	var h struct {
		Round uint64 `json:"round"`
	}
	ts, err := protocol.DecodeFrame(body, protocol.DefaultLimits, &h)
	if err != nil {
		t.Fatalf("model of round %d: %v (%s)", round, err, body)
	}
	return ts[0]
}

func waitDone(t *testing.T, n *network, timeout time.Duration) protocol.Status {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	for {
		st, err := n.status()
		if err == nil && (st.State == protocol.StateDone || st.State == protocol.StateFailed) {
			return st
		}
		select {
		case <-ctx.Done():
			logs, _ := os.ReadFile(filepath.Join(n.dir, "coordinator.log"))
			t.Fatalf("task did not finish in %s (last status %+v, err %v)\ncoordinator log:\n%s", timeout, st, err, logs)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// TestMultiProcessNetwork runs a coordinator and three trainers as separate OS processes.
func TestMultiProcessNetwork(t *testing.T) {
	dir := t.TempDir()
	parts, eval := splitData(t, "breast_cancer", 3)
	k := makeKeys(t, dir, 3)
	n := newNetwork(t, dir, k, parts, eval, `id = "e2e-bc"
rounds = 5
seed = 7`)
	n.start(t, n.coordConf, "coordinator.log")
	for i, c := range n.trainers {
		n.start(t, c, fmt.Sprintf("trainer-%d.log", i))
	}
	st := waitDone(t, n, 2*time.Minute)
	if st.State != protocol.StateDone || len(st.History) != 5 {
		t.Fatalf("status %+v", st)
	}
	last := st.History[len(st.History)-1]
	if last.Accuracy == nil || *last.Accuracy < 0.9 || len(last.Participants) != 3 {
		t.Fatalf("last round: %+v", last)
	}
}

// TestCoordinatorSurvivesSIGKILL kills the coordinator process with SIGKILL again and again while the
// task runs, restarting it on the same data directory each time. The task must finish with every round
// applied exactly once: its final model must equal, bit for bit, the model of an uninterrupted run of
// the same nodes.
func TestCoordinatorSurvivesSIGKILL(t *testing.T) {
	parts, eval := splitData(t, "digits", 3)
	keyDir := t.TempDir()
	k := makeKeys(t, keyDir, 3)
	task := `id = "e2e-kill"
model = "mlp"
hidden = [32]
rounds = 6
local_epochs = 4
seed = 11
round_timeout = "60s"`

	// The reference: the same nodes, never interrupted.
	refDir := t.TempDir()
	ref := newNetwork(t, refDir, k, parts, eval, task)
	ref.start(t, ref.coordConf, "coordinator.log")
	for i, c := range ref.trainers {
		ref.start(t, c, fmt.Sprintf("trainer-%d.log", i))
	}
	if st := waitDone(t, ref, 3*time.Minute); st.State != protocol.StateDone {
		t.Fatalf("reference run: %+v", st)
	}
	want := ref.finalModel(t, 6)
	for _, p := range ref.procs {
		p.Process.Signal(syscall.SIGTERM)
	}

	dir := t.TempDir()
	n := newNetwork(t, dir, k, parts, eval, task)
	coord := n.start(t, n.coordConf, "coordinator.log")
	for i, c := range n.trainers {
		n.start(t, c, fmt.Sprintf("trainer-%d.log", i))
	}
	kills := 0
	deadline := time.Now().Add(3 * time.Minute)
	for time.Now().Before(deadline) {
		st, err := n.status()
		if err == nil && st.State == protocol.StateDone {
			break
		}
		if err == nil && st.State == protocol.StateRunning && kills < 4 && st.Round >= uint64(kills+1) {
			time.Sleep(time.Duration(20+kills*37) * time.Millisecond) // land inside the round
			coord.Process.Kill()
			coord.Wait()
			kills++
			coord = n.start(t, n.coordConf, "coordinator.log")
			continue
		}
		time.Sleep(10 * time.Millisecond)
	}
	st := waitDone(t, n, time.Minute)
	if kills < 2 {
		t.Fatalf("only %d kills landed while the task ran", kills)
	}
	if st.State != protocol.StateDone || len(st.History) != 6 {
		t.Fatalf("after %d kills: %+v", kills, st)
	}
	for i, h := range st.History {
		if h.Round != uint64(i+1) || len(h.Participants) != 3 {
			t.Fatalf("round %d after kills: %+v", i+1, h)
		}
	}
	got := n.finalModel(t, 6)
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("after %d SIGKILLs param %d is %v, the uninterrupted run's %v", kills, i, got[i], want[i])
		}
	}
	resubmits := 0
	for i := range n.trainers {
		log, _ := os.ReadFile(filepath.Join(dir, fmt.Sprintf("trainer-%d.log", i)))
		resubmits += strings.Count(string(log), "resubmitting the kept update")
	}
	t.Logf("%d SIGKILLs (%d kept updates resubmitted to a restarted coordinator), final model identical to the uninterrupted run (%d params)", kills, resubmits, len(got))
}
