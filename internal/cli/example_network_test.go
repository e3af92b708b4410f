package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cohort-net/cohort/internal/chain"
	"github.com/cohort-net/cohort/internal/node"
	"github.com/cohort-net/cohort/test/harness"
)

// TestExampleNetwork runs examples/network as its README says: split the data, make the keys, deploy
// naming the gateway as the store, start every node from its config file as written, submit the
// example task and follow it until it is settled. Only the ports differ (the environment layer moves
// each node to a free one, as COHORT_LISTEN would), so the test never collides with a running node.
func TestExampleNetwork(t *testing.T) {
	src, err := filepath.Abs("../../examples/network")
	if err != nil {
		t.Fatal(err)
	}
	dir, home := t.TempDir(), t.TempDir()
	confs, _ := filepath.Glob(filepath.Join(src, "*.toml"))
	if len(confs) != 8 {
		t.Fatalf("examples/network holds %d configs, want 8", len(confs))
	}
	for _, c := range confs {
		b, err := os.ReadFile(c)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, filepath.Base(c)), b, 0o644)
	}
	d, err := chain.StartDevChain(chain.DevChainConfig{Port: 0}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	ports := map[string]string{}
	for _, c := range confs {
		ports[strings.TrimSuffix(filepath.Base(c), ".toml")] = harness.FreeAddr(t)
	}
	cli := func(args ...string) string {
		t.Helper()
		rc, out, errOut := runChainCLI(t, append([]string{"--home", home}, args...)...)
		if rc != 0 {
			t.Fatalf("cohort %s: exit %d: %s", strings.Join(args, " "), rc, errOut)
		}
		return out
	}
	// Steps 1 and 2 of the README.
	cli("chain", "deploy", "--rpc", d.URL(), "--dev-key", "0", "--store", "http://"+ports["gateway"], "--dispute-window", "2s")
	cli("data", "split", "--data", "breast_cancer", "--parts", "3", "--out", filepath.Join(dir, "data"))
	os.WriteFile(filepath.Join(dir, "password"), []byte("example-password\n"), 0o600)
	for name := range ports {
		cli("keys", "new", "--light", "--out", filepath.Join(dir, "keys", name+".json"), "--password-file", filepath.Join(dir, "password"))
	}
	// Step 3: every node from its file.
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	failed := make(chan error, len(ports)) // a node that stopped before the test ended it
	defer func() {
		cancel()
		wg.Wait()
	}()
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	for name, port := range ports {
		c, err := node.LoadConfig(filepath.Join(dir, name+".toml"), []string{"COHORT_LISTEN=" + port, "COHORT_CHAIN_RPC=" + d.URL()})
		if err != nil {
			t.Fatalf("%s.toml: %v", name, err)
		}
		c.Home = home
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := node.Run(ctx, c, log.With("node", name)); ctx.Err() == nil {
				failed <- fmt.Errorf("%s: %v", name, err)
			}
		}()
	}
	// Step 4: the example task, followed until it is settled.
	waitRegistered(t, d.URL(), home, 5, failed)
	cli("task", "submit", "../../examples/tasks/breast-cancer.toml", "--rpc", d.URL(), "--dev-key", "0")
	deadline := time.Now().Add(3 * time.Minute)
	for {
		var st struct {
			State    string                     `json:"state"`
			Payments map[string]json.RawMessage `json:"payments"`
		}
		if err := json.Unmarshal([]byte(cli("task", "status", "1", "--rpc", d.URL(), "--json")), &st); err != nil {
			t.Fatal(err)
		}
		if st.State == "settled" {
			if len(st.Payments) == 0 {
				t.Fatal("settled with no payments")
			}
			return
		}
		select {
		case err := <-failed:
			t.Fatalf("a node stopped: %v", err)
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("task still %s after 3 minutes", st.State)
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// waitRegistered waits until n nodes are registered on chain (the gateway does not register).
func waitRegistered(t *testing.T, rpc, home string, n int, failed <-chan error) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		rc, out, _ := runChainCLI(t, "--home", home, "market", "nodes", "--rpc", rpc, "--json")
		var res struct {
			Nodes []json.RawMessage `json:"nodes"`
		}
		if rc == 0 && json.Unmarshal([]byte(out), &res) == nil && len(res.Nodes) >= n {
			return
		}
		select {
		case err := <-failed:
			t.Fatalf("a node stopped: %v", err)
		default:
		}
		time.Sleep(300 * time.Millisecond)
	}
	t.Fatalf("fewer than %d nodes registered within 2 minutes", n)
}
