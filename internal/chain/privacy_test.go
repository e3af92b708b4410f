package chain

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// TestPrivacyRecordedWithRounds: a task's (ε, δ) budget is part of its on-chain record, each round
// commitment carries the cumulative ε (readable with getPrivacy and from the RoundCommitted event), and
// the market refuses a coordinator that ignores the budget: a round whose ε exceeds it, or an ε that
// goes back down.
func TestPrivacyRecordedWithRounds(t *testing.T) {
	f := newFixture(t, 2, DeployParams{})
	for _, a := range f.trs {
		f.registerTrainer(a, Tokens(10), 0)
	}
	spec := f.spec(Tokens(1000))
	spec.EpsilonBudget, spec.Delta = 3, 1e-5
	spec.Rounds = 2
	f.fund(f.pub, spec.Budget)
	id, r, err := f.c.Publish(f.ctx, f.pub, spec)
	f.must("publish", err)
	t.Logf("publish with a privacy budget: %d gas", r.GasUsed)
	for i, rate := range []int64{10, 20} {
		_, err := f.c.Bid(f.ctx, f.trs[i], id, Tokens(rate), 1)
		f.must("bid", err)
	}
	_, err = f.c.Select(f.ctx, f.pub, id)
	f.must("select", err)
	pv, err := f.c.TaskPrivacy(f.ctx, id)
	f.must("privacy", err)
	if pv != (Privacy{Budget: 3_000_000, Delta: 10_000_000_000_000}) {
		t.Fatalf("published privacy record %+v, want budget 3e6 and delta 1e13", pv)
	}
	parts := []common.Address{f.trs[0].Addr, f.trs[1].Addr}

	r, err = f.c.CommitRound(f.ctx, f.coord, id, 1, cid(1), parts, 1.2345671)
	f.must("commit 1", err)
	t.Logf("commit round 1 with ε: %d gas", r.GasUsed)
	var ev MarketEvent
	for _, l := range r.Logs {
		if e, ok := f.c.DecodeMarketLog(*l); ok && e.Kind == EvRoundCommitted {
			ev = e
		}
	}
	if ev.Round != 1 || ev.Epsilon != 1_234_568 { // rounded up: never understated
		t.Fatalf("RoundCommitted event: round %d, epsilon %d, want 1 and 1234568", ev.Round, ev.Epsilon)
	}
	if pv, _ = f.c.TaskPrivacy(f.ctx, id); pv.Spent != 1_234_568 || pv.Epsilon() != 1.234568 {
		t.Fatalf("after round 1: %+v", pv)
	}

	// A coordinator that ignores the budget.
	_, err = f.c.CommitRound(f.ctx, f.coord, id, 2, cid(2), parts, 3.0000001)
	f.wantRevert(err, "PrivacyBudgetExceeded")
	_, err = f.c.CommitRound(f.ctx, f.coord, id, 2, cid(2), parts, 1)
	f.wantRevert(err, "EpsilonDecreased")
	_, err = f.c.CommitRound(f.ctx, f.coord, id, 2, cid(2), parts, 3) // exactly the budget
	f.must("commit 2", err)
	info, err := f.c.Task(f.ctx, id)
	f.must("task", err)
	if info.Rounds != 2 || info.Privacy == nil || info.Privacy.Spent != 3_000_000 {
		t.Fatalf("task info after round 2: rounds %d, privacy %+v", info.Rounds, info.Privacy)
	}

	// A task without a budget records no ε.
	plain := f.runToSelected(f.spec(Tokens(1000)), []int64{10}, 1)
	_, err = f.c.CommitRound(f.ctx, f.coord, plain, 1, cid(1), parts[:1], 0.5)
	f.wantRevert(err, "InvalidParams")
	_, err = f.c.CommitRound(f.ctx, f.coord, plain, 1, cid(1), parts[:1], 0)
	f.must("commit without budget", err)
	if info, _ = f.c.Task(f.ctx, plain); info.Privacy != nil {
		t.Fatalf("a task without a budget has a privacy record: %+v", info.Privacy)
	}

	// The connector refuses half a budget before signing.
	spec.Delta = 0
	if err := spec.Validate(); err == nil {
		t.Fatal("a budget without delta validated")
	}
}
