package chain

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain/bindings"
)

func TestPublishValidationAndCancel(t *testing.T) {
	f := newFixture(t, 1, DeployParams{})
	m, k := f.suite.Market, f.c.k.market
	spec := f.spec(Tokens(100))
	f.fund(f.pub, Tokens(1000))
	_, err := f.c.Approve(f.ctx, f.pub, m, Tokens(1000))
	f.must("approve", err)
	bad := func(mut func(*bindings.TaskParams), what string) {
		t.Helper()
		p := spec.params()
		mut(&p)
		_, err := f.c.Send(f.ctx, f.pub, Tx{To: m, Data: k.PackPublish(p), What: "publish"})
		f.wantRevert(err, "InvalidParams")
		if cohort.Code(err) != cohort.EInvalid {
			t.Fatalf("%s: code %s", what, cohort.Code(err))
		}
	}
	bad(func(p *bindings.TaskParams) { p.Budget = big.NewInt(0) }, "budget")
	bad(func(p *bindings.TaskParams) { p.BiddingDeadline = 1 }, "past deadline")
	bad(func(p *bindings.TaskParams) { p.ExecutionDeadline = p.BiddingDeadline }, "execution before bidding")
	bad(func(p *bindings.TaskParams) { p.MaxNodes = 0 }, "max nodes")
	bad(func(p *bindings.TaskParams) { p.BonusBps = 5001 }, "bonus")
	bad(func(p *bindings.TaskParams) { p.MinReputation = 10001 }, "reputation")
	bad(func(p *bindings.TaskParams) { p.SchedulerId = 9 }, "scheduler")
	bad(func(p *bindings.TaskParams) { p.MaxNodes = 65 }, "max nodes over the limit")
	bad(func(p *bindings.TaskParams) { p.MetricThreshold = 10_001 }, "threshold out of range")
	bad(func(p *bindings.TaskParams) { p.Rounds = 0 }, "no rounds")
	// Go-side validation catches the same before signing.
	s2 := spec
	s2.Budget = big.NewInt(0)
	if _, _, err := f.c.Publish(f.ctx, f.pub, s2); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("Go validation: %v", err)
	}
	// Not enough allowance/balance: the ERC-20 error, no task created.
	poor := f.trs[0]
	_, err = f.c.Send(f.ctx, poor, Tx{To: m, Data: k.PackPublish(spec.params()), What: "publish"})
	f.wantRevert(err, "ERC20InsufficientAllowance")

	id := f.publish(spec)
	if id.Int64() != 1 {
		t.Fatalf("first task id %s", id)
	}
	info, err := f.c.Task(f.ctx, id)
	f.must("task", err)
	if info.Status != "open" || info.Budget.Cmp(Tokens(100)) != 0 || info.Coordinator != f.coord.Addr || info.MaxNodes != 10 {
		t.Fatalf("task: %+v", info)
	}
	if _, err := f.c.Task(f.ctx, big.NewInt(99)); cohort.Code(err) != cohort.ENotFound {
		t.Fatalf("missing task: %v", err)
	}
	_, err = f.c.Cancel(f.ctx, f.trs[0], id)
	f.wantRevert(err, "NotPublisher")
	_, err = f.c.Cancel(f.ctx, f.pub, big.NewInt(42))
	f.wantRevert(err, "UnknownTask")
	_, err = f.c.Cancel(f.ctx, f.pub, id)
	f.must("cancel", err)
	_, err = f.c.Cancel(f.ctx, f.pub, id)
	f.wantRevert(err, "WrongStatus")
	if b, _ := f.c.MarketBalance(f.ctx, f.pub.Addr); b.Cmp(Tokens(100)) != 0 {
		t.Fatalf("refund credit %s", b)
	}
	// Withdrawals beyond the balance fail and move nothing.
	_, err = f.c.Withdraw(f.ctx, f.pub, Tokens(101))
	f.wantRevert(err, "InsufficientBalance")
	_, err = f.c.Withdraw(f.ctx, f.pub, big.NewInt(0))
	f.wantRevert(err, "InsufficientBalance")
	_, err = f.c.Withdraw(f.ctx, f.pub, Tokens(40))
	f.must("withdraw", err)
	_, err = f.c.Withdraw(f.ctx, f.pub, Tokens(60))
	f.must("withdraw rest", err)
	_, err = f.c.Withdraw(f.ctx, f.pub, big.NewInt(1))
	f.wantRevert(err, "InsufficientBalance")
}

func TestBidRules(t *testing.T) {
	f := newFixture(t, 4, DeployParams{})
	a, b, frozen, unreg := f.trs[0], f.trs[1], f.trs[2], f.trs[3]
	f.registerTrainer(a, Tokens(10), 8000)
	f.registerTrainer(b, Tokens(10), 1000)
	f.registerTrainer(frozen, Tokens(10), 9000)
	_, err := f.c.SetFrozen(f.ctx, f.admin, frozen.Addr, true)
	f.must("freeze", err)
	f.registerValidator(f.vals[0])
	spec := f.spec(Tokens(100))
	spec.MinReputation = 5000
	spec.MinGPUCount = 1
	id := f.publish(spec)

	_, err = f.c.Bid(f.ctx, a, id, Tokens(101), 1)
	f.wantRevert(err, "RateTooHigh")
	_, err = f.c.Bid(f.ctx, a, id, Tokens(1), 0)
	f.wantRevert(err, "InvalidParams")
	_, err = f.c.Bid(f.ctx, b, id, Tokens(1), 1)
	f.wantRevert(err, "NotEligible") // reputation 1000 < 5000
	_, err = f.c.Bid(f.ctx, frozen, id, Tokens(1), 1)
	f.wantRevert(err, "NotEligible")
	_, err = f.c.Bid(f.ctx, unreg, id, Tokens(1), 1)
	f.wantRevert(err, "NotEligible")
	_, err = f.c.Bid(f.ctx, f.vals[0], id, Tokens(1), 1)
	f.wantRevert(err, "NotEligible") // a validator is not a trainer
	_, err = f.c.Bid(f.ctx, a, big.NewInt(7), Tokens(1), 1)
	f.wantRevert(err, "UnknownTask")
	_, err = f.c.Bid(f.ctx, a, id, Tokens(5), 3)
	f.must("bid", err)
	_, err = f.c.Bid(f.ctx, a, id, Tokens(5), 3)
	f.wantRevert(err, "AlreadyBid")

	// Hardware requirement.
	spec2 := f.spec(Tokens(100))
	spec2.MinCPUCores = 64
	id2 := f.publish(spec2)
	_, err = f.c.Bid(f.ctx, a, id2, Tokens(5), 3)
	f.wantRevert(err, "NotEligible")

	// Late bid.
	f.must("advance", f.sim.AdvanceTime(2*time.Hour))
	_, err = f.c.Bid(f.ctx, a, id2, Tokens(5), 1)
	f.wantRevert(err, "BiddingClosed")

	info, _ := f.c.Task(f.ctx, id)
	if len(info.Bids) != 1 || info.Bids[0].Node != a.Addr || info.Bids[0].Hours != 3 || info.Bids[0].Reputation != 8000 {
		t.Fatalf("bids: %+v", info.Bids)
	}
}

func TestSelectStrategies(t *testing.T) {
	f := newFixture(t, 4, DeployParams{FeeBps: 1000})
	// rates 40, 10, 30, 20 (1 hour); reputations 9000, 100, 5000, 9000.
	reps := []uint16{9000, 100, 5000, 9000}
	rates := []int64{40, 10, 30, 20}
	for i, a := range f.trs {
		f.registerTrainer(a, Tokens(10), reps[i])
	}
	bidAll := func(id *big.Int) {
		for i, a := range f.trs {
			_, err := f.c.Bid(f.ctx, a, id, Tokens(rates[i]), 1)
			f.must("bid", err)
		}
	}
	selected := func(id *big.Int) []common.Address {
		info, err := f.c.Task(f.ctx, id)
		f.must("task", err)
		var out []common.Address
		for _, b := range info.Bids {
			if b.Selected {
				out = append(out, b.Node)
			}
		}
		return out
	}

	// LowestPrice, two nodes, budget 55 with a 10 % fee: spend limit 50 -> the 10 and 20 bids.
	spec := f.spec(Tokens(55))
	spec.MaxNodes = 2
	id := f.publish(spec)
	_, err := f.c.Select(f.ctx, f.pub, id)
	f.wantRevert(err, "NoBids")
	bidAll(id)
	_, err = f.c.Select(f.ctx, f.trs[0], id)
	f.wantRevert(err, "BiddingOpen") // only the publisher may select before the deadline
	_, err = f.c.Select(f.ctx, f.pub, id)
	f.must("select", err)
	got := selected(id)
	if len(got) != 2 || got[0] != f.trs[1].Addr || got[1] != f.trs[3].Addr {
		t.Fatalf("lowest price selected %v", got)
	}
	_, err = f.c.Select(f.ctx, f.pub, id)
	f.wantRevert(err, "WrongStatus")
	_, err = f.c.Bid(f.ctx, f.trs[0], id, Tokens(1), 1)
	f.wantRevert(err, "WrongStatus")
	_, err = f.c.Cancel(f.ctx, f.pub, id)
	f.wantRevert(err, "WrongStatus")
	// A selected node's trainer bond (default 1 token) joins its bid bond (0.1) out of its free stake.
	bonded, _ := ParseTokens("1.1")
	if n, _ := f.c.Node(f.ctx, f.trs[1].Addr); n.Bonded.Cmp(bonded) != 0 || n.Stake.Cmp(new(big.Int).Sub(Tokens(10), bonded)) != 0 {
		t.Fatalf("bonded %s, stake %s, want 1.1 and 8.9 tokens", n.Bonded, n.Stake)
	}
	if n, _ := f.c.Node(f.ctx, f.trs[0].Addr); n.Bonded.Cmp(Tokens(1)) >= 0 {
		t.Fatalf("an unselected node has %s bonded (its bid bond only)", n.Bonded)
	}

	// ReputationWeighted, two nodes, ample budget: best reputation per cost: 20/9000, 40/9000 vs 30/5000.
	spec = f.spec(Tokens(1000))
	spec.MaxNodes = 2
	spec.Scheduler = SchedulerReputationWeighted
	id = f.publish(spec)
	bidAll(id)
	// After the bidding deadline anyone may select.
	f.must("advance", f.sim.AdvanceTime(2*time.Hour))
	_, err = f.c.Select(f.ctx, f.trs[2], id)
	f.must("select", err)
	got = selected(id)
	// keys cost*1e6/(rep+1): trs3 20/9001, trs0 40/9001, trs2 30/5001, trs1 10/101 -> trs0 and trs3.
	if len(got) != 2 || got[0] != f.trs[0].Addr || got[1] != f.trs[3].Addr {
		t.Fatalf("reputation weighted selected %v", got)
	}

	// Budget too small for any bid: BadSelection.
	spec = f.spec(Tokens(5))
	id = f.publish(spec)
	bidAll(id)
	_, err = f.c.Select(f.ctx, f.pub, id)
	f.wantRevert(err, "BadSelection")
}

// runToSelected publishes with the given trainers bidding rate x hours and selects all.
func (f *fixture) runToSelected(spec TaskSpec, rates []int64, hours uint32) *big.Int {
	f.t.Helper()
	id := f.publish(spec)
	for i, r := range rates {
		_, err := f.c.Bid(f.ctx, f.trs[i], id, Tokens(r), hours)
		f.must("bid", err)
	}
	_, err := f.c.Select(f.ctx, f.pub, id)
	f.must("select", err)
	return id
}

func TestRoundsAttestDisputeSettle(t *testing.T) {
	f := newFixture(t, 3, DeployParams{FeeBps: 500, AttestQuorum: 3, DisputeWindow: time.Hour, UnbondingDelay: time.Hour})
	for _, a := range f.trs {
		f.registerTrainer(a, Tokens(10), 5000)
	}
	for _, v := range f.vals {
		f.registerValidator(v)
	}
	spec := f.spec(Tokens(1000))
	spec.BonusBps = 2000
	spec.MetricThreshold = 8000
	spec.Rounds = 2
	id := f.runToSelected(spec, []int64{10, 20, 30}, 2) // base 120, fee 6

	parts := []common.Address{f.trs[0].Addr, f.trs[1].Addr, f.trs[2].Addr}
	_, err := f.c.CommitRound(f.ctx, f.trs[0], id, 1, cid(1), parts, 0)
	f.wantRevert(err, "NotCoordinator")
	_, err = f.c.CommitRound(f.ctx, f.coord, id, 2, cid(2), parts, 0)
	f.wantRevert(err, "WrongRound")
	_, err = f.c.CommitRound(f.ctx, f.coord, id, 1, nil, parts, 0)
	f.wantRevert(err, "InvalidParams")
	_, err = f.c.CommitRound(f.ctx, f.coord, id, 1, cid(1), parts, 0)
	f.must("commit 1", err)
	_, err = f.c.CommitRound(f.ctx, f.coord, id, 2, cid(2), parts, 0)
	f.must("commit 2", err)
	_, err = f.c.CommitRound(f.ctx, f.coord, id, 3, cid(3), parts, 0)
	f.wantRevert(err, "TooManyRounds") // the publisher planned (and pays for) two
	out, _ := f.c.Call(f.ctx, f.suite.Market, f.c.k.market.PackRoundCommitment(id, big.NewInt(2)), "commitment")
	if h, _ := f.c.k.market.UnpackRoundCommitment(out); h == ([32]byte{}) {
		t.Fatal("round 2 commitment missing")
	}

	last := f.lastCommitment(id)
	_, err = f.c.Attest(f.ctx, f.trs[0], id, last, 9000)
	f.wantRevert(err, "NotValidator")
	// A validator that also trains the task may not attest it.
	_, err = f.c.UpdateProfile(f.ctx, f.trs[0], NodeProfile{Roles: []cohort.Role{cohort.RoleTrainer, cohort.RoleValidator}, Endpoint: "http://x", HourlyRate: Tokens(1)})
	f.must("add validator role", err)
	_, err = f.c.Attest(f.ctx, f.trs[0], id, last, 9000)
	f.wantRevert(err, "ConflictOfInterest")
	_, err = f.c.Settle(f.ctx, f.pub, id)
	f.wantRevert(err, "WrongStatus")
	_, err = f.c.Attest(f.ctx, f.vals[0], id, last, 9000)
	f.must("attest 1", err)
	_, err = f.c.Attest(f.ctx, f.vals[0], id, last, 9000)
	f.wantRevert(err, "AlreadyAttested")
	_, err = f.c.Attest(f.ctx, f.vals[1], id, last, 8000)
	f.must("attest 2", err)
	_, err = f.c.Attest(f.ctx, f.vals[2], id, last, 8500)
	f.must("attest 3", err)
	info, _ := f.c.Task(f.ctx, id)
	if info.Status != "attested" || info.Metric != 8500 || info.Rounds != 2 || info.Attestations != 3 {
		t.Fatalf("after quorum: %+v", info)
	}
	_, err = f.c.Attest(f.ctx, f.vals[2], id, last, 1)
	f.wantRevert(err, "WrongStatus")
	_, err = f.c.CommitRound(f.ctx, f.coord, id, 3, cid(3), parts, 0)
	f.wantRevert(err, "WrongStatus")

	// Settlement waits for the dispute window.
	_, err = f.c.Settle(f.ctx, f.pub, id)
	f.wantRevert(err, "DisputeWindowOpen")
	_, err = f.c.Dispute(f.ctx, f.trs[1], id)
	f.wantRevert(err, "NotPublisher")
	_, err = f.c.Dispute(f.ctx, f.pub, id)
	f.must("dispute", err)
	_, err = f.c.ResolveDispute(f.ctx, f.pub, id, true)
	f.wantRevert(err, "AccessControlUnauthorizedAccount")
	_, err = f.c.ResolveDispute(f.ctx, f.admin, id, true)
	f.must("resolve", err)
	_, err = f.c.Dispute(f.ctx, f.pub, id)
	f.wantRevert(err, "AlreadyDisputed") // one dispute per task
	f.must("advance", f.sim.AdvanceTime(2*time.Hour))
	r, err := f.c.Settle(f.ctx, f.trs[2], id) // anyone may settle
	f.must("settle", err)
	_, err = f.c.Settle(f.ctx, f.pub, id)
	f.wantRevert(err, "WrongStatus") // no double settlement

	// base 20+40+60 = 120 (both planned rounds contributed); bonus 20 % = 24; fee 5 % of the work = 6,
	// half of it to the three agreeing validators (1 each; 9000 and 8000 are within 1 % of 8500? no:
	// only the 8500 validator agrees, so it gets all 3); refund 1000-144-6 = 850.
	var paid, fee, refund *big.Int
	for _, l := range r.Logs {
		if ev, err := f.c.k.market.UnpackTaskSettledEvent(l); err == nil {
			paid, fee, refund = ev.PaidTotal, ev.Fee, ev.Refund
		}
	}
	if paid.Cmp(Tokens(144)) != 0 || fee.Cmp(Tokens(6)) != 0 || refund.Cmp(Tokens(850)) != 0 {
		t.Fatalf("paid %s fee %s refund %s", paid, fee, refund)
	}
	for i, want := range []int64{24, 48, 72} {
		if b, _ := f.c.MarketBalance(f.ctx, f.trs[i].Addr); b.Cmp(Tokens(want)) != 0 {
			t.Fatalf("trainer %d balance %s, want %d tokens", i, b, want)
		}
	}
	// The fee's 3 tokens past the validators' share: DefaultPoolSharePct (50 %) to the consensus pool, the
	// rest to the treasury.
	if b, _ := f.c.MarketBalance(f.ctx, f.admin.Addr); b.Cmp(new(big.Int).Div(Tokens(3), big.NewInt(2))) != 0 {
		t.Fatalf("treasury %s", b)
	}
	if b, _ := f.c.PoolOwed(f.ctx); b.Cmp(new(big.Int).Div(Tokens(3), big.NewInt(2))) != 0 {
		t.Fatalf("consensus pool owed %s", b)
	}
	for i, want := range []int64{0, 0, 3} {
		if b, _ := f.c.MarketBalance(f.ctx, f.vals[i].Addr); b.Cmp(Tokens(want)) != 0 {
			t.Fatalf("validator %d credited %s, want %d tokens", i, b, want)
		}
	}
	if b, _ := f.c.MarketBalance(f.ctx, f.pub.Addr); b.Cmp(Tokens(850)) != 0 {
		t.Fatalf("publisher refund %s", b)
	}
}

func TestBelowThresholdNoPayAndRejectedDispute(t *testing.T) {
	f := newFixture(t, 2, DeployParams{DisputeWindow: time.Hour, UnbondingDelay: time.Hour})
	for _, a := range f.trs {
		f.registerTrainer(a, Tokens(10), 0)
	}
	f.registerValidators()
	spec := f.spec(Tokens(100))
	spec.BonusBps = 5000
	id := f.runToSelected(spec, []int64{10, 10}, 1)
	f.commitSelected(id)
	f.attestAll(id, 1) // far below the 9000 threshold
	f.must("advance", f.sim.AdvanceTime(2*time.Hour))
	r, err := f.c.Settle(f.ctx, f.pub, id)
	f.must("settle", err)
	for _, l := range r.Logs {
		if ev, err := f.c.k.market.UnpackTaskSettledEvent(l); err == nil && ev.PaidTotal.Sign() != 0 {
			t.Fatalf("paid %s below the acceptance threshold", ev.PaidTotal)
		}
	}
	for _, a := range f.trs {
		if n, _ := f.c.Node(f.ctx, a.Addr); n.Bonded.Sign() != 0 || n.Stake.Cmp(Tokens(10)) != 0 {
			t.Fatalf("after settlement: bonded %s stake %s", n.Bonded, n.Stake)
		}
	}

	// A rejected dispute refunds everything and releases the bonds.
	id = f.runToSelected(f.spec(Tokens(100)), []int64{10, 10}, 1)
	f.commitSelected(id)
	f.attestAll(id, 9500)
	_, err = f.c.ResolveDispute(f.ctx, f.admin, id, false)
	f.wantRevert(err, "WrongStatus")
	_, err = f.c.Dispute(f.ctx, f.pub, id)
	f.must("dispute", err)
	before, _ := f.c.MarketBalance(f.ctx, f.pub.Addr)
	_, err = f.c.ResolveDispute(f.ctx, f.admin, id, false)
	f.must("reject", err)
	after, _ := f.c.MarketBalance(f.ctx, f.pub.Addr)
	if d := new(big.Int).Sub(after, before); d.Cmp(Tokens(100)) != 0 {
		t.Fatalf("rejected dispute refunded %s", d)
	}
	if info, _ := f.c.Task(f.ctx, id); info.Status != "rejected" {
		t.Fatalf("status %s", info.Status)
	}
	if n, _ := f.c.Node(f.ctx, f.trs[0].Addr); n.Bonded.Sign() != 0 {
		t.Fatalf("bond %s kept after rejection", n.Bonded)
	}
}

func TestExpiry(t *testing.T) {
	f := newFixture(t, 1, DeployParams{})
	f.registerTrainer(f.trs[0], Tokens(10), 0)
	f.registerValidators()
	id := f.runToSelected(f.spec(Tokens(50)), []int64{10}, 1)
	_, err := f.c.Expire(f.ctx, f.trs[0], id)
	f.wantRevert(err, "NotExpired")
	f.must("advance", f.sim.AdvanceTime(25*time.Hour))
	_, err = f.c.CommitRound(f.ctx, f.coord, id, 1, cid(1), nil, 0)
	f.wantRevert(err, "DeadlinePassed")
	_, err = f.c.Attest(f.ctx, f.vals[0], id, common.Hash{}, 1)
	f.wantRevert(err, "DeadlinePassed")
	_, err = f.c.Expire(f.ctx, f.trs[0], id)
	f.must("expire", err)
	_, err = f.c.Expire(f.ctx, f.trs[0], id)
	f.wantRevert(err, "WrongStatus")
	if b, _ := f.c.MarketBalance(f.ctx, f.pub.Addr); b.Cmp(Tokens(50)) != 0 {
		t.Fatalf("expiry refund %s", b)
	}
	if n, _ := f.c.Node(f.ctx, f.trs[0].Addr); n.Bonded.Sign() != 0 {
		t.Fatalf("bond %s kept after expiry", n.Bonded)
	}
}

func TestMarketAdmin(t *testing.T) {
	f := newFixture(t, 1, DeployParams{UnbondingDelay: time.Hour})
	m, k := f.suite.Market, f.c.k.market
	_, err := f.c.Send(f.ctx, f.pub, Tx{To: m, Data: k.PackSetScheduler(5, f.suite.LowestPrice), What: "set scheduler"})
	f.wantRevert(err, "AccessControlUnauthorizedAccount")
	_, err = f.c.Send(f.ctx, f.admin, Tx{To: m, Data: k.PackSetScheduler(5, f.suite.LowestPrice), What: "set scheduler"})
	f.must("set scheduler", err)
	out, _ := f.c.Call(f.ctx, m, k.PackSchedulers(5), "schedulers")
	if a, _ := k.UnpackSchedulers(out); a != f.suite.LowestPrice {
		t.Fatalf("scheduler 5 = %s", a.Hex())
	}
	good := bindings.MarketParams{Treasury: f.pub.Addr, FeeBps: 100, AttestQuorum: 3, DisputeWindow: 3600, ValidatorShareBps: 5000,
		TrainerBond: Tokens(1), ValidatorStake: Tokens(1), BidBond: Tokens(1)}
	for what, mut := range map[string]func(*bindings.MarketParams){
		"treasury": func(p *bindings.MarketParams) { p.Treasury = common.Address{} },
		"fee":      func(p *bindings.MarketParams) { p.FeeBps = 1001 },
		"quorum 1": func(p *bindings.MarketParams) { p.AttestQuorum = 1 },
		"quorum 2": func(p *bindings.MarketParams) { p.AttestQuorum = 2 },
		"quorum":   func(p *bindings.MarketParams) { p.AttestQuorum = 16 },
		"window 0": func(p *bindings.MarketParams) { p.DisputeWindow = 0 },
		"window":   func(p *bindings.MarketParams) { p.DisputeWindow = 3601 },
		"share":    func(p *bindings.MarketParams) { p.ValidatorShareBps = 10_001 },
		"bond":     func(p *bindings.MarketParams) { p.TrainerBond = new(big.Int) },
		"vstake":   func(p *bindings.MarketParams) { p.ValidatorStake = new(big.Int) },
		"bid bond": func(p *bindings.MarketParams) { p.BidBond = new(big.Int) },
	} {
		p := good
		mut(&p)
		_, err = f.c.Send(f.ctx, f.admin, Tx{To: m, Data: k.PackSetParams(p), What: "set params " + what})
		f.wantRevert(err, "InvalidParams")
	}
	_, err = f.c.Send(f.ctx, f.pub, Tx{To: m, Data: k.PackSetParams(good), What: "set params"})
	f.wantRevert(err, "AccessControlUnauthorizedAccount")
	_, err = f.c.Send(f.ctx, f.admin, Tx{To: m, Data: k.PackSetParams(good), What: "set params"})
	f.must("set params", err)
	out, _ = f.c.Call(f.ctx, m, k.PackFeeBps(), "fee")
	if fee, _ := k.UnpackFeeBps(out); fee != 100 {
		t.Fatalf("fee %d", fee)
	}
	// The deploy-time checks: a dispute window longer than the unbonding delay, a quorum below 3.
	if _, err = f.c.DeploySuite(f.ctx, f.admin, DeployParams{AttestQuorum: 2}); RevertName(err) != "InvalidParams" {
		t.Fatalf("deploy with quorum 2: %v", err)
	}
	_, err = f.c.DeploySuite(f.ctx, f.admin, DeployParams{UnbondingDelay: time.Minute, DisputeWindow: time.Hour})
	if cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("deploy with window > delay: %v", err)
	}
}
