package e2e

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/cohort-net/cohort/internal/node"
	"github.com/cohort-net/cohort/internal/task"
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

// TestDevnetOnAnvil runs the devnet's whole task, marketplace side included, against a real external
// JSON-RPC node: Anvil.
func TestDevnetOnAnvil(t *testing.T) {
	bin := anvilBin()
	if bin == "" {
		t.Skip("no Anvil binary: run scripts/ci-chain.sh or set COHORT_ANVIL_BIN")
	}
	port := freePort(t)
	cmd := exec.Command(bin, "--host", "127.0.0.1", "--port", fmt.Sprint(port), "--silent")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	for i := 0; ; i++ {
		c, err := net.Dial("tcp", fmt.Sprintf("127.0.0.1:%d", port))
		if err == nil {
			c.Close()
			break
		}
		if i > 100 {
			t.Fatalf("anvil did not listen: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	d, err := node.StartDevnet(ctx, node.DevnetOptions{Data: "breast_cancer", Nodes: 3, CentralizedEpochs: -1,
		Task: task.Options{Rounds: 3, Seed: 4}, Chain: node.ChainOptions{RPC: url}})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	res, err := d.Wait(ctx)
	if err != nil {
		t.Fatal(err)
	}
	c := res.Chain
	if c == nil || c.ChainID != "31337" || len(c.ModelCIDs) != 3 || len(c.Payments) != 3 {
		t.Fatalf("chain result on Anvil: %+v", c)
	}
	t.Logf("task %s on Anvil: paid %s, fees %s, refund %s, gas %v", c.TaskID, c.PaidTotal, c.Fees, c.Refund, c.Gas)
}
