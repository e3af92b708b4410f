package chain

import (
	"math/big"
	"testing"
	"time"
)

func TestRunTaskTenNodes(t *testing.T) {
	f := newFixture(t, 10, DeployParams{FeeBps: 200, AttestQuorum: 3, DisputeWindow: time.Hour, UnbondingDelay: 2 * time.Hour})
	spec := f.spec(Tokens(1000))
	spec.Rounds = 0 // the plan's three rounds
	plan := Plan{Admin: f.admin, Publisher: f.pub, Coordinator: f.coord, Validators: f.vals, Spec: spec,
		RoundCIDs: [][]byte{cid(1), cid(2), cid(3)}, Metric: 9500, AdvanceTime: f.sim.AdvanceTime, Withdraw: true}
	for i, a := range f.trs {
		plan.Trainers = append(plan.Trainers, TrainerPlan{Account: a, Stake: Tokens(100), Rate: Tokens(int64(10 + i)), Hours: 5,
			Profile: NodeProfile{HourlyRate: Tokens(10), CPUCores: 8, MemoryMB: 8192}})
	}
	sum, err := f.c.RunTask(f.ctx, plan)
	if err != nil {
		t.Fatal(err)
	}
	budget, _ := new(big.Int).SetString(sum.Budget, 10)
	paid, _ := new(big.Int).SetString(sum.PaidTotal, 10)
	fees, _ := new(big.Int).SetString(sum.Fees, 10)
	refund, _ := new(big.Int).SetString(sum.Refund, 10)
	if new(big.Int).Add(new(big.Int).Add(paid, fees), refund).Cmp(budget) != 0 {
		t.Fatalf("paid %s + fees %s + refund %s != budget %s", paid, fees, refund, budget)
	}
	if len(sum.Payments) != 10 {
		t.Fatalf("payments: %d, want 10", len(sum.Payments))
	}
	// Base = 5h x (10+...+19) = 725 tokens (every node in all three rounds), bonus 10 % = 72.5, fee 2 %
	// of the work = 14.5, half of it to the three validators.
	if want := new(big.Int).Div(Tokens(7975), big.NewInt(10)); paid.Cmp(want) != 0 {
		t.Fatalf("paid %s, want %s", paid, want)
	}
	if len(sum.ValidatorPayments) != 3 {
		t.Fatalf("validator payments %+v", sum.ValidatorPayments)
	}
	for k, v := range sum.Gas {
		t.Logf("gas %-14s %9d (x%d)", k, v, sum.Count[k])
	}
}
