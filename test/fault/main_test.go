package fault

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
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

// full reports whether the suite runs the sizes: without -short, or with COHORT_FAULT_FULL set.
func full() bool { return !testing.Short() || os.Getenv("COHORT_FAULT_FULL") != "" }

// size picks the full or the short count.
func size(fullN, shortN int) int {
	if full() {
		return fullN
	}
	return shortN
}

// keys are the nodes' identities, made once per test so that every run is the same nodes (training is
// seeded by the trainer's address).
type keys struct {
	dir, pw  string
	coord    string
	coordID  string
	trainers []string
	ids      []string
	// the keys themselves, for tests that sign as a node
	coordKey    *identity.Key
	trainerKeys []*identity.Key
}

func makeKeys(t testing.TB, trainers int) keys {
	t.Helper()
	k := keys{dir: t.TempDir()}
	var last *identity.Key
	mk := func(name string) (string, string) {
		key, _ := identity.Generate()
		last = key
		p, err := identity.SaveKeystore(filepath.Join(k.dir, name), key, "pw", identity.Light)
		if err != nil {
			t.Fatal(err)
		}
		return p, key.ID().String()
	}
	k.coord, k.coordID = mk("coordinator")
	k.coordKey = last
	for i := range trainers {
		p, id := mk(fmt.Sprintf("trainer-%d", i))
		k.trainers, k.ids = append(k.trainers, p), append(k.ids, id)
		k.trainerKeys = append(k.trainerKeys, last)
	}
	k.pw = filepath.Join(k.dir, "pw")
	os.WriteFile(k.pw, []byte("pw\n"), 0o600)
	return k
}

// network is one coordinator and its trainers as `cohort node run` processes, configured by files in
// dir. URLs are what each node is told of its peers (a fault proxy may stand in between).
type network struct {
	t         testing.TB
	dir       string
	coordConf string
	coordURL  string // the coordinator's own listener
	trainers  []string
	trainURLs []string // each trainer's own listener

	mu    sync.Mutex
	procs []*proc
}

// netOpts places peers behind proxies: coordFor(i) is the coordinator URL trainer i dials, and
// advertise(i) the URL trainer i announces (where the coordinator reaches it); nil means direct.
type netOpts struct {
	task      string
	coordFor  func(i int, direct string) string
	advertise func(i int, direct string) string
}

func newNetwork(t testing.TB, k keys, parts []*dataset.Dataset, eval *dataset.Dataset, o netOpts) *network {
	t.Helper()
	dir := t.TempDir()
	n := &network{t: t, dir: dir}
	t.Cleanup(func() {
		n.stopAll()
		if t.Failed() || os.Getenv("COHORT_FAULT_LOGS") != "" {
			logs, _ := filepath.Glob(filepath.Join(dir, "*.log"))
			for _, l := range logs {
				b, _ := os.ReadFile(l)
				if len(b) > 20000 {
					b = b[len(b)-20000:]
				}
				t.Logf("==== %s\n%s", l, b)
			}
		}
	})
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
min_participants = %d

[coordinator]
eval_data = "eval.csv"
label = %q
`, cport, k.coord, k.pw, o.task, len(parts), len(parts), eval.Label)), 0o600)
	for i, p := range parts {
		port := freePort(t)
		direct := fmt.Sprintf("http://127.0.0.1:%d", port)
		coordURL, adv := n.coordURL, direct
		if o.coordFor != nil {
			coordURL = o.coordFor(i, n.coordURL)
		}
		if o.advertise != nil {
			adv = o.advertise(i, direct)
		}
		writeCSV(t, filepath.Join(dir, fmt.Sprintf("part-%d.csv", i)), p)
		conf := filepath.Join(dir, fmt.Sprintf("trainer-%d.toml", i))
		os.WriteFile(conf, []byte(fmt.Sprintf(`role = "trainer"
listen = "127.0.0.1:%d"
advertise = %q
data_dir = "trainer-%d-data"
keystore = %q
password_file = %q

[trainer]
coordinator_url = %q
coordinator = %q
data = "part-%d.csv"
label = %q
`, port, adv, i, k.trainers[i], k.pw, coordURL, k.coordID, i, p.Label)), 0o600)
		n.trainers = append(n.trainers, conf)
		n.trainURLs = append(n.trainURLs, direct)
	}
	return n
}

// proc is a node process; done closes when it has exited (state then holds how).
type proc struct {
	cmd   *exec.Cmd
	done  chan struct{}
	state *os.ProcessState
	log   *os.File
}

// killed reports whether the process died of SIGKILL.
func (p *proc) killed() bool {
	ws, ok := p.state.Sys().(syscall.WaitStatus)
	return ok && ws.Signaled() && ws.Signal() == syscall.SIGKILL
}

// start runs `cohort node run` on conf with extra environment (a failpoint), logging to logName.
func (n *network) start(conf, logName string, env ...string) *proc {
	n.t.Helper()
	logf, err := os.OpenFile(filepath.Join(n.dir, logName), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o600)
	if err != nil {
		n.t.Fatal(err)
	}
	cmd := exec.Command(cohortBin, "node", "run", "--config", conf, "--log-level", "debug")
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.Env = append(os.Environ(), env...)
	if err := cmd.Start(); err != nil {
		n.t.Fatal(err)
	}
	p := &proc{cmd: cmd, done: make(chan struct{}), log: logf}
	go func() {
		cmd.Wait()
		p.state = cmd.ProcessState
		logf.Close()
		close(p.done)
	}()
	n.mu.Lock()
	n.procs = append(n.procs, p)
	n.mu.Unlock()
	return p
}

// stop ends a process with SIGTERM (SIGKILL after 15 s).
func (p *proc) stop() {
	p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
	case <-time.After(15 * time.Second):
		p.cmd.Process.Kill()
		<-p.done
	}
}

func (n *network) stopAll() {
	n.mu.Lock()
	ps := n.procs
	n.procs = nil
	n.mu.Unlock()
	for _, p := range ps {
		p.stop()
	}
}

func (n *network) status() (protocol.Status, error) {
	var st protocol.Status
	c := &http.Client{Timeout: 5 * time.Second}
	resp, err := c.Get(n.coordURL + protocol.PathStatus)
	if err != nil {
		return st, err
	}
	defer resp.Body.Close()
	return st, json.NewDecoder(resp.Body).Decode(&st)
}

// model fetches the global model after round r.
func (n *network) model(round uint64) ([]float64, error) {
	c := &http.Client{Timeout: 10 * time.Second}
	resp, err := c.Get(fmt.Sprintf("%s%s?round=%d", n.coordURL, protocol.PathModel, round))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	var h struct {
		Round uint64 `json:"round"`
	}
	ts, err := protocol.DecodeFrame(body, protocol.DefaultLimits, &h)
	if err != nil {
		return nil, fmt.Errorf("model of round %d: %w (%.200s)", round, err, body)
	}
	return ts[0], nil
}

// models fetches the models of rounds 1..rounds.
func (n *network) models(rounds int) [][]float64 {
	n.t.Helper()
	out := make([][]float64, rounds)
	for r := range rounds {
		m, err := n.model(uint64(r + 1))
		if err != nil {
			n.t.Fatal(err)
		}
		out[r] = m
	}
	return out
}

// waitDone polls the coordinator until the task is done or failed, or timeout passes (then it fails
// the test).
func (n *network) waitDone(ctx context.Context, timeout time.Duration) protocol.Status {
	n.t.Helper()
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var st protocol.Status
	var err error
	for {
		st, err = n.status()
		if err == nil && (st.State == protocol.StateDone || st.State == protocol.StateFailed) {
			return st
		}
		select {
		case <-ctx.Done():
			n.t.Fatalf("task did not finish in %s (last status %+v, err %v)", timeout, st, err)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// checkHistory fails unless every round 1..rounds closed exactly once with every trainer in it.
func checkHistory(t testing.TB, st protocol.Status, rounds, trainers int) {
	t.Helper()
	if st.State != protocol.StateDone || len(st.History) != rounds {
		t.Fatalf("task %s with %d rounds in its history, want done with %d (%s)", st.State, len(st.History), rounds, st.Error)
	}
	for i, h := range st.History {
		if h.Round != uint64(i+1) || len(h.Participants) != trainers {
			t.Fatalf("history entry %d: round %d with %d participants, want round %d with %d", i, h.Round, len(h.Participants), i+1, trainers)
		}
	}
}

// sameModels fails unless got equals want bit for bit, round by round.
func sameModels(t testing.TB, what string, got, want [][]float64) {
	t.Helper()
	for r := range want {
		if len(got[r]) != len(want[r]) {
			t.Fatalf("%s: round %d model has %d params, want %d", what, r+1, len(got[r]), len(want[r]))
		}
		for i := range want[r] {
			if got[r][i] != want[r][i] {
				t.Fatalf("%s: round %d param %d is %v, the uninterrupted run's %v", what, r+1, i, got[r][i], want[r][i])
			}
		}
	}
}

// logOf reads a node's log.
func (n *network) logOf(name string) string {
	b, _ := os.ReadFile(filepath.Join(n.dir, name))
	return string(b)
}

// ackedRounds lists the rounds whose update trainer i's log says the coordinator acknowledged.
func (n *network) ackedRounds(i int) []uint64 {
	var out []uint64
	for _, line := range strings.Split(n.logOf(fmt.Sprintf("trainer-%d.log", i)), "\n") {
		if !strings.Contains(line, "update acknowledged") {
			continue
		}
		_, rest, ok := strings.Cut(line, " round=")
		if !ok {
			continue
		}
		f, _, _ := strings.Cut(rest, " ")
		if r, err := strconv.ParseUint(f, 10, 64); err == nil {
			out = append(out, r)
		}
	}
	return out
}
