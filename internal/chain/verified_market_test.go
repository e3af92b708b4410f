package chain

import (
	"math/big"
	"testing"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/verify"
)

// verifiedMarket: a suite whose TrainingDispute is tied to the market; trs[0..2] are staked trainers
// (trs[0] the lazy one), trs[3] a staked validator that challenges, vals the arbiters.
func verifiedMarket(t *testing.T) (*disputeFixture, *big.Int) {
	f := newFixture(t, 4, hostileParams())
	// Moves may take 3 hours: the tests let the market's 1-hour dispute window pass during a game.
	td, err := f.c.DeployTrainingDispute(f.ctx, f.admin, DisputeParams{Market: f.suite.Market, MoveTimeout: 3 * time.Hour})
	f.must("deploy training dispute", err)
	for _, a := range f.trs[:3] {
		f.registerTrainer(a, Tokens(5000), 0)
	}
	f.stakedValidators(Tokens(10))
	chal := f.trs[3]
	f.fund(chal, Tokens(1000))
	_, err = f.c.Register(f.ctx, chal, NodeProfile{Roles: []cohort.Role{cohort.RoleValidator}, Endpoint: "http://127.0.0.1:1/c"}, Tokens(10))
	f.must("register challenger", err)
	id, _ := f.selectedTask(3)
	f.commitAll(id, 2, f.addrs(3))
	for _, v := range f.vals {
		_, err := f.c.Attest(f.ctx, v, id, f.lastCommitment(id), 9000)
		f.must("attest", err)
	}
	return &disputeFixture{fixture: f, td: td, trainer: f.trs[0], chal: chal}, id
}

// A trainer that skipped a step block of a market task loses the bisection game to a validator's
// challenge: the task's settlement waits for the game, the trainer is not paid for the task, and its
// task bond and bid bond go to the challenger on top of the game's own slash. The honest trainers are
// paid as before. Without the market's hold on settlement (ChallengePending) the lazy trainer would be
// paid before the game ends; without challengeClosed's slash it would be paid after losing.
func TestVerifiedLazyTrainerNotPaid(t *testing.T) {
	f, id := verifiedMarket(t)
	task := TaskIDHash(id)
	// Only a selected trainer of the task can be challenged under the task's id.
	stranger := trainRoundFor(t, f.vals[1], task, 1, 3)
	_, _, err := f.td.Open(f.ctx, f.chal, stranger.job.Commitment, stranger.sig, 0, stranger.job.Commitment.Checkpoints-1)
	f.wantRevert(err, "NotSelected")

	r := trainRoundFor(t, f.trainer, task, 1, 3)
	chalBefore := f.balance(f.chal)
	did, _, err := f.td.Open(f.ctx, f.chal, r.job.Commitment, r.sig, 0, r.job.Commitment.Checkpoints-1)
	f.must("open", err)
	// The dispute window passes while the game runs: settlement waits.
	f.must("advance", f.sim.AdvanceTime(61*time.Minute))
	_, err = f.c.Settle(f.ctx, f.pub, id)
	f.wantRevert(err, "ChallengePending")
	st := f.play(did, r, func(st DisputeState) bool {
		g := &verify.Game{Lo: int(st.Lo), Hi: int(st.Hi), Mid: int(st.Mid)}
		first, err := verify.Halve(f.ctx, r.job, g, r.fetch)
		f.must("halve", err)
		return first
	})
	if st.Outcome != verify.ChallengerWins {
		t.Fatalf("outcome %v, want challenger wins", st.Outcome)
	}
	_, err = f.c.Settle(f.ctx, f.pub, id)
	f.must("settle", err)
	if b := f.credit(f.trainer.Addr); b.Sign() != 0 {
		t.Fatalf("the lazy trainer was credited %s", b)
	}
	for _, a := range f.trs[1:3] {
		if b := f.credit(a.Addr); b.Cmp(Tokens(12)) != 0 { // 10 tokens x 2/2 rounds + 20 % bonus
			t.Fatalf("honest trainer credited %s, want 12 tokens", b)
		}
	}
	// The challenger: its bond back, the game's 1,000-token slash, and the trainer's task bond (10) and
	// bid bond (0.1) from the market.
	want := new(big.Int).Add(Tokens(1010), new(big.Int).Div(Tokens(1), big.NewInt(10)))
	if got := new(big.Int).Sub(f.balance(f.chal), chalBefore); got.Cmp(want) != 0 {
		t.Fatalf("challenger gained %s, want %s", got, want)
	}
}

// A challenge the trainer wins (it trained honestly) releases settlement and pays it in full; the
// challenger's bond goes to the trainer.
func TestVerifiedHonestTrainerPaid(t *testing.T) {
	f, id := verifiedMarket(t)
	r := trainRoundFor(t, f.trainer, TaskIDHash(id), 1, -1)
	did, _, err := f.td.Open(f.ctx, f.chal, r.job.Commitment, r.sig, 0, r.job.Commitment.Checkpoints-1)
	f.must("open", err)
	st := f.play(did, r, func(DisputeState) bool { return true })
	if st.Outcome != verify.TrainerWins {
		t.Fatalf("outcome %v, want trainer wins", st.Outcome)
	}
	f.must("advance", f.sim.AdvanceTime(61*time.Minute))
	_, err = f.c.Settle(f.ctx, f.pub, id)
	f.must("settle", err)
	if b := f.credit(f.trainer.Addr); b.Cmp(Tokens(12)) != 0 {
		t.Fatalf("honest trainer credited %s, want 12 tokens", b)
	}
}

// The guardian pauses new publishes and bids; a stranger cannot pause; withdrawals, settlement and bid
// withdrawal go on while paused.
func TestGuardianPause(t *testing.T) {
	f := newFixture(t, 3, hostileParams())
	for _, a := range f.trs {
		f.registerTrainer(a, Tokens(50), 0) // enough free stake for a second bid
	}
	f.stakedValidators(Tokens(10))
	open := f.publish(f.spec(Tokens(100)))
	_, err := f.c.Bid(f.ctx, f.trs[2], open, Tokens(10), 1)
	f.must("bid", err)
	id, _ := f.selectedTask(2)
	f.commitAll(id, 2, f.addrs(2))

	_, err = f.c.SetPaused(f.ctx, f.trs[0], true)
	f.wantRevert(err, "AccessControlUnauthorizedAccount")
	_, err = f.c.SetPaused(f.ctx, f.admin, true)
	f.must("pause", err)
	if p, err := f.c.MarketPaused(f.ctx); err != nil || !p {
		t.Fatalf("paused %v, %v", p, err)
	}
	f.fund(f.pub, Tokens(100))
	_, _, err = f.c.Publish(f.ctx, f.pub, f.spec(Tokens(100)))
	f.wantRevert(err, "Paused")
	_, err = f.c.Bid(f.ctx, f.trs[1], open, Tokens(10), 1)
	f.wantRevert(err, "Paused")
	// Everything that moves money out goes on.
	_, err = f.c.WithdrawBid(f.ctx, f.trs[2], open)
	f.must("withdraw bid while paused", err)
	f.settled(id, 9000, 9000, 9000)
	bal := f.credit(f.trs[0].Addr)
	_, err = f.c.Withdraw(f.ctx, f.trs[0], bal)
	f.must("withdraw while paused", err)
	_, err = f.c.SetPaused(f.ctx, f.admin, false)
	f.must("resume", err)
	_, _, err = f.c.Publish(f.ctx, f.pub, f.spec(Tokens(100)))
	f.must("publish after resume", err)
}

// Part of the fee funds ValidatorConsensus's reward pool: the market credits the consensus its share
// (DefaultPoolSharePct of the fee after the validators' share) in poolOwed, collectFees moves it into the
// pool, and validators + pool + treasury get exactly the fee.
func TestFeeFundsConsensusPool(t *testing.T) {
	f := newFixture(t, 2, hostileParams())
	for _, a := range f.trs {
		f.registerTrainer(a, Tokens(20), 0)
	}
	f.stakedValidators(Tokens(10))
	id, _ := f.selectedTask(2)
	f.commitAll(id, 2, f.addrs(2))
	f.settled(id, 9000, 9000, 9000)
	// Work 20 tokens, fee 5 % = 1 token: the validators' 5000 bps in equal parts, then the pool gets
	// DefaultPoolSharePct of the rest and the treasury what is left.
	fee := Tokens(1)
	paid := new(big.Int)
	for _, v := range f.vals {
		paid.Add(paid, f.credit(v.Addr))
	}
	rest := new(big.Int).Sub(fee, paid)
	wantPool := new(big.Int).Div(new(big.Int).Mul(rest, big.NewInt(DefaultPoolSharePct)), big.NewInt(100))
	pool, err := f.c.PoolOwed(f.ctx)
	f.must("pool owed", err)
	if pool.Sign() == 0 || pool.Cmp(wantPool) != 0 {
		t.Fatalf("consensus credited %s, want %s", pool, wantPool)
	}
	if tr := f.credit(f.admin.Addr); new(big.Int).Add(tr, pool).Cmp(rest) != 0 {
		t.Fatalf("treasury %s + pool %s != the fee's rest %s", tr, pool, rest)
	}
	vc := f.c.ConsensusAt(f.suite.Consensus)
	before, err := vc.Status(f.ctx)
	f.must("consensus status", err)
	_, err = vc.CollectFees(f.ctx, f.trs[0])
	f.must("collect fees", err)
	after, err := vc.Status(f.ctx)
	f.must("consensus status", err)
	if d := new(big.Int).Sub(after.Pool.Int, before.Pool.Int); d.Cmp(pool) != 0 {
		t.Fatalf("pool grew by %s, want %s", d, pool)
	}
	if b, err := f.c.PoolOwed(f.ctx); err != nil || b.Sign() != 0 {
		t.Fatalf("pool still owed %v after collecting (%v)", b, err)
	}
	// Nobody but the consensus takes the pool's fees.
	_, err = f.c.marketTx(f.ctx, f.trs[0], f.c.k.market.PackCollectPool(), "collect pool")
	f.wantRevert(err, "NotValidator")
	if _, err = vc.CollectFees(f.ctx, f.trs[0]); err == nil {
		t.Fatal("collecting an empty credit succeeded")
	}
}
