package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/protocol"
	"github.com/cohort-net/cohort/test/faultproxy"
)

// newChainProxy puts a fault proxy between the nodes and the chain: Cut makes the chain "go away" for
// the nodes behind it (every connection reset), Heal serves again on the same port.
func newChainProxy(t *testing.T, target string) *faultproxy.Proxy {
	t.Helper()
	p, err := faultproxy.Listen("127.0.0.1:0", strings.TrimPrefix(target, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}

// market is a network of independent node processes that act on chain with their own keys.
type market struct {
	t    *testing.T
	dir  string
	home string
	rpc  string // what the nodes use
	pw   string
	// chainURL is the chain itself, for the test's own reads (rpc may go away)
	chainURL string
	logs     map[string]*os.File
	proc     map[string]*exec.Cmd
	keys     map[string]*identity.Key
	ks       map[string]string // keystore files
	conf     map[string]string
}

func newMarket(t *testing.T, rpc string) *market {
	dir := t.TempDir()
	m := &market{t: t, dir: dir, home: filepath.Join(dir, "home"), rpc: rpc, chainURL: rpc, pw: filepath.Join(dir, "pw"),
		logs: map[string]*os.File{}, proc: map[string]*exec.Cmd{}, keys: map[string]*identity.Key{}, ks: map[string]string{}, conf: map[string]string{}}
	os.WriteFile(m.pw, []byte("pw\n"), 0o600)
	t.Cleanup(func() {
		for name := range m.proc {
			m.stop(name)
		}
		if t.Failed() || os.Getenv("COHORT_E2E_LOGS") != "" {
			for name, f := range m.logs {
				f.Close()
				b, _ := os.ReadFile(f.Name())
				t.Logf("==== %s\n%s", name, tail(b, 6000))
			}
		}
	})
	return m
}

// tail returns the last n bytes of a log, without the 503s of peers that arrive early.
func tail(b []byte, n int) []byte {
	var keep [][]byte
	for _, line := range bytes.Split(b, []byte("\n")) {
		if !bytes.Contains(line, []byte("status=503")) {
			keep = append(keep, line)
		}
	}
	b = bytes.Join(keep, []byte("\n"))
	if len(b) > n {
		return b[len(b)-n:]
	}
	return b
}

// cli runs a cohort command and returns its stdout.
func (m *market) cli(args ...string) string {
	m.t.Helper()
	cmd := exec.Command(cohortBin, append([]string{"--home", m.home}, args...)...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		m.t.Fatalf("cohort %s: %v\n%s", strings.Join(args, " "), err, errb.String())
	}
	return out.String()
}

// node writes a node config (own key, own data dir) and starts it.
func (m *market) node(name string, roles []string, port int, extra string) {
	m.t.Helper()
	key, _ := identity.Generate()
	ks, err := identity.SaveKeystore(filepath.Join(m.dir, "keys", name), key, "pw", identity.Light)
	if err != nil {
		m.t.Fatal(err)
	}
	m.keys[name] = key
	m.ks[name] = ks
	conf := filepath.Join(m.dir, name+".toml")
	q := make([]string, len(roles))
	for i, r := range roles {
		q[i] = fmt.Sprintf("%q", r)
	}
	os.WriteFile(conf, []byte(fmt.Sprintf(`roles = [%s]
listen = "127.0.0.1:%d"
data_dir = "%s-data"
keystore = %q
password_file = %q

[chain]
rpc = %q
poll = "200ms"
faucet = true
%s`, strings.Join(q, ", "), port, name, ks, m.pw, m.rpc, extra)), 0o600)
	m.conf[name] = conf
	m.start(name)
}

func (m *market) start(name string) {
	m.t.Helper()
	f := m.logs[name]
	if f == nil {
		var err error
		if f, err = os.Create(filepath.Join(m.dir, name+".log")); err != nil {
			m.t.Fatal(err)
		}
		m.logs[name] = f
	}
	cmd := exec.Command(cohortBin, "--home", m.home, "node", "run", "--config", m.conf[name], "--log-level", "info")
	cmd.Stdout, cmd.Stderr = f, f
	if err := cmd.Start(); err != nil {
		m.t.Fatal(err)
	}
	m.proc[name] = cmd
}

// stop ends a node with SIGTERM (SIGKILL after 15 s).
func (m *market) stop(name string) {
	cmd := m.proc[name]
	if cmd == nil {
		return
	}
	delete(m.proc, name)
	cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(15 * time.Second):
		cmd.Process.Kill()
		<-done
	}
}

func (m *market) kill(name string) {
	cmd := m.proc[name]
	delete(m.proc, name)
	cmd.Process.Kill()
	cmd.Wait()
}

func (m *market) addr(name string) string { return m.keys[name].ID().String() }

// waitFor polls cond every 200 ms until it holds or timeout passes.
func (m *market) waitFor(what string, timeout time.Duration, cond func() bool) {
	m.t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			m.t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

type taskStatus struct {
	State             string            `json:"state"`
	Rounds            uint32            `json:"rounds"`
	Attest            uint8             `json:"attestations"`
	Payments          map[string]string `json:"payments"`
	ValidatorPayments map[string]string `json:"validator_payments"`
	Bids              []struct {
		Node     string `json:"node"`
		Selected bool   `json:"selected"`
	} `json:"bids"`
}

func (m *market) status(id string) taskStatus {
	m.t.Helper()
	var st taskStatus
	if err := json.Unmarshal([]byte(m.cli("task", "status", id, "--rpc", m.chainURL, "--json")), &st); err != nil {
		m.t.Fatal(err)
	}
	return st
}

// TestMarketOnAnvil runs the training market with no party acting for another: a gateway (the shared
// artifact store), a coordinator, four trainers and three validators (the market's least quorum) are separate OS processes with their
// own keys against Anvil. A task submitted with `cohort task submit` is bid on, selected, trained,
// validated on the validators' own hold-out data, settled and withdrawn with no other command. A
// stranger (a trainer that bid too high and was not selected) is refused by the coordinator before
// its body is read; a selected trainer that never trains is in no round commitment; the coordinator,
// SIGKILLed mid-task and restarted, catches up from chain events and its store without committing any
// round twice; the chain then goes away for every node for a few seconds and comes back, and the
// nodes resume without sending anything twice; every party's token balance changes by exactly what
// the chain says it earned.
func TestMarketOnAnvil(t *testing.T) {
	rpc := startAnvil(t)
	proxy := newChainProxy(t, rpc) // the nodes reach the chain through it, so it can go away
	m := newMarket(t, proxy.URL())
	m.chainURL = rpc
	gwPort := freePort(t)
	gw := fmt.Sprintf("http://127.0.0.1:%d", gwPort)
	m.cli("chain", "deploy", "--rpc", proxy.URL(), "--quorum", "3", "--dispute-window", "2s", "--store", gw, "--json")
	if _, err := os.Stat(filepath.Join(m.home, "deployments", "31337.json")); err != nil {
		t.Fatalf("deployment record: %v", err)
	}

	train, test, _, err := nodeData("breast_cancer")
	if err != nil {
		t.Fatal(err)
	}
	idx := dataset.PartitionIID(train.N, 4, 3)
	third := test.N / 3
	holdouts := []*dataset.Dataset{test.Subset(seq(0, third)), test.Subset(seq(third, 2*third)), test.Subset(seq(2*third, test.N))}
	m.node("gateway", []string{"gateway"}, gwPort, "")
	m.node("coordinator", []string{"coordinator"}, freePort(t), "")
	names := []string{"trainer-0", "trainer-1", "idle", "stranger"}
	rates := []string{"10", "11", "12", "50"}
	for i, name := range names {
		writeCSV(t, filepath.Join(m.dir, name+".csv"), train.Subset(idx[i]))
		m.node(name, []string{"trainer"}, freePort(t), fmt.Sprintf("rate = %q\n\n[trainer]\ndata = %q\nlabel = %q\n", rates[i], name+".csv", train.Label))
	}
	for i := range holdouts {
		name := fmt.Sprintf("validator-%d", i)
		writeCSV(t, filepath.Join(m.dir, name+".csv"), holdouts[i])
		m.node(name, []string{"validator"}, freePort(t), fmt.Sprintf("\n[validator]\nholdout = %q\nlabel = %q\n", name+".csv", test.Label))
	}

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	conn, err := chain.Dial(ctx, rpc, chain.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	dep, err := chain.ReadDeployment(chain.DeploymentPath(m.home, 31337))
	if err != nil {
		t.Fatal(err)
	}
	conn.UseSuite(dep.Suite)
	all := append([]string{"coordinator", "validator-0", "validator-1", "validator-2"}, names...)
	m.waitFor("every node registered", time.Minute, func() bool {
		for _, n := range all {
			info, err := conn.Node(ctx, chain.Addr(m.keys[n].ID()))
			if err != nil || !info.Registered {
				return false
			}
		}
		return true
	})
	before := map[string]*big.Int{}
	for _, n := range all {
		before[n], _ = conn.TokenBalance(ctx, chain.Addr(m.keys[n].ID()))
	}

	taskFile := filepath.Join(m.dir, "task.toml")
	example, _ := os.ReadFile("../../examples/tasks/breast-cancer.toml")
	doc := strings.NewReplacer(`rounds = 10`, `rounds = 5`, `round_timeout = "1m"`, `round_timeout = "8s"`,
		`bidding_window = "15s"`, `bidding_window = "10s"`).Replace(string(example))
	os.WriteFile(taskFile, []byte(doc), 0o644)
	var sub struct {
		TaskID string `json:"task_id"`
	}
	json.Unmarshal([]byte(m.cli("task", "submit", taskFile, "--rpc", rpc, "--dev-key", "0", "--json")), &sub)
	if sub.TaskID != "1" {
		t.Fatalf("task id %q", sub.TaskID)
	}

	// "idle" bids, is selected (it is cheap), and never trains: it stops right after bidding.
	m.waitFor("every trainer's bid", time.Minute, func() bool { return len(m.status("1").Bids) == 4 })
	m.kill("idle")
	m.waitFor("the selection", time.Minute, func() bool { return m.status("1").State == "running" })
	st := m.status("1")
	for _, b := range st.Bids {
		if want := !strings.EqualFold(b.Node, m.addr("stranger")); b.Selected != want {
			t.Fatalf("bid of %s: selected %v (bids %+v)", b.Node, b.Selected, st.Bids)
		}
	}

	// The stranger that was not selected is refused before its body is read.
	coordURL := fmt.Sprintf("http://%s", strings.TrimPrefix(listenOf(t, m.conf["coordinator"]), "http://"))
	got := 0
	m.waitFor("the coordinator to run the task", time.Minute, func() bool {
		got = signedPost(t, coordURL+"/t/1"+protocol.PathJoin, m.keys["stranger"], "chain-31337-task-1")
		return got != http.StatusServiceUnavailable
	})
	if got != http.StatusForbidden {
		t.Fatalf("stranger's join: %d, want 403", got)
	}

	// The coordinator is SIGKILLed once two rounds are committed, and restarted.
	m.waitFor("two committed rounds", 2*time.Minute, func() bool { return m.status("1").Rounds >= 2 })
	m.kill("coordinator")
	m.start("coordinator")
	// Then the chain goes away for every node for a few seconds, and comes back.
	m.waitFor("three committed rounds", 2*time.Minute, func() bool { return m.status("1").Rounds >= 3 })
	proxy.Cut()
	time.Sleep(4 * time.Second)
	proxy.Heal()

	m.waitFor("settlement and withdrawals", 3*time.Minute, func() bool {
		st := m.status("1")
		if st.State != "settled" {
			return false
		}
		for _, n := range []string{"trainer-0", "trainer-1"} {
			if bal, _ := conn.MarketBalance(ctx, chain.Addr(m.keys[n].ID())); bal == nil || bal.Sign() != 0 {
				return false
			}
		}
		return true
	})
	st = m.status("1")
	if st.Rounds != 5 || st.Attest != 3 {
		t.Fatalf("final status: %+v", st)
	}
	rounds, err := roundCommitments(ctx, conn)
	if err != nil {
		t.Fatal(err)
	}
	if len(rounds) != 5 {
		t.Fatalf("%d RoundCommitted events for 5 rounds: a round was committed twice or lost", len(rounds))
	}
	for r, parts := range rounds {
		if len(parts) < 2 {
			t.Fatalf("round %d: participants %v", r+1, parts)
		}
		for _, p := range parts {
			if p == m.keys["idle"].ID() || p == m.keys["stranger"].ID() {
				t.Fatalf("round %d lists %s, which never trained", r+1, p)
			}
		}
	}
	// Every party's tokens changed by exactly what the chain paid it: the live trainers withdrew their
	// pay, "idle" (selected, in no round commitment) is paid nothing, validators that agreed with the
	// median got their share of the fee, and everyone else's balance is unchanged.
	for _, n := range all {
		after, _ := conn.TokenBalance(ctx, chain.Addr(m.keys[n].ID()))
		inMarket, _ := conn.MarketBalance(ctx, chain.Addr(m.keys[n].ID()))
		paid := new(big.Int)
		for _, pays := range []map[string]string{st.Payments, st.ValidatorPayments} {
			for addr, v := range pays {
				if strings.EqualFold(addr, m.addr(n)) {
					paid.SetString(v, 10)
				}
			}
		}
		got := new(big.Int).Sub(after, before[n])
		got.Add(got, inMarket)
		if got.Cmp(paid) != 0 {
			t.Errorf("%s: tokens +%s (withdrawn) + %s (in the market), the chain paid it %s", n, new(big.Int).Sub(after, before[n]), inMarket, paid)
		}
		if !strings.HasPrefix(n, "validator") && (n == "trainer-0" || n == "trainer-1") != (paid.Sign() > 0) {
			t.Errorf("%s paid %s", n, paid)
		}
	}
	logs, _ := os.ReadFile(filepath.Join(m.dir, "coordinator.log"))
	if bytes.Contains(logs, []byte("WrongRound")) {
		t.Fatal("the restarted coordinator tried to commit a round twice")
	}
	t.Logf("task 1 settled: payments %v", st.Payments)
}

func nodeData(name string) (*dataset.Dataset, *dataset.Dataset, string, error) {
	return dataset.LoadSource(name, "", "", 3)
}

func seq(a, b int) []int {
	out := make([]int, 0, b-a)
	for i := a; i < b; i++ {
		out = append(out, i)
	}
	return out
}

// listenOf reads a node config's listen address.
func listenOf(t *testing.T, conf string) string {
	b, _ := os.ReadFile(conf)
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "listen = "); ok {
			return strings.Trim(v, `"`)
		}
	}
	t.Fatalf("no listen in %s", conf)
	return ""
}

// signedPost sends a join-shaped body signed by k and returns the status.
func signedPost(t *testing.T, url string, k *identity.Key, taskID string) int {
	body, _ := protocol.EncodeFrame(protocol.JoinHeader{Endpoint: "http://127.0.0.1:1", Samples: 10, Features: 30, Classes: []string{"0", "1"}},
		make([]float64, 30), make([]float64, 30))
	req, _ := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err := protocol.Sign(req.Header, req.Method, protocol.PathJoin, body, k, 31337, taskID, 0, time.Minute); err != nil {
		t.Fatal(err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

// roundCommitments returns the participants of every RoundCommitted event of task 1, in order.
func roundCommitments(ctx context.Context, conn *chain.Conn) ([][]cohort.NodeID, error) {
	var out [][]cohort.NodeID
	w := conn.WatchMarket(0, 0)
	_, err := w.Poll(ctx, func(ev chain.MarketEvent) error {
		if ev.Kind == chain.EvRoundCommitted && ev.Task.Int64() == 1 {
			var ids []cohort.NodeID
			for _, p := range ev.Participants {
				ids = append(ids, cohort.NodeID(p))
			}
			out = append(out, ids)
		}
		return nil
	})
	return out, err
}
