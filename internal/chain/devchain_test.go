package chain

import (
	"context"
	"testing"
	"time"

	"github.com/cohort-net/cohort/internal/identity"
)

func TestDevChainOverJSONRPC(t *testing.T) {
	d, err := StartDevChain(DevChainConfig{Port: 0, Accounts: 16}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	c, suite, err := DeployDev(ctx, d.URL(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if suite != DevSuite() {
		t.Fatalf("suite %+v, want the deterministic %+v", suite, DevSuite())
	}
	defer c.Close()
	if c.ChainID().Int64() != DevChainID {
		t.Fatalf("chain id %s", c.ChainID())
	}
	accts := make([]*Account, 16)
	for i := range accts {
		accts[i] = NewAccount(identity.DevAccount(i))
	}
	plan := Plan{Admin: accts[0], Publisher: accts[1], Validators: accts[6:9], RoundCIDs: [][]byte{cid(1), cid(2)},
		Metric: 9500, Withdraw: true}
	plan.Spec = TaskSpec{Budget: Tokens(500), MaxHourlyRate: Tokens(50), MetricID: 1, MetricThreshold: 9000, BonusBps: 500}
	for _, a := range accts[3:6] {
		plan.Trainers = append(plan.Trainers, TrainerPlan{Account: a, Stake: Tokens(10), Rate: Tokens(20), Hours: 2,
			Profile: NodeProfile{HourlyRate: Tokens(20), CPUCores: 4, MemoryMB: 4096}})
	}
	start := time.Now()
	sum, err := c.RunTask(ctx, plan)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("task on the embedded chain in %v: %+v", time.Since(start), sum)
	if sum.PaidTotal != "126000000000000000000" || sum.Fees != "1200000000000000000" || len(sum.Payments) != 3 {
		t.Fatalf("summary %+v", sum)
	}
}
