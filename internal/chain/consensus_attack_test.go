package chain

import (
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/cohort-net/cohort/internal/consensus"
)

// expectRevert records (without stopping) a failed expectation that err is the custom error name.
func (f *cfix) expectRevert(what string, err error, name string) {
	f.t.Helper()
	if got := RevertName(err); err == nil || got != name {
		f.t.Errorf("%s: want revert %s, got %v", what, name, err)
	}
}

// TestConsensusAttacks runs the commit-reveal attacks against the contract: a non-validator commits; a
// copier commits another validator's commitment and reveals its vector; a reveal without a commitment,
// of a different vector, twice, in the commit phase and after the reveal phase; a commit in the reveal
// phase; malformed vectors; a validator that commits and never reveals. Each is refused with its custom
// error, and the ones that got through the commit earn nothing.
func TestConsensusAttacks(t *testing.T) {
	f := newCFix(t, 5, 4, func(int) *big.Int { return Tokens(100) })
	honest, copier, other, silent, stranger := f.vals[0], f.vals[1], f.vals[2], f.vals[3], f.vals[4]
	outsider := f.nodes[0] // a trainer, not a validator
	a := f.vector(f.nodes, []uint16{4000, 3000, 2000, 1000})
	b := f.vector(f.nodes[:2], []uint16{5000, 5000})
	c := f.vector(f.nodes[2:], []uint16{1, 2})
	e := f.toPhase(true)
	h, err := Commitment(e, outsider.Addr, a)
	f.must("commitment", err)
	_, err = f.k.CommitHash(f.ctx, outsider, h)
	f.expectRevert("non-validator commit", err, "NotValidator")
	_, _, err = f.k.Commit(f.ctx, honest, a)
	f.must("honest commit", err)
	hHonest, err := Commitment(e, honest.Addr, a)
	f.must("commitment", err)
	_, err = f.k.CommitHash(f.ctx, copier, hHonest) // the copier commits the honest validator's hash
	f.must("copier commit", err)
	_, _, err = f.k.Commit(f.ctx, other, b)
	f.must("commit", err)
	_, _, err = f.k.Commit(f.ctx, silent, c)
	f.must("commit", err)
	_, err = f.k.Reveal(f.ctx, honest, e, a)
	f.expectRevert("reveal in the commit phase", err, "RevealClosed")

	f.toPhase(false)
	_, _, err = f.k.Commit(f.ctx, stranger, a)
	f.expectRevert("commit in the reveal phase", err, "CommitClosed")
	_, err = f.k.Reveal(f.ctx, stranger, e, a)
	f.expectRevert("reveal without commit", err, "NoCommitment")
	b2 := b
	b2.Weights = []uint16{9000, 1000}
	_, err = f.k.Reveal(f.ctx, other, e, b2)
	f.expectRevert("reveal of a different vector", err, "CommitmentMismatch")
	_, err = f.k.Reveal(f.ctx, honest, e, a)
	f.must("honest reveal", err)
	_, err = f.k.Reveal(f.ctx, copier, e, a) // the copier reveals what it just saw
	f.expectRevert("copied reveal", err, "CommitmentMismatch")
	_, err = f.k.Reveal(f.ctx, other, e, b)
	f.must("reveal", err)
	_, err = f.k.Reveal(f.ctx, other, e, b)
	f.expectRevert("double reveal", err, "AlreadyRevealed")
	_, err = f.k.Finalize(f.ctx, f.admin, e)
	f.expectRevert("finalize a running epoch", err, "EpochNotOver")

	plays := []play{{v: honest, vec: a, reveal: true}, {v: other, vec: b, reveal: true}}
	f.toPhase(true)
	_, err = f.k.Reveal(f.ctx, silent, e, c)
	f.expectRevert("reveal after the phase", err, "RevealClosed")
	f.finalize(e, plays)
	_, err = f.k.Finalize(f.ctx, f.admin, e)
	f.expectRevert("finalize twice", err, "AlreadyFinalized")
	for _, v := range []*Account{copier, silent, stranger} {
		bal, err := f.k.Balance(f.ctx, v.Addr)
		f.must("balance", err)
		bond, _, err := f.k.Bond(f.ctx, v.Addr)
		f.must("bond", err)
		if bal.Sign() != 0 || bond != 0 {
			t.Errorf("validator %s that did not reveal got %v and bond %d", v.Addr, bal, bond)
		}
	}
	bal, err := f.k.Balance(f.ctx, honest.Addr)
	f.must("balance", err)
	if bal.Sign() == 0 {
		t.Error("the honest validator got nothing")
	}
	before, err := f.c.TokenBalance(f.ctx, honest.Addr)
	f.must("token balance", err)
	_, err = f.k.Claim(f.ctx, honest)
	f.must("claim", err)
	after, err := f.c.TokenBalance(f.ctx, honest.Addr)
	f.must("token balance", err)
	if got := new(big.Int).Sub(after, before); got.Cmp(bal) != 0 {
		t.Errorf("claimed %v of a balance of %v", got, bal)
	}
	_, err = f.k.Claim(f.ctx, honest)
	f.expectRevert("claim twice", err, "NothingToClaim")
	f.checkHeld()

	// malformed vectors, each committed first so that only the vector check can refuse them
	e = f.toPhase(true)
	bad := []struct {
		v    *Account
		vec  Vector
		want string
	}{
		{honest, f.vector(f.nodes[:1], []uint16{consensus.MaxWeight + 1}), "WeightOutOfRange"},
		{copier, f.vector([]*Account{f.nodes[0], f.nodes[0]}, []uint16{1, 1}), "DuplicateNode"},
		{other, f.vector([]*Account{f.nodes[0], stranger}, []uint16{1, 1}), "NotScorable"},
		{silent, f.vector(f.nodes[:2], []uint16{0, 0}), "EmptyVector"},
		{stranger, f.vector(f.nodes[:2], []uint16{1}), "BadVector"},
	}
	for _, x := range bad {
		_, _, err := f.k.Commit(f.ctx, x.v, x.vec)
		f.must("commit", err)
	}
	f.toPhase(false)
	for _, x := range bad {
		_, err := f.k.Reveal(f.ctx, x.v, e, x.vec)
		f.expectRevert("reveal "+x.want, err, x.want)
	}
	// epochs are finalized in order: an older one cannot be finalized after a newer one
	f.toPhase(true)
	f.toPhase(false)
	f.toPhase(true)
	_, err = f.k.Finalize(f.ctx, f.admin, e+1)
	f.must("finalize a later epoch", err)
	_, err = f.k.Finalize(f.ctx, f.admin, e)
	f.expectRevert("finalize out of order", err, "EpochOutOfOrder")
	_, err = f.k.Claim(f.ctx, copier)
	f.expectRevert("claim nothing", err, "NothingToClaim")
	_, err = f.k.Fund(f.ctx, f.admin, big.NewInt(0))
	f.expectRevert("fund nothing", err, "InvalidAmount")
	_, err = f.k.SetParams(f.ctx, copier, 1, 1, big.NewInt(1))
	f.expectRevert("set params by a validator", err, "AccessControlUnauthorizedAccount")
	_, err = f.k.SetParams(f.ctx, f.admin, 0, 1, big.NewInt(1))
	f.expectRevert("alpha 0", err, "InvalidParams")
	f.checkHeld()
}

// TestConsensusCopierOnChain: over eight epochs of a drifting network, a validator that reveals the
// previous epoch's consensus (all it can copy: this epoch's vectors are hidden until after the commit
// phase) earns less than every honest validator of the same stake. Every epoch is also checked against
// the reference.
func TestConsensusCopierOnChain(t *testing.T) {
	f := newCFix(t, 4, 8, func(int) *big.Int { return Tokens(100) })
	rng := rand.New(rand.NewPCG(5, 5))
	quality := make([]float64, len(f.nodes))
	for j := range quality {
		quality[j] = 0.2 + 0.8*rng.Float64()
	}
	for range 8 {
		for j := range quality {
			quality[j] = min(max(quality[j]+rng.NormFloat64()*0.15, 0.02), 1)
		}
		var plays []play
		for _, v := range f.vals[:3] {
			ws := make([]uint16, len(f.nodes))
			for j, q := range quality {
				ws[j] = consensus.DefaultMix.Weight(consensus.Score{Quality: q + rng.NormFloat64()*0.01, Inference: q, Uptime: 1})
			}
			plays = append(plays, play{v: v, vec: f.vector(f.nodes, ws), reveal: true})
		}
		ws := make([]uint16, len(f.nodes))
		for j, n := range f.nodes {
			c, err := f.k.NodeConsensus(f.ctx, n.Addr)
			f.must("consensus of node", err)
			ws[j] = uint16(min(c/(consensus.One/consensus.MaxWeight), consensus.MaxWeight))
			if c == 0 {
				ws[j] = consensus.MaxWeight // nothing to copy yet
			}
		}
		plays = append(plays, play{v: f.vals[3], vec: f.vector(f.nodes, ws), reveal: true})
		f.finalize(f.epoch(plays), plays)
	}
	cop, err := f.k.Balance(f.ctx, f.vals[3].Addr)
	f.must("balance", err)
	for i, v := range f.vals[:3] {
		h, err := f.k.Balance(f.ctx, v.Addr)
		f.must("balance", err)
		if cop.Cmp(h) >= 0 {
			t.Errorf("copier earned %v, honest validator %d %v", cop, i, h)
		}
		if i == 0 {
			r, _ := new(big.Rat).SetFrac(cop, h).Float64()
			t.Logf("copier earns %.3f of an honest validator", r)
		}
	}
}

// TestConsensusCartelOnChain: two validators holding 20 % of the stake put all their weight on one node
// that the eight honest validators give a 1/16 share. The node's consensus stays the honest value and
// its consensus weight rises only to h/(0.8 + 0.2·h) (the cartel's clipped weight), not to the
// 0.8·h + 0.2 an unclipped mean would give it.
func TestConsensusCartelOnChain(t *testing.T) {
	f := newCFix(t, 10, 16, func(int) *big.Int { return Tokens(100) })
	honest := make([]uint16, len(f.nodes))
	for j := range honest {
		honest[j] = 1000
	}
	target := f.nodes[5]
	var plays []play
	for i, v := range f.vals {
		vec := f.vector(f.nodes, honest)
		if i < 2 {
			vec = f.vector([]*Account{target}, []uint16{consensus.MaxWeight})
		}
		plays = append(plays, play{v: v, vec: vec, reveal: true})
	}
	// the honest validators reveal first so that the node order is the honest list
	plays = append(plays[2:], plays[:2]...)
	f.finalize(f.epoch(plays), plays)
	h := consensus.One / 16
	j := 5
	got := f.lastScores[j] // as the chain computed it (finalize also checked it against the reference)
	if got.Node != target.Addr || got.Consensus != h {
		t.Errorf("target %s consensus %d, want the honest %d", got.Node, got.Consensus, h)
	}
	bound := float64(h) / (0.8 + 0.2/16) // h/(0.8+0.2h) in units of One
	unclipped := 0.8*float64(h) + 0.2*float64(consensus.One)
	if w := float64(got.Weight); w > bound+1 {
		t.Errorf("target weight %.0f above the clip's bound %.0f (unclipped: %.0f)", w, bound, unclipped)
	}
	t.Logf("target weight %d (honest %d, clip bound %.0f, unclipped mean %.0f)", got.Weight, h, bound, unclipped)
}

// TestConsensusReputationSelects: the reputation consensus writes is what ReputationWeighted selects by.
// Two trainers bid the same rate for a one-node task; the one the validators scored higher is selected,
// and after an epoch that scores them the other way round, the other one is.
func TestConsensusReputationSelects(t *testing.T) {
	f := newCFix(t, 3, 2, func(int) *big.Int { return Tokens(100) })
	fx := &fixture{t: t, ctx: f.ctx, sim: f.sim, c: f.c, admin: f.admin, pub: f.vals[0], coord: f.vals[1]}
	pick := func() common.Address {
		spec := fx.spec(Tokens(100))
		spec.MaxNodes, spec.Scheduler = 1, SchedulerReputationWeighted
		id := fx.publish(spec)
		for _, n := range f.nodes {
			_, err := f.c.Bid(f.ctx, n, id, Tokens(10), 1)
			f.must("bid", err)
		}
		f.must("advance", f.sim.AdvanceTime(2*time.Hour))
		_, err := f.c.Select(f.ctx, f.admin, id)
		f.must("select", err)
		info, err := f.c.Task(f.ctx, id)
		f.must("task", err)
		for _, b := range info.Bids {
			if b.Selected {
				return b.Node
			}
		}
		t.Fatal("nobody selected")
		return common.Address{}
	}
	for round, ws := range [][]uint16{{9000, 1000}, {1000, 9000}} {
		var plays []play
		for _, v := range f.vals {
			plays = append(plays, play{v: v, vec: f.vector(f.nodes, ws), reveal: true})
		}
		f.finalize(f.epoch(plays), plays)
		want := f.nodes[round].Addr
		if got := pick(); got != want {
			t.Fatalf("round %d: selected %s, want %s (the node consensus scored higher)", round, got, want)
		}
	}
}
