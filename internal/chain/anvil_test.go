package chain

import (
	"bufio"
	"context"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/cohort-net/cohort/internal/identity"
)

// anvilBinary finds Anvil: $COHORT_ANVIL, the npm package scripts/ci-chain.sh installs under .tools/anvil,
// or anvil on PATH.
func anvilBinary() string {
	if p := os.Getenv("COHORT_ANVIL"); p != "" {
		return p
	}
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(file), "..", "..")
	p := filepath.Join(root, ".tools", "anvil", "node_modules", "@foundry-rs", "anvil-linux-amd64", "bin", "anvil")
	if _, err := os.Stat(p); err == nil {
		return p
	}
	if p, err := exec.LookPath("anvil"); err == nil {
		return p
	}
	return ""
}

// startAnvil runs Anvil on 127.0.0.1 with a free port and returns its URL; the test's cleanup stops it.
func startAnvil(t *testing.T) string {
	t.Helper()
	bin := anvilBinary()
	if bin == "" {
		t.Skip("Anvil not found: run scripts/ci-chain.sh (npm @foundry-rs/anvil-linux-amd64@1.7.1) or set COHORT_ANVIL")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	cmd := exec.Command(bin, "--host", "127.0.0.1", "--port", fmt.Sprint(port), "--accounts", "20", "--silent")
	stderr, _ := cmd.StderrPipe()
	if err := cmd.Start(); err != nil {
		t.Fatalf("start anvil: %v", err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
	})
	go func() {
		sc := bufio.NewScanner(stderr)
		for sc.Scan() {
			t.Log("anvil: " + sc.Text())
		}
	}()
	url := fmt.Sprintf("http://127.0.0.1:%d", port)
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", port), 200*time.Millisecond)
		if err == nil {
			c.Close()
			return url
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("anvil did not listen on %s", url)
	return ""
}

// TestAnvilLifecycle runs the whole task lifecycle against a real external JSON-RPC node: deploy, register,
// publish, bid, select, commit rounds, attest (quorum 2), dispute window in real time, settle, withdraw.
func TestAnvilLifecycle(t *testing.T) {
	url := startAnvil(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c, err := Dial(ctx, url, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if c.ChainID().Int64() != 31337 {
		t.Fatalf("anvil chain id %s", c.ChainID())
	}
	accts := make([]*Account, 15)
	for i := range accts {
		accts[i] = NewAccount(identity.DevAccount(i)) // 0-9 prefunded by Anvil, 10-14 funded by the run
	}
	if _, err := c.DeploySuite(ctx, accts[0], DeployParams{FeeBps: 250, AttestQuorum: 3, DisputeWindow: 2 * time.Second,
		UnbondingDelay: time.Hour}); err != nil {
		t.Fatal(err)
	}
	plan := Plan{Admin: accts[0], Publisher: accts[1], Coordinator: accts[2], Validators: []*Account{accts[3], accts[4], accts[14]}, Metric: 9300,
		RoundCIDs: [][]byte{cid(1), cid(2), cid(3)}, Withdraw: true,
		Spec: TaskSpec{Budget: Tokens(2_000), MaxHourlyRate: Tokens(50), MetricID: 1, MetricThreshold: 9000, BonusBps: 1000}}
	for i, a := range accts[5:14] {
		plan.Trainers = append(plan.Trainers, TrainerPlan{Account: a, Stake: Tokens(25), Rate: Tokens(int64(10 + i)), Hours: 3,
			Profile: NodeProfile{HourlyRate: Tokens(10), CPUCores: 8, MemoryMB: 8192}})
	}
	start := time.Now()
	sum, err := c.RunTask(ctx, plan)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("task on Anvil in %v, %d gas in %d transactions", time.Since(start), sum.Gas["total"], countAll(sum))
	budget, _ := new(big.Int).SetString(sum.Budget, 10)
	paid, _ := new(big.Int).SetString(sum.PaidTotal, 10)
	fees, _ := new(big.Int).SetString(sum.Fees, 10)
	refund, _ := new(big.Int).SetString(sum.Refund, 10)
	if new(big.Int).Add(new(big.Int).Add(paid, fees), refund).Cmp(budget) != 0 || len(sum.Payments) != 9 {
		t.Fatalf("summary %+v", sum)
	}
	// Base = 3h x (10+...+18) = 378, bonus 10 % = 37.8, fee 2.5 % of base = 9.45.
	if want, _ := ParseTokens("415.8"); paid.Cmp(want) != 0 {
		t.Fatalf("paid %s tokens", FormatTokens(paid))
	}
	// Everything was withdrawn: the market holds only the treasury's part of the fee.
	held, err := c.TokenBalance(ctx, c.Suite().Market)
	want := new(big.Int).Sub(fees, validatorPaid(sum))
	if err != nil || held.Cmp(want) != 0 {
		t.Fatalf("market holds %s after withdrawals, fees %s (%v)", held, fees, err)
	}
	// A revert through a real node's JSON-RPC error decodes to the custom error.
	task, _ := new(big.Int).SetString(sum.TaskID, 10)
	_, err = c.Settle(ctx, accts[1], task)
	if RevertName(err) != "WrongStatus" || !strings.Contains(err.Error(), "WrongStatus") {
		t.Fatalf("double settlement: %v", err)
	}
}

// validatorPaid sums a summary's validator payments.
func validatorPaid(s Summary) *big.Int {
	sum := new(big.Int)
	for _, p := range s.ValidatorPayments {
		v, _ := new(big.Int).SetString(p.Amount, 10)
		sum.Add(sum, v)
	}
	return sum
}
