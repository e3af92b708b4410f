package bench

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/identity"
	"github.com/cohort-net/cohort/internal/node"
	"github.com/cohort-net/cohort/internal/task"
)

// NetworkOptions configure RunNetwork.
type NetworkOptions struct {
	Options
	// Binary is the cohort executable the idle-node entry runs as its own process (empty: the entry
	// is skipped, as in tests, where the running binary is the test).
	Binary string
	// Idle is how long the idle node is watched (default 30 s; 5 s when Quick).
	Idle time.Duration
}

// RunNetwork runs `cohort bench network`: the breast-cancer task of 10 rounds with 3 trainers from
// submission to settlement on the embedded chain, every node acting on chain by itself, beside the
// same training without a chain; and a registered node idling on the chain (its resident memory and
// CPU share while it watches for tasks).
func RunNetwork(ctx context.Context, o NetworkOptions) ([]Result, error) {
	rounds := 10
	if o.Quick {
		rounds = 3
	}
	run := func(rpc string) (int64, float64, error) {
		d, err := node.StartDevnet(ctx, node.DevnetOptions{Data: "breast_cancer", Nodes: 3, CentralizedEpochs: -1,
			Task: task.Options{Rounds: rounds, Seed: 1}, Chain: node.ChainOptions{RPC: rpc}, Log: o.Log})
		if err != nil {
			return 0, 0, err
		}
		defer d.Close()
		res, err := d.Wait(ctx)
		if err != nil {
			return 0, 0, err
		}
		return res.TrainingMS, res.FederatedAccuracy, nil
	}
	ResetPeakRSS()
	plainMS, plainAcc, err := run("none")
	if err != nil {
		return nil, fmt.Errorf("without a chain: %w", err)
	}
	chainMS, chainAcc, err := run("")
	if err != nil {
		return nil, fmt.Errorf("on chain: %w", err)
	}
	out := []Result{{
		Name: fmt.Sprintf("submit_to_settled_breast_cancer_%dr_3t", rounds),
		Metrics: map[string]any{
			"rounds": rounds, "trainers": 3, "chain_ms": chainMS, "no_chain_ms": plainMS,
			"ratio":             float64(chainMS) / float64(max(plainMS, 1)),
			"chain_accuracy":    chainAcc,
			"no_chain_accuracy": plainAcc,
			"peak_rss_mb":       PeakRSSMB(),
			"load_avg_1m":       loadAvg(),
		},
		Compare: "the same federated training with no chain (no_chain_ms): coordinator and trainers on loopback, nothing registered, bid, committed or settled",
		Target:  "chain_ms <= 2 x no_chain_ms (issue 11)",
	}}
	if o.Binary != "" {
		r, err := idleNode(ctx, o)
		if err != nil {
			return nil, fmt.Errorf("idle node: %w", err)
		}
		out = append(out, r)
	}
	return out, nil
}

// idleNode starts the embedded chain with the suite, runs a trainer node as its own process against
// it and measures the process while nothing happens on the market.
func idleNode(ctx context.Context, o NetworkOptions) (Result, error) {
	idle := o.Idle
	if idle == 0 {
		idle = 30 * time.Second
		if o.Quick {
			idle = 5 * time.Second
		}
	}
	dir, err := os.MkdirTemp(o.Dir, "cohort-bench-idle-")
	if err != nil {
		return Result{}, err
	}
	defer os.RemoveAll(dir)
	dev, err := chain.StartDevChain(chain.DevChainConfig{}, nil)
	if err != nil {
		return Result{}, err
	}
	defer dev.Close()
	conn, err := chain.Dial(ctx, dev.URL(), chain.Options{})
	if err != nil {
		return Result{}, err
	}
	defer conn.Close()
	dep, err := conn.DeployAll(ctx, chain.NewAccount(identity.DevAccount(0)), chain.DeployParams{}, dev.URL())
	if err != nil {
		return Result{}, err
	}
	dep.Store = "http://127.0.0.1:1" // the idle node never fetches
	depPath := filepath.Join(dir, "deployment.json")
	if err := chain.WriteDeployment(depPath, dep); err != nil {
		return Result{}, err
	}
	key, _ := identity.Generate()
	ks, err := identity.SaveKeystore(filepath.Join(dir, "key"), key, "pw", identity.Light)
	if err != nil {
		return Result{}, err
	}
	os.WriteFile(filepath.Join(dir, "pw"), []byte("pw\n"), 0o600)
	os.WriteFile(filepath.Join(dir, "data.csv"), []byte("a,b,y\n1,2,0\n2,1,1\n"), 0o600)
	conf := filepath.Join(dir, "node.toml")
	os.WriteFile(conf, []byte(fmt.Sprintf(`roles = ["trainer"]
listen = "127.0.0.1:0"
data_dir = "data"
keystore = %q
password_file = "pw"
[chain]
rpc = %q
deployment = %q
faucet = true
[trainer]
data = "data.csv"
label = "y"
`, ks, dev.URL(), depPath)), 0o600)
	cmd := exec.CommandContext(ctx, o.Binary, "node", "run", "--config", conf)
	if err := cmd.Start(); err != nil {
		return Result{}, err
	}
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	// Registration first, then the idle window.
	for range 300 {
		n, err := conn.Node(ctx, chain.Addr(key.ID()))
		if err == nil && n.Registered {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	cpu0, err := procCPU(cmd.Process.Pid)
	if err != nil {
		return Result{}, err
	}
	start := time.Now()
	time.Sleep(idle)
	cpu1, err := procCPU(cmd.Process.Pid)
	if err != nil {
		return Result{}, err
	}
	rss, _ := procRSSMB(cmd.Process.Pid)
	share := (cpu1 - cpu0).Seconds() / time.Since(start).Seconds() * 100
	return Result{
		Name: "idle_trainer_node",
		Metrics: map[string]any{
			"idle_s": idle.Seconds(), "rss_mb": rss, "cpu_percent_of_core": share,
		},
		Compare: "a registered trainer node polling the embedded chain every second for market events",
		Target:  "rss_mb <= 50 and cpu_percent_of_core < 1 (issue 11)",
	}, nil
}

// procCPU returns a process's user+system CPU time from /proc/<pid>/stat.
func procCPU(pid int) (time.Duration, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, err
	}
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
	if len(f) < 13 {
		return 0, fmt.Errorf("short /proc stat")
	}
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	return time.Duration(ut+st) * time.Second / 100, nil // USER_HZ is 100 on Linux
}

// procRSSMB returns a process's resident memory (VmRSS) in MiB.
func procRSSMB(pid int) (float64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.ParseFloat(strings.Fields(rest)[0], 64)
			return kb / 1024, nil
		}
	}
	return 0, fmt.Errorf("no VmRSS")
}
