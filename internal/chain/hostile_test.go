package chain

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/chain/bindings"
)

// The scenarios of issue 12's opening paragraph, each played by its attacker. Every one of them
// succeeded on the first market (quorum 1, window 0, no minimum stake, mean of unbounded metrics, pay
// for every selected node) and is refused or made unprofitable by the second.

// hostileParams are a deployment's honest parameters: quorum 3, a dispute window, minimum stakes.
func hostileParams() DeployParams {
	return DeployParams{FeeBps: 500, AttestQuorum: 3, DisputeWindow: time.Hour, UnbondingDelay: 2 * time.Hour,
		MinStake: map[cohort.Role]*big.Int{cohort.RoleTrainer: Tokens(10), cohort.RoleValidator: Tokens(10)}}
}

// stakedValidators registers the fixture's three validators with stake each.
func (f *fixture) stakedValidators(stake *big.Int) {
	f.t.Helper()
	for _, v := range f.vals {
		f.fund(v, stake)
		_, err := f.c.Register(f.ctx, v, NodeProfile{Roles: []cohort.Role{cohort.RoleValidator}, Endpoint: "http://127.0.0.1:1/v"}, stake)
		f.must("register validator", err)
	}
}

// selectedTask publishes a task with budget 1000 and threshold 8000 bps, has the first n trainers bid
// 10 tokens x 1 hour each and selects them all.
func (f *fixture) selectedTask(n int) (*big.Int, TaskSpec) {
	f.t.Helper()
	spec := f.spec(Tokens(1000))
	spec.MetricThreshold, spec.BonusBps = 8000, 2000
	spec.Rounds = 2
	id := f.publish(spec)
	for i := 0; i < n; i++ {
		_, err := f.c.Bid(f.ctx, f.trs[i], id, Tokens(10), 1)
		f.must("bid", err)
	}
	_, err := f.c.Select(f.ctx, f.pub, id)
	f.must("select", err)
	return id, spec
}

func (f *fixture) addrs(n int) []common.Address {
	out := make([]common.Address, n)
	for i := range out {
		out[i] = f.trs[i].Addr
	}
	return out
}

// commitAll commits rounds 1..rounds with the given contributors each round.
func (f *fixture) commitAll(id *big.Int, rounds int, parts ...[]common.Address) {
	f.t.Helper()
	for r := 1; r <= rounds; r++ {
		p := parts[0]
		if len(parts) >= r {
			p = parts[r-1]
		}
		_, err := f.c.CommitRound(f.ctx, f.coord, id, uint32(r), cid(r), p, 0)
		f.must("commit round", err)
	}
}

func (f *fixture) credit(a common.Address) *big.Int {
	f.t.Helper()
	b, err := f.c.MarketBalance(f.ctx, a)
	f.must("balance", err)
	return b
}

// settled attests metrics with the validators, waits out the window and settles.
func (f *fixture) settled(id *big.Int, metrics ...uint32) {
	f.t.Helper()
	for i, m := range metrics {
		_, err := f.c.Attest(f.ctx, f.vals[i], id, f.lastCommitment(id), m)
		f.must("attest", err)
	}
	f.must("advance", f.sim.AdvanceTime(61*time.Minute))
	_, err := f.c.Settle(f.ctx, f.pub, id)
	f.must("settle", err)
}

func (f *fixture) lastCommitment(id *big.Int) common.Hash {
	f.t.Helper()
	h, err := f.c.LastRoundCommitment(f.ctx, id)
	f.must("last commitment", err)
	return h
}

// A suite with quorum 1, no dispute window or no minimum stake cannot be deployed.
func TestHostileWeakParamsRefused(t *testing.T) {
	f := newFixture(t, 0, hostileParams())
	for name, p := range map[string]DeployParams{
		"quorum 1":         {AttestQuorum: 1, DisputeWindow: time.Hour, UnbondingDelay: 2 * time.Hour, MinStake: hostileParams().MinStake},
		"quorum 2":         {AttestQuorum: 2, DisputeWindow: time.Hour, UnbondingDelay: 2 * time.Hour},
		"no trainer bond":  {TrainerBond: new(big.Int)},
		"no validator min": {ValidatorStake: new(big.Int)},
		"no bid bond":      {BidBond: new(big.Int)},
	} {
		if _, err := f.c.DeploySuite(f.ctx, f.admin, p); RevertName(err) != "InvalidParams" {
			t.Errorf("%s: deploy gave %v, want InvalidParams", name, err)
		}
	}
	// A zero dispute window is refused by the contract (DeploySuite reads zero as its default).
	p := bindings.MarketParams{Treasury: f.admin.Addr, AttestQuorum: 3, TrainerBond: Tokens(1), ValidatorStake: Tokens(1), BidBond: Tokens(1)}
	_, err := f.c.Send(f.ctx, f.admin, Tx{To: f.suite.Market, Data: f.c.k.market.PackSetParams(p), What: "set params"})
	f.wantRevert(err, "InvalidParams")
}

// A selected trainer's second address, registered as a validator, attests uint32.max before any round.
func TestHostileAttestBeforeWork(t *testing.T) {
	f := newFixture(t, 2, hostileParams())
	f.registerTrainer(f.trs[0], Tokens(11), 0)
	f.stakedValidators(Tokens(10))
	id, _ := f.selectedTask(1)
	_, err := f.c.Attest(f.ctx, f.vals[0], id, common.Hash{}, 10_000)
	f.wantRevert(err, "NoRounds")
	f.commitAll(id, 2, f.addrs(1))
	// The connector refuses the metric before signing; the contract refuses it too.
	_, err = f.c.Attest(f.ctx, f.vals[0], id, f.lastCommitment(id), ^uint32(0))
	if cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("connector let metric uint32.max through: %v", err)
	}
	_, err = f.c.Send(f.ctx, f.vals[0], Tx{To: f.suite.Market, Data: f.c.k.market.PackAttest(id, f.lastCommitment(id), ^uint32(0)), What: "attest"})
	f.wantRevert(err, "MetricOutOfRange")
	_, err = f.c.Attest(f.ctx, f.vals[0], id, common.HexToHash("0x1234"), 9000)
	f.wantRevert(err, "WrongCommitment")
}

// One validator of three cannot force the bonus: the result is the median; base pay needs the threshold.
func TestHostileOneValidatorOfThree(t *testing.T) {
	f := newFixture(t, 1, hostileParams())
	f.registerTrainer(f.trs[0], Tokens(11), 0)
	f.stakedValidators(Tokens(10))
	id, _ := f.selectedTask(1)
	f.commitAll(id, 2, f.addrs(1))
	f.settled(id, 5000, 10000, 5100) // honest 50 %, 51 %; the liar says 100 %
	if b := f.credit(f.trs[0].Addr); b.Sign() != 0 {
		t.Fatalf("trainer paid %s for a model below the acceptance threshold", b)
	}
	if info, _ := f.c.Task(f.ctx, id); info.Metric != 5100 {
		t.Fatalf("result %d, want the median 5100", info.Metric)
	}
	if b := f.credit(f.vals[1].Addr); b.Sign() != 0 {
		t.Fatalf("the disagreeing validator was paid %s", b)
	}
	if b := f.credit(f.vals[0].Addr); b.Sign() == 0 {
		t.Fatal("an agreeing validator was not paid")
	}
}

// Validators that agree with the result are paid from the fee.
func TestHostileValidatorsPaid(t *testing.T) {
	f := newFixture(t, 1, hostileParams())
	f.registerTrainer(f.trs[0], Tokens(11), 0)
	f.stakedValidators(Tokens(10))
	id, _ := f.selectedTask(1)
	f.commitAll(id, 2, f.addrs(1))
	f.settled(id, 9000, 9000, 9000)
	for _, v := range f.vals {
		if b := f.credit(v.Addr); b.Sign() == 0 {
			t.Fatalf("validator %s unpaid", v.Addr.Hex())
		}
	}
	// Base 10 + bonus 2; fee 5 % of 10 = 0.5, half to the validators.
	if b := f.credit(f.trs[0].Addr); b.Cmp(Tokens(12)) != 0 {
		t.Fatalf("trainer paid %s, want 12 tokens", b)
	}
}

// A trainer unbonds right after selection: its bond stays in the task until a final state, a dispute
// keeps it there, and the slash finds it.
func TestHostileStakeEscapeByUnbonding(t *testing.T) {
	f := newFixture(t, 1, hostileParams())
	tr := f.trs[0]
	f.registerTrainer(tr, Tokens(11), 0)
	f.stakedValidators(Tokens(10))
	id, _ := f.selectedTask(1)
	_, err := f.c.RequestUnbond(f.ctx, tr, Tokens(11))
	if err == nil {
		f.must("advance", f.sim.AdvanceTime(3*time.Hour))
		if _, err := f.c.WithdrawUnbonded(f.ctx, tr); err == nil {
			t.Fatal("withdrew the stake of a running task")
		}
	}
	f.commitAll(id, 2, f.addrs(1))
	for _, v := range f.vals {
		_, err := f.c.Attest(f.ctx, v, id, f.lastCommitment(id), 9000)
		f.must("attest", err)
	}
	_, err = f.c.Dispute(f.ctx, f.pub, id)
	f.must("dispute", err)
	f.must("advance", f.sim.AdvanceTime(30*time.Minute))
	_, err = f.c.WithdrawUnbonded(f.ctx, tr)
	if err == nil {
		t.Fatal("withdrew while the task is disputed")
	}
	before, _ := f.c.TokenBalance(f.ctx, f.admin.Addr)
	_, err = f.c.SlashContributor(f.ctx, f.admin, id, tr.Addr)
	f.must("slash", err)
	after, _ := f.c.TokenBalance(f.ctx, f.admin.Addr)
	bidBond, _ := f.c.BidBond(f.ctx)
	if d := new(big.Int).Sub(after, before); d.Cmp(new(big.Int).Add(Tokens(10), bidBond)) != 0 {
		t.Fatalf("slash took %s, want the 10-token trainer bond and the bid bond", d)
	}
}

// A disputed task without arbiter action settles with the default outcome after the dispute deadline.
func TestHostileDisputeNotStuck(t *testing.T) {
	f := newFixture(t, 1, hostileParams())
	f.registerTrainer(f.trs[0], Tokens(11), 0)
	f.stakedValidators(Tokens(10))
	id, _ := f.selectedTask(1)
	f.commitAll(id, 2, f.addrs(1))
	for _, v := range f.vals {
		_, err := f.c.Attest(f.ctx, v, id, f.lastCommitment(id), 9000)
		f.must("attest", err)
	}
	_, err := f.c.Dispute(f.ctx, f.pub, id)
	f.must("dispute", err)
	f.must("advance", f.sim.AdvanceTime(3*time.Hour))
	_, err = f.c.Settle(f.ctx, f.pub, id)
	f.must("settle a dispute past its deadline", err)
	if b := f.credit(f.trs[0].Addr); b.Sign() == 0 {
		t.Fatal("default outcome did not pay the attested work")
	}
}

// Frozen and unstaked nodes are skipped by select.
func TestHostileSelectIneligible(t *testing.T) {
	f := newFixture(t, 3, hostileParams())
	for _, a := range f.trs {
		f.registerTrainer(a, Tokens(11), 0)
	}
	f.stakedValidators(Tokens(10))
	spec := f.spec(Tokens(1000))
	spec.Rounds = 1
	id := f.publish(spec)
	for _, a := range f.trs {
		_, err := f.c.Bid(f.ctx, a, id, Tokens(10), 1)
		f.must("bid", err)
	}
	_, err := f.c.SetFrozen(f.ctx, f.admin, f.trs[0].Addr, true)
	f.must("freeze", err)
	_, err = f.c.RequestUnbond(f.ctx, f.trs[1], Tokens(10))
	f.must("unbond", err)
	_, err = f.c.Select(f.ctx, f.pub, id)
	f.must("select", err)
	info, _ := f.c.Task(f.ctx, id)
	for i, b := range info.Bids {
		if b.Selected != (b.Node == f.trs[2].Addr) {
			t.Fatalf("bid %d (%s) selected=%v", i, b.Node.Hex(), b.Selected)
		}
	}
}

// A node's stake is free right after its task settles, not at the task's (far) execution deadline.
func TestHostileLockOutlivesTask(t *testing.T) {
	f := newFixture(t, 1, hostileParams())
	tr := f.trs[0]
	f.registerTrainer(tr, Tokens(11), 0)
	f.stakedValidators(Tokens(10))
	spec := f.spec(Tokens(1000))
	spec.ExecutionDeadline = spec.BiddingDeadline.Add(3 * 365 * 24 * time.Hour)
	spec.Rounds = 1
	id := f.publish(spec)
	_, err := f.c.Bid(f.ctx, tr, id, Tokens(10), 1)
	f.must("bid", err)
	_, err = f.c.Select(f.ctx, f.pub, id)
	f.must("select", err)
	f.commitAll(id, 1, f.addrs(1))
	f.settled(id, 9000, 9000, 9000)
	_, err = f.c.RequestUnbond(f.ctx, tr, Tokens(10))
	f.must("unbond", err)
	f.must("advance", f.sim.AdvanceTime(3*time.Hour))
	_, err = f.c.WithdrawUnbonded(f.ctx, tr)
	f.must("withdraw a settled task's stake", err)
}

// A selected node that contributed to no round is not paid; pay is prorated by rounds contributed; the
// publisher pays nothing for rounds that never happened.
func TestHostileNoWorkNoPay(t *testing.T) {
	f := newFixture(t, 3, hostileParams())
	for _, a := range f.trs {
		f.registerTrainer(a, Tokens(11), 0)
	}
	f.stakedValidators(Tokens(10))
	spec := f.spec(Tokens(1000))
	spec.MetricThreshold, spec.BonusBps, spec.Rounds = 8000, 0, 4
	id := f.publish(spec)
	for _, a := range f.trs {
		_, err := f.c.Bid(f.ctx, a, id, Tokens(40), 1)
		f.must("bid", err)
	}
	_, err := f.c.Select(f.ctx, f.pub, id)
	f.must("select", err)
	// A coordinator cannot count a node twice in a round, nor name a node that was not selected.
	_, err = f.c.CommitRound(f.ctx, f.coord, id, 1, cid(1), []common.Address{f.trs[0].Addr, f.trs[0].Addr}, 0)
	f.wantRevert(err, "NotSelected")
	_, err = f.c.CommitRound(f.ctx, f.coord, id, 1, cid(1), []common.Address{f.vals[0].Addr}, 0)
	f.wantRevert(err, "NotSelected")
	// Trainer 0 contributes to both committed rounds, trainer 1 to one, trainer 2 to none; rounds 3
	// and 4 never happen.
	f.commitAll(id, 2, f.addrs(2), f.addrs(1))
	f.settled(id, 9000, 9000, 9000)
	for i, want := range []int64{20, 10, 0} { // 40 x 2/4, 40 x 1/4, nothing
		if b := f.credit(f.trs[i].Addr); b.Cmp(Tokens(want)) != 0 {
			t.Fatalf("trainer %d paid %s, want %d tokens", i, b, want)
		}
	}
	// Fee 5 % of the 30 tokens of measured work: 1.5; refund 1000 - 30 - 1.5.
	if b := f.credit(f.pub.Addr); b.Cmp(new(big.Int).Sub(Tokens(970), new(big.Int).Div(Tokens(3), big.NewInt(2)))) != 0 {
		t.Fatalf("publisher refund %s", b)
	}
}

// 255 one-token sybil bids made select cost about 22M gas, over the per-transaction cap: the task could
// never start. Now the list is capped at MaxTaskBids (each bid needs a staked trainer and a bid bond) and
// select at the cap stays far below the cap.
func TestHostileSybilBidsSelectAtLimit(t *testing.T) {
	if testing.Short() {
		t.Log("(short: the full list of 128 bidders still runs; it takes seconds)")
	}
	run, err := SelectAtBidLimit(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("bids %d, last bid %d gas, select %d gas choosing %d", run.Bids, run.BidGas, run.SelectGas, run.Selected)
	if run.Bids != MaxTaskBids || run.ExtraRefused != "TooManyBids" {
		t.Fatalf("bids %d, extra bid refused with %q", run.Bids, run.ExtraRefused)
	}
	if run.Selected != MaxTaskNodes || run.SelectGas > 5_000_000 {
		t.Fatalf("select chose %d for %d gas, want %d under 5,000,000", run.Selected, run.SelectGas, MaxTaskNodes)
	}
}

// A bid bonds a refundable bid bond of the bidder's stake: released when the bid is withdrawn before
// select (the bid leaves the list and the last bid takes its slot), by a node that was not selected
// after select, and for a selected node only at the task's final state; refused twice.
func TestBidBondWithdrawAndRelease(t *testing.T) {
	f := newFixture(t, 3, hostileParams())
	for _, a := range f.trs {
		f.registerTrainer(a, Tokens(20), 0)
	}
	f.stakedValidators(Tokens(10))
	bond, err := f.c.BidBond(f.ctx)
	f.must("bid bond", err)
	stakeOf := func(a *Account) (free, bonded *big.Int) {
		n, err := f.c.Node(f.ctx, a.Addr)
		f.must("node", err)
		return n.Stake.Int, n.Bonded.Int
	}
	spec := f.spec(Tokens(100))
	spec.MaxNodes = 1
	id := f.publish(spec)
	for i, a := range f.trs {
		_, err := f.c.Bid(f.ctx, a, id, Tokens(int64(10+i)), 1)
		f.must("bid", err)
		if _, b := stakeOf(a); b.Cmp(bond) != 0 {
			t.Fatalf("bid bonded %s, want %s", b, bond)
		}
	}
	// Trainer 0 withdraws: trainer 2's bid moves into its slot.
	_, err = f.c.WithdrawBid(f.ctx, f.trs[0], id)
	f.must("withdraw bid", err)
	if free, b := stakeOf(f.trs[0]); b.Sign() != 0 || free.Cmp(Tokens(20)) != 0 {
		t.Fatalf("after withdrawal: free %s bonded %s", free, b)
	}
	_, err = f.c.WithdrawBid(f.ctx, f.trs[0], id)
	f.wantRevert(err, "NoBid")
	info, _ := f.c.Task(f.ctx, id)
	if len(info.Bids) != 2 || info.Bids[0].Node != f.trs[2].Addr || info.Bids[1].Node != f.trs[1].Addr {
		t.Fatalf("bids after withdrawal: %+v", info.Bids)
	}
	_, err = f.c.Select(f.ctx, f.pub, id) // one node: the cheaper bid, trainer 1
	f.must("select", err)
	_, err = f.c.WithdrawBid(f.ctx, f.trs[2], id)
	f.must("release an unselected bid", err)
	_, err = f.c.WithdrawBid(f.ctx, f.trs[2], id)
	f.wantRevert(err, "NoBid")
	_, err = f.c.WithdrawBid(f.ctx, f.trs[1], id)
	f.wantRevert(err, "NoBid") // selected: released at the final state
	if _, b := stakeOf(f.trs[1]); b.Cmp(new(big.Int).Add(bond, Tokens(10))) != 0 {
		t.Fatalf("selected node bonded %s, want the bid bond plus the 10-token trainer bond", b)
	}
	f.commitSelected(id)
	f.settled(id, 9000, 9000, 9000)
	for _, a := range f.trs {
		if free, b := stakeOf(a); b.Sign() != 0 || free.Cmp(Tokens(20)) != 0 {
			t.Fatalf("after settlement %s: free %s bonded %s", a.Addr.Hex(), free, b)
		}
	}
}
