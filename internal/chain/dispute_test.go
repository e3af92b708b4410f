package chain

import (
	"context"
	"crypto/sha256"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/verify"
)

// disputeFixture: the suite and a TrainingDispute; trs[0] is a trainer staking 5,000 tokens, trs[1]
// the challenger and vals the arbiters (all staked validators).
type disputeFixture struct {
	*fixture
	td      *TrainingDispute
	trainer *Account
	chal    *Account
}

func newDisputeFixture(t *testing.T) *disputeFixture {
	f := newFixture(t, 2, DeployParams{})
	td, err := f.c.DeployTrainingDispute(f.ctx, f.admin, DisputeParams{})
	f.must("deploy training dispute", err)
	f.registerTrainer(f.trs[0], Tokens(5000), 0)
	for _, v := range append([]*Account{f.trs[1]}, f.vals...) {
		f.registerValidator(v)
	}
	f.fund(f.trs[1], Tokens(1000))
	return &disputeFixture{fixture: f, td: td, trainer: f.trs[0], chal: f.trs[1]}
}

// trainedRound is the trainer's round: an honest checkpoint chain of 9 checkpoints, or one that skips
// block skip (skip >= 0), with its job and signed commitment.
type trainedRound struct {
	chain *fl.CheckpointChain
	job   *verify.Job
	sig   []byte
}

func trainRound(t *testing.T, trainer *Account, round uint64, skip int) *trainedRound {
	t.Helper()
	return trainRoundFor(t, trainer, [32]byte{31: 1}, round, skip)
}

// trainRoundFor is trainRound for a given task (a market task id, TaskIDHash, for a game tied to the
// market).
func trainRoundFor(t *testing.T, trainer *Account, task [32]byte, round uint64, skip int) *trainedRound {
	t.Helper()
	r := rand.New(rand.NewPCG(4, 1))
	d := &dataset.Dataset{X: make([]float64, 60*4), Y: make([]int, 60), N: 60, D: 4, Classes: []string{"a", "b", "c"}}
	for i := range d.X {
		d.X[i] = r.NormFloat64()
	}
	for i := range d.Y {
		d.Y[i] = r.IntN(3)
	}
	spec := fl.ModelSpec{Kind: fl.KindSoftmax, Inputs: 4, Classes: 3}
	m, err := fl.NewModel(spec, 3)
	if err != nil {
		t.Fatal(err)
	}
	global := slices.Clone(m.Params)
	cfg := fl.TrainConfig{Optimizer: fl.OptSGD, LR: 0.1, Momentum: 0.9, Epochs: 2, BatchSize: 5, Seed: 77}
	_, c, err := fl.TrainCheckpointed(context.Background(), m, d, cfg, 3)
	if err != nil {
		t.Fatal(err)
	}
	update := fl.WireDelta(m.Params, global)
	if skip >= 0 { // the lazy trainer: the state after block skip is the state before it
		c.States = slices.Clone(c.States)
		fake := c.States[skip]
		fake.Block, fake.Step = skip+1, c.States[skip+1].Step
		c.States[skip+1] = fake
		leaves := make([][32]byte, len(c.States))
		for i := range leaves {
			leaves[i] = c.States[i].Hash()
		}
		if c.Tree, err = fl.NewMerkleTree(leaves); err != nil {
			t.Fatal(err)
		}
	}
	job := &verify.Job{Spec: spec, Global: global, Config: cfg, Update: update,
		Commitment: verify.Commit(task, round, cohort.NodeID(trainer.Addr), c, global, update)}
	sig, err := SignCommitment(trainer, job.Commitment)
	if err != nil {
		t.Fatal(err)
	}
	return &trainedRound{chain: c, job: job, sig: sig}
}

func (r *trainedRound) fetch(_ context.Context, b int) (*fl.BlockDisclosure, error) {
	return r.chain.Disclose(b)
}

// play runs dispute id on chain until the arbiters voted: the trainer answers from its chain, the
// challenger halves with choose, each arbiter votes its own re-execution (verify.Judge).
func (f *disputeFixture) play(id uint64, r *trainedRound, choose func(DisputeState) bool) DisputeState {
	f.t.Helper()
	for {
		st, err := f.td.Dispute(f.ctx, id)
		f.must("read dispute", err)
		var rc *types.Receipt
		switch st.Phase {
		case verify.AwaitMidpoint:
			rc, err = f.td.PostMidpoint(f.ctx, f.trainer, id, r.chain.Tree.Leaf(int(st.Mid)), r.chain.Tree.Proof(int(st.Mid)))
		case verify.AwaitChoice:
			rc, err = f.td.Choose(f.ctx, f.chal, id, choose(st))
		case verify.AwaitDisclosure:
			ds, _ := r.chain.Disclose(int(st.Lo))
			b, _ := ds.MarshalBinary()
			rc, err = f.td.Disclose(f.ctx, f.trainer, id, sha256.Sum256(b))
		case verify.AwaitVotes:
			ds, _ := r.chain.Disclose(int(st.Lo))
			b, _ := ds.MarshalBinary()
			if sha256.Sum256(b) != st.Disclosure {
				f.t.Fatal("fetched disclosure does not match the published hash")
			}
			for _, party := range []*Account{f.trainer, f.chal} { // the parties are no arbiters
				_, err := f.td.Vote(f.ctx, party, id, party == f.trainer)
				f.wantRevert(err, "NotEligible")
			}
			for _, a := range f.vals {
				if st, _ := f.td.Dispute(f.ctx, id); !st.Open {
					break
				}
				rc, err := f.td.Vote(f.ctx, a, id, verify.Judge(f.ctx, r.job, ds) == nil)
				f.must("vote", err)
				f.t.Logf("gas: vote %d", rc.GasUsed)
			}
			st, err := f.td.Dispute(f.ctx, id)
			f.must("read dispute", err)
			return st
		default:
			return st
		}
		f.must("move", err)
		f.t.Logf("gas: %v move %d", st.Phase, rc.GasUsed)
	}
}

func (f *disputeFixture) balance(a *Account) *big.Int {
	b, err := f.c.TokenBalance(f.ctx, a.Addr)
	f.must("balance", err)
	return b
}

func TestDisputeLazyTrainerSlashed(t *testing.T) {
	f := newDisputeFixture(t)
	r := trainRound(t, f.trainer, 1, 3)
	before := f.balance(f.chal)
	id, rc, err := f.td.Open(f.ctx, f.chal, r.job.Commitment, r.sig, 0, r.job.Commitment.Checkpoints-1)
	f.must("open", err)
	t.Logf("gas: open %d", rc.GasUsed)
	st := f.play(id, r, func(st DisputeState) bool {
		g := &verify.Game{Lo: int(st.Lo), Hi: int(st.Hi), Mid: int(st.Mid)}
		first, err := verify.Halve(f.ctx, r.job, g, r.fetch)
		f.must("halve", err)
		return first
	})
	if st.Outcome != verify.ChallengerWins || st.Lo != 3 {
		t.Fatalf("outcome %v at block %d, want challenger wins at 3", st.Outcome, st.Lo)
	}
	n, err := f.c.Node(f.ctx, f.trainer.Addr)
	f.must("node", err)
	if n.Stake.Cmp(Tokens(4000)) != 0 {
		t.Fatalf("trainer stake %v after the slash, want 4000 tokens", n.Stake)
	}
	if got := new(big.Int).Sub(f.balance(f.chal), before); got.Cmp(Tokens(1000)) != 0 {
		t.Fatalf("challenger gained %v, want the 1000-token slash (bond returned)", got)
	}
}

func TestDisputeDishonestChallengerLosesBond(t *testing.T) {
	f := newDisputeFixture(t)
	r := trainRound(t, f.trainer, 1, -1)
	tb, cb := f.balance(f.trainer), f.balance(f.chal)
	id, _, err := f.td.Open(f.ctx, f.chal, r.job.Commitment, r.sig, 0, r.job.Commitment.Checkpoints-1)
	f.must("open", err)
	st := f.play(id, r, func(DisputeState) bool { return true })
	if st.Outcome != verify.TrainerWins {
		t.Fatalf("honest trainer: %v", st.Outcome)
	}
	if d := new(big.Int).Sub(f.balance(f.trainer), tb); d.Cmp(Tokens(100)) != 0 {
		t.Fatalf("trainer got %v, want the 100-token bond", d)
	}
	if d := new(big.Int).Sub(cb, f.balance(f.chal)); d.Cmp(Tokens(100)) != 0 {
		t.Fatalf("challenger lost %v, want its bond", d)
	}
	n, _ := f.c.Node(f.ctx, f.trainer.Addr)
	if n.Stake.Cmp(Tokens(5000)) != 0 {
		t.Fatalf("honest trainer's stake %v", n.Stake)
	}
}

func TestDisputeTimeouts(t *testing.T) {
	f := newDisputeFixture(t)
	r := trainRound(t, f.trainer, 1, -1)
	c := r.job.Commitment
	id, _, err := f.td.Open(f.ctx, f.chal, c, r.sig, 0, c.Checkpoints-1)
	f.must("open", err)
	_, err = f.td.Timeout(f.ctx, f.admin, id)
	f.wantRevert(err, "NotLate")
	f.must("advance", f.sim.AdvanceTime(2*time.Hour))
	_, err = f.td.PostMidpoint(f.ctx, f.trainer, id, r.chain.Tree.Leaf(4), r.chain.Tree.Proof(4))
	f.wantRevert(err, "Late")
	_, err = f.td.Timeout(f.ctx, f.admin, id)
	f.must("timeout", err)
	if st, _ := f.td.Dispute(f.ctx, id); st.Outcome != verify.ChallengerWins {
		t.Fatalf("silent trainer: %v", st.Outcome)
	}
	// The key is free again: a new challenge of the same round, where the challenger goes silent.
	id, _, err = f.td.Open(f.ctx, f.chal, c, r.sig, 0, c.Checkpoints-1)
	f.must("reopen", err)
	_, err = f.td.PostMidpoint(f.ctx, f.trainer, id, r.chain.Tree.Leaf(4), r.chain.Tree.Proof(4))
	f.must("midpoint", err)
	f.must("advance", f.sim.AdvanceTime(2*time.Hour))
	_, err = f.td.Timeout(f.ctx, f.admin, id)
	f.must("timeout", err)
	if st, _ := f.td.Dispute(f.ctx, id); st.Outcome != verify.TrainerWins {
		t.Fatalf("silent challenger: %v", st.Outcome)
	}
}

func TestDisputeRefusals(t *testing.T) {
	f := newDisputeFixture(t)
	r := trainRound(t, f.trainer, 1, -1)
	c := r.job.Commitment
	out, err := f.c.Call(f.ctx, f.td.addr, f.td.abi.PackDigest(commitmentArg(c)), "digest")
	f.must("digest", err)
	if got, _ := f.td.abi.UnpackDigest(out); got != c.Digest() {
		t.Fatal("the contract's digest differs from verify.Commitment.Digest")
	}
	replay := c
	replay.Round = 2 // the round-1 signature replayed for round 2
	_, _, err = f.td.Open(f.ctx, f.chal, replay, r.sig, 0, 8)
	f.wantRevert(err, "BadSignature")
	forged, err := SignCommitment(f.chal, verify.Commitment{Trainer: cohort.NodeID(f.chal.Addr)})
	f.must("sign", err)
	_, _, err = f.td.Open(f.ctx, f.chal, c, forged, 0, 8)
	f.wantRevert(err, "BadSignature")
	_, _, err = f.td.Open(f.ctx, f.trainer, c, r.sig, 0, 8)
	f.wantRevert(err, "NotEligible")
	_, _, err = f.td.Open(f.ctx, f.chal, c, r.sig, 0, 9)
	f.wantRevert(err, "BadInterval")
	id, _, err := f.td.Open(f.ctx, f.chal, c, r.sig, 0, 8)
	f.must("open", err)
	_, _, err = f.td.Open(f.ctx, f.vals[0], c, r.sig, 0, 8)
	f.wantRevert(err, "AlreadyDisputed")
	_, err = f.td.PostMidpoint(f.ctx, f.trainer, id, r.chain.Tree.Leaf(3), r.chain.Tree.Proof(4))
	f.wantRevert(err, "BadProof")
	_, err = f.td.Choose(f.ctx, f.chal, id, true)
	f.wantRevert(err, "NotYourMove")
	n, _ := f.c.Node(f.ctx, f.trainer.Addr)
	if n.Bonded.Sign() == 0 {
		t.Fatal("an open dispute does not bond the trainer's stake")
	}
	st := f.play(id, r, func(DisputeState) bool { return false })
	if st.Outcome != verify.TrainerWins {
		t.Fatalf("outcome %v", st.Outcome)
	}
	_, err = f.td.Vote(f.ctx, f.vals[2], id, false)
	f.wantRevert(err, "NotYourMove")
}
