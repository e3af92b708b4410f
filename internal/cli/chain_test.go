package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/artifact/blockapi"
	"github.com/cohort-net/cohort/internal/artifact/fsstore"
	"github.com/cohort-net/cohort/internal/chain"
)

func runChainCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	rc := Main(args, strings.NewReader(""), &out, &errb)
	return rc, out.String(), errb.String()
}

func TestChainCommandsAgainstEmbeddedChain(t *testing.T) {
	d, err := chain.StartDevChain(chain.DevChainConfig{Port: 0, Accounts: 6}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, _, err := chain.DeployDev(ctx, d.URL(), nil)
	if err != nil {
		t.Fatal(err)
	}
	c.Close()
	home := t.TempDir()
	fs, err := fsstore.New(t.TempDir(), nil)
	if err != nil {
		t.Fatal(err)
	}
	gw := httptest.NewServer(blockapi.Handler(fs, nil))
	defer gw.Close()
	doc := `name = "cli"
[data]
label = "y"
classes = ["0", "1"]
features = 4
[market]
budget = "%s"
max_hourly_rate = "10"
max_nodes = 3
`
	good := filepath.Join(home, "task.toml")
	os.WriteFile(good, []byte(fmt.Sprintf(doc, "100")), 0o644)
	bad := filepath.Join(home, "bad.toml")
	os.WriteFile(bad, []byte(fmt.Sprintf(doc, "-5")), 0o644)
	common := []string{"--rpc", d.URL(), "--home", home}
	submit := []string{"--store", gw.URL, "--coordinator", "0x00000000000000000000000000000000000000c0"}

	rc, _, errs := runChainCLI(t, append([]string{"task", "submit", good, "--dev-key", "0"}, common...)...)
	if rc == 0 || !strings.Contains(errs, "no node is registered as a coordinator") {
		t.Fatalf("submit without a coordinator: rc %d: %s", rc, errs)
	}
	rc, out, errs := runChainCLI(t, append(append([]string{"task", "submit", good, "--dev-key", "0", "--json"}, submit...), common...)...)
	if rc != 0 {
		t.Fatalf("submit: rc %d: %s", rc, errs)
	}
	var sub struct {
		TaskID  string `json:"task_id"`
		Gas     uint64 `json:"gas"`
		SpecCID string `json:"spec_cid"`
	}
	if err := json.Unmarshal([]byte(out), &sub); err != nil || sub.TaskID != "1" || sub.Gas == 0 {
		t.Fatalf("submit output %q: %v", out, err)
	}
	// The task document is in the store under the CID the chain names.
	specCID, _ := artifact.ParseCID(sub.SpecCID)
	if ok, err := fs.HasBlock(ctx, specCID); !ok || err != nil {
		t.Fatalf("task document %s not stored: %v", sub.SpecCID, err)
	}
	rc, out, errs = runChainCLI(t, append([]string{"task", "status", "1", "--json"}, common...)...)
	if rc != 0 || !strings.Contains(out, `"state": "open"`) || !strings.Contains(out, `"payments": {}`) || !strings.Contains(out, sub.SpecCID) {
		t.Fatalf("status: rc %d %s %s", rc, out, errs)
	}
	rc, out, _ = runChainCLI(t, append([]string{"task", "status", "1"}, common...)...)
	if rc != 0 || !strings.Contains(out, "task 1: open") || !strings.Contains(out, "budget        100 tokens") {
		t.Fatalf("status text: rc %d %s", rc, out)
	}
	// A refused transaction is explained in words, with the contract's error after it; nothing is sent.
	rc, _, errs = runChainCLI(t, append([]string{"task", "settle", "1", "--dev-key", "0"}, common...)...)
	if rc == 0 || !strings.Contains(errs, "the task is not in a state that allows this (WrongStatus(") {
		t.Fatalf("settle an open task: rc %d %s", rc, errs)
	}
	rc, out, errs = runChainCLI(t, append([]string{"market", "nodes"}, common...)...)
	if rc != 0 || !strings.Contains(out, "no nodes registered") {
		t.Fatalf("market nodes: rc %d %s %s", rc, out, errs)
	}
	rc, out, errs = runChainCLI(t, append([]string{"chain", "consensus", "--epoch", "0", "--json"}, common...)...)
	if rc != 0 || !strings.Contains(out, `"epoch": 0`) || !strings.Contains(out, `"commit_phase": true`) || !strings.Contains(out, `"finalized": false`) {
		t.Fatalf("chain consensus: rc %d %s %s", rc, out, errs)
	}
	rc, _, errs = runChainCLI(t, append([]string{"chain", "consensus", "--epoch", "-2"}, common...)...)
	if rc != 2 {
		t.Fatalf("chain consensus --epoch -2: rc %d %s", rc, errs)
	}
	rc, _, errs = runChainCLI(t, append([]string{"task", "status", "99"}, common...)...)
	if rc != 1 || !strings.Contains(errs, "task 99 does not exist") {
		t.Fatalf("missing task: rc %d %s", rc, errs)
	}
	rc, _, errs = runChainCLI(t, append([]string{"task", "submit", bad}, common...)...)
	if rc != 2 || !strings.Contains(errs, "budget") {
		t.Fatalf("bad file: rc %d %s", rc, errs)
	}
	// A publisher without tokens: a clear message, nothing sent.
	rc, _, errs = runChainCLI(t, append(append([]string{"task", "submit", good, "--dev-key", "5"}, submit...), common...)...)
	if rc == 0 || !strings.Contains(errs, "ERC20InsufficientBalance") {
		t.Fatalf("poor publisher: rc %d %s", rc, errs)
	}
	rc, _, errs = runChainCLI(t, "task", "status", "x", "--rpc", d.URL())
	if rc != 2 {
		t.Fatalf("bad id: rc %d %s", rc, errs)
	}
}
