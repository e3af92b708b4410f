package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

// anvilBin finds Anvil: $COHORT_ANVIL_BIN, or where scripts/ci-chain.sh installs it.
func anvilBin() string {
	if b := os.Getenv("COHORT_ANVIL_BIN"); b != "" {
		return b
	}
	_, file, _, _ := runtime.Caller(0)
	b := filepath.Join(filepath.Dir(file), "..", "..", ".tools", "anvil", "node_modules", "@foundry-rs", "anvil-linux-amd64", "bin", "anvil")
	if _, err := os.Stat(b); err == nil {
		return b
	}
	return ""
}

// startAnvil runs Anvil on a free loopback port and returns its URL; the test is skipped without it.
func startAnvil(t *testing.T) string {
	t.Helper()
	bin := anvilBin()
	if bin == "" {
		t.Skip("no Anvil binary: run scripts/ci-chain.sh or set COHORT_ANVIL_BIN")
	}
	port := freePort(t)
	cmd := exec.Command(bin, "--host", "127.0.0.1", "--port", fmt.Sprint(port), "--silent")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	for i := 0; ; i++ {
		c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port))
		if err == nil {
			c.Close()
			break
		}
		if i > 200 {
			t.Fatalf("anvil did not listen: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	return fmt.Sprintf("http://127.0.0.1:%d", port)
}

// TestDevnetOnAnvil runs `cohort devnet` against a real external JSON-RPC node, Anvil: the devnet
// deploys the suite there, and its nodes register, bid, train, attest, settle and withdraw on it.
func TestDevnetOnAnvil(t *testing.T) {
	rpc := startAnvil(t)
	cmd := exec.Command(cohortBin, "--home", t.TempDir(), "devnet", "--once", "--json", "--rpc", rpc, "--nodes", "3", "--rounds", "3", "--seed", "4")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("devnet on Anvil: %v\n%s", err, tail(errb.Bytes(), 4000))
	}
	var res struct {
		Chain *struct {
			ChainID   string            `json:"chain_id"`
			TaskID    string            `json:"task_id"`
			PaidTotal string            `json:"paid_total"`
			Fees      string            `json:"fees"`
			Refund    string            `json:"refund"`
			ModelCIDs []string          `json:"model_cids"`
			Gas       map[string]uint64 `json:"gas"`
			Payments  []struct {
				Node string `json:"node"`
			} `json:"payments"`
		} `json:"chain"`
	}
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		t.Fatalf("devnet output: %v\n%s", err, out.String())
	}
	c := res.Chain
	if c == nil || c.ChainID != "31337" || len(c.ModelCIDs) != 3 || len(c.Payments) != 3 {
		t.Fatalf("chain result on Anvil: %+v", c)
	}
	t.Logf("task %s on Anvil: paid %s, fees %s, refund %s, gas %v", c.TaskID, c.PaidTotal, c.Fees, c.Refund, c.Gas)
}
