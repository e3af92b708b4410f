package chain

import (
	"context"
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/consensus"
)

// cfix is a simulated chain with the suite (and its ValidatorConsensus) deployed, validators and
// scored nodes registered. Accounts: 0 admin, then validators, then nodes.
type cfix struct {
	t     *testing.T
	ctx   context.Context
	sim   *Simulated
	c     *Conn
	k     *Consensus
	admin *Account
	vals  []*Account
	nodes []*Account
	st    ConsensusStatus
	// the NodeScored events of the last finalize: what the chain computed
	lastScores []ConsensusScore
	// the reference's view of every validator's bond: value and one more than its last epoch
	bonds map[common.Address][2]uint64
}

func newCFix(t *testing.T, validators, nodes int, stake func(i int) *big.Int) *cfix {
	t.Helper()
	ctx := context.Background()
	sim, err := NewSimulated(ctx, 1+validators+nodes, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sim.Close() })
	f := &cfix{t: t, ctx: ctx, sim: sim, c: sim.Conn, admin: sim.Accounts[0], vals: sim.Accounts[1 : 1+validators],
		nodes: sim.Accounts[1+validators:], bonds: map[common.Address][2]uint64{}}
	if _, err := f.c.DeploySuite(ctx, f.admin, DeployParams{Gov: DevGovParams()}); err != nil {
		t.Fatal(err)
	}
	if err := f.c.GrantOperator(ctx, f.admin, f.admin.Addr); err != nil { // these tests set the consensus's parameters directly
		t.Fatal(err)
	}
	if f.k, err = f.c.SuiteConsensus(); err != nil {
		t.Fatal(err)
	}
	for i, v := range f.vals {
		s := stake(i)
		_, err := f.c.Transfer(ctx, f.admin, v.Addr, s)
		f.must("fund validator", err)
		_, err = f.c.Register(ctx, v, NodeProfile{Roles: []cohort.Role{cohort.RoleValidator}, Endpoint: "http://127.0.0.1:1/v"}, s)
		f.must("register validator", err)
	}
	for _, n := range f.nodes {
		// enough stake for the market's bid and trainer bonds (the selection test bids with them)
		_, err := f.c.Transfer(ctx, f.admin, n.Addr, Tokens(10))
		f.must("fund node", err)
		_, err = f.c.Register(ctx, n, NodeProfile{Roles: []cohort.Role{cohort.RoleTrainer}, Endpoint: "http://127.0.0.1:1/n", HourlyRate: Tokens(1)}, Tokens(10))
		f.must("register node", err)
	}
	_, err = f.k.Fund(ctx, f.admin, Tokens(1_000_000))
	f.must("fund pool", err)
	_, err = f.k.SetParams(ctx, f.admin, consensus.Default.Alpha, consensus.Default.NodeShareBps, Tokens(1000))
	f.must("set params", err)
	f.st, err = f.k.Status(ctx)
	f.must("status", err)
	return f
}

func (f *cfix) must(what string, err error) {
	f.t.Helper()
	if err != nil {
		f.t.Fatalf("%s: %v", what, err)
	}
}

func (f *cfix) wantRevert(err error, name string) {
	f.t.Helper()
	if err == nil {
		f.t.Fatalf("want revert %s, got success", name)
	}
	if got := RevertName(err); got != name {
		f.t.Fatalf("want revert %s, got %q (%v)", name, got, err)
	}
	if c := cohort.Code(err); c == cohort.EInternal || c == cohort.EInvalid && name != "BadVector" && name != "EmptyVector" && name != "WeightOutOfRange" && name != "DuplicateNode" {
		f.t.Fatalf("revert %s mapped to %s: %v", name, c, err)
	}
}

// toPhase advances the chain's clock to the next commit phase (the start of the next epoch, unless the
// current one has just started) or to the current epoch's reveal phase.
func (f *cfix) toPhase(commit bool) uint64 {
	f.t.Helper()
	now, err := f.c.HeadTime(f.ctx)
	f.must("head", err)
	l, cw := uint64(f.st.EpochLength), uint64(f.st.CommitWindow)
	off := (uint64(now.Unix()) - f.st.Start) % l
	var d uint64
	switch {
	case commit && off+60 >= cw:
		d = l - off
	case !commit && off < cw:
		d = cw - off
	}
	if d != 0 {
		f.must("advance", f.sim.AdvanceTime(time.Duration(d)*time.Second))
	}
	st, err := f.k.Status(f.ctx)
	f.must("status", err)
	if st.CommitPhase != commit {
		f.t.Fatalf("clock: commit phase %v, want %v", st.CommitPhase, commit)
	}
	return st.Epoch
}

// plays is one validator's move in an epoch.
type play struct {
	v      *Account
	vec    Vector
	reveal bool
}

func (f *cfix) vector(nodes []*Account, weights []uint16) Vector {
	salt, err := NewSalt()
	f.must("salt", err)
	v := Vector{Weights: weights, Salt: salt}
	for _, n := range nodes {
		v.Nodes = append(v.Nodes, n.Addr)
	}
	return v
}

// epoch commits and reveals the plays in one epoch and returns it.
func (f *cfix) epoch(plays []play) uint64 {
	f.t.Helper()
	e := f.toPhase(true)
	for _, p := range plays {
		got, _, err := f.k.Commit(f.ctx, p.v, p.vec)
		f.must("commit", err)
		if got != e {
			f.t.Fatalf("committed in epoch %d, want %d", got, e)
		}
	}
	f.toPhase(false)
	for _, p := range plays {
		if p.reveal {
			_, err := f.k.Reveal(f.ctx, p.v, e, p.vec)
			f.must("reveal", err)
		}
	}
	return e
}

// finalize moves past epoch e, finalizes it, and checks every figure against internal/consensus fed
// with the same input (the differential check); it returns the reference's result.
func (f *cfix) finalize(e uint64, plays []play) consensus.Result {
	f.t.Helper()
	rec, err := f.k.Epoch(f.ctx, e)
	f.must("epoch", err)
	// the reference's input: the union of revealed nodes in reveal order, each revealer's vector over it
	var order []common.Address
	var revealers []play
	for _, p := range plays {
		if !p.reveal {
			continue
		}
		revealers = append(revealers, p)
		for _, n := range p.vec.Nodes {
			if !slices.Contains(order, n) {
				order = append(order, n)
			}
		}
	}
	if !slices.Equal(order, rec.Nodes) {
		f.t.Fatalf("epoch %d nodes %v, want %v", e, rec.Nodes, order)
	}
	st, err := f.k.Status(f.ctx)
	f.must("status", err)
	reward := new(big.Int).Set(st.RewardPerEpoch.Int)
	if st.Pool.Cmp(reward) < 0 {
		reward.Set(st.Pool.Int)
	}
	in := consensus.Epoch{Nodes: len(order), Reward: reward}
	for _, p := range revealers {
		n, err := f.c.Node(f.ctx, p.v.Addr)
		f.must("node", err)
		w := make([]uint16, len(order))
		for k, a := range p.vec.Nodes {
			w[slices.Index(order, a)] = p.vec.Weights[k]
		}
		vote, err := f.k.Vote(f.ctx, e, p.v.Addr)
		f.must("vote", err)
		if !vote.Revealed || !slices.Equal(vote.Weights, w) || vote.Stake.Cmp(n.Stake.Int) != 0 {
			f.t.Fatalf("vote of %s: %+v, want %v", p.v.Addr, vote, w)
		}
		b := f.bonds[p.v.Addr]
		idle := uint64(0)
		if b[1] != 0 {
			idle = e - b[1]
		}
		in.Validators = append(in.Validators, consensus.Validator{Stake: n.Stake.Int, Weights: w, Bond: b[0], Idle: idle})
	}
	before := map[common.Address]*big.Int{}
	for _, a := range append(append([]*Account{}, f.vals...), f.nodes...) {
		b, err := f.k.Balance(f.ctx, a.Addr)
		f.must("balance", err)
		before[a.Addr] = b
	}
	f.toPhase(true)
	r, err := f.k.Finalize(f.ctx, f.admin, e)
	f.must("finalize", err)
	f.lastScores = f.k.Scores(r)
	if len(revealers) == 0 {
		return consensus.Result{}
	}
	ref, err := consensus.Compute(consensus.Default, in)
	f.must("reference", err)
	scores := f.k.Scores(r)
	if len(scores) != len(order) {
		f.t.Fatalf("%d scores for %d nodes", len(scores), len(order))
	}
	for j, s := range scores {
		if s.Node != order[j] || s.Consensus != ref.Consensus[j] || s.Weight != ref.Weight[j] || s.Reputation != ref.Reputation[j] || s.Reward.Cmp(ref.NodeRewards[j]) != 0 {
			f.t.Fatalf("epoch %d node %d: chain %+v, reference c=%d w=%d rep=%d reward=%v", e, j, s, ref.Consensus[j], ref.Weight[j], ref.Reputation[j], ref.NodeRewards[j])
		}
		n, err := f.c.Node(f.ctx, s.Node)
		f.must("node", err)
		if n.Reputation != ref.Reputation[j] {
			f.t.Fatalf("registry reputation %d, reference %d", n.Reputation, ref.Reputation[j])
		}
		after, err := f.k.Balance(f.ctx, s.Node)
		f.must("balance", err)
		if got := new(big.Int).Sub(after, before[s.Node]); got.Cmp(ref.NodeRewards[j]) != 0 {
			f.t.Fatalf("node %d credited %v, reference %v", j, got, ref.NodeRewards[j])
		}
	}
	for i, p := range revealers {
		bond, last, err := f.k.Bond(f.ctx, p.v.Addr)
		f.must("bond", err)
		if bond != ref.Bonds[i] || last != e+1 {
			f.t.Fatalf("validator %d bond %d (epoch %d), reference %d", i, bond, last, ref.Bonds[i])
		}
		f.bonds[p.v.Addr] = [2]uint64{bond, last}
		after, err := f.k.Balance(f.ctx, p.v.Addr)
		f.must("balance", err)
		if got := new(big.Int).Sub(after, before[p.v.Addr]); got.Cmp(ref.ValidatorRewards[i]) != 0 {
			f.t.Fatalf("validator %d credited %v, reference %v", i, got, ref.ValidatorRewards[i])
		}
	}
	st2, err := f.k.Status(f.ctx)
	f.must("status", err)
	if paid := new(big.Int).Sub(st.Pool.Int, st2.Pool.Int); paid.Cmp(ref.Paid) != 0 {
		f.t.Fatalf("pool paid %v, reference %v", paid, ref.Paid)
	}
	f.checkHeld()
	return ref
}

// checkHeld: the contract holds exactly its pool plus the credited, unclaimed balances.
func (f *cfix) checkHeld() {
	f.t.Helper()
	st, err := f.k.Status(f.ctx)
	f.must("status", err)
	held, err := f.c.TokenBalance(f.ctx, f.k.Address())
	f.must("balance", err)
	if want := new(big.Int).Add(st.Pool.Int, st.Owed.Int); held.Cmp(want) != 0 {
		f.t.Fatalf("contract holds %v, pool + owed = %v", held, want)
	}
}

// TestConsensusDifferential: random epochs (validators with random stakes reveal random vectors over
// random subsets of the nodes, in random order; some commit and never reveal; some sit epochs out, so
// their bonds decay; every other trial with equal stakes, so that the running stake hits exactly half)
// give the same consensus, weights, reputations, bonds and rewards on chain as in
// internal/consensus, bit for bit.
func TestConsensusDifferential(t *testing.T) {
	trials, epochs := 3, 3
	if testing.Short() {
		trials, epochs = 2, 3
	}
	for trial := range trials {
		rng := rand.New(rand.NewPCG(uint64(trial), 99))
		stake := func(int) *big.Int { return new(big.Int).Mul(big.NewInt(1+rng.Int64N(1_000_000)), big.NewInt(1e15)) }
		if trial%2 == 1 {
			stake = func(int) *big.Int { return Tokens(100) } // equal stakes: the median's ties at exactly half
		}
		f := newCFix(t, 6, 12, stake)
		for range epochs {
			var plays []play
			for _, v := range f.vals {
				if rng.IntN(5) == 0 {
					continue // sits this epoch out
				}
				perm := rng.Perm(len(f.nodes))[:1+rng.IntN(len(f.nodes))]
				var nodes []*Account
				var ws []uint16
				for _, j := range perm {
					nodes = append(nodes, f.nodes[j])
					ws = append(ws, uint16(rng.IntN(consensus.MaxWeight+1)))
				}
				ws[0] = max(ws[0], 1)
				plays = append(plays, play{v: v, vec: f.vector(nodes, ws), reveal: rng.IntN(6) != 0})
			}
			e := f.epoch(plays)
			f.finalize(e, plays)
		}
	}
}

// FuzzConsensusScores feeds NodeScored logs as a chain returns them (any topics and data): decoding
// never panics, and a log of the right shape decodes to its values.
func FuzzConsensusScores(f *testing.F) {
	k := (&Conn{}).ConsensusAt(common.HexToAddress("0xc0"))
	ev := k.abi.GetABI().Events["NodeScored"]
	data, _ := ev.Inputs.NonIndexed().Pack(uint64(5), uint64(7), uint16(9), big.NewInt(11))
	f.Add(ev.ID.Bytes(), common.LeftPadBytes([]byte{3}, 32), common.LeftPadBytes([]byte{4}, 20), data)
	f.Add([]byte{}, []byte{}, []byte{}, []byte{})
	f.Fuzz(func(t *testing.T, topic0, epoch, node, data []byte) {
		l := &types.Log{Address: k.addr, Topics: []common.Hash{common.BytesToHash(topic0), common.BytesToHash(epoch), common.BytesToHash(node)}, Data: data}
		got := k.Scores(&types.Receipt{Logs: []*types.Log{l}})
		if len(got) > 1 {
			t.Fatalf("%d scores from one log", len(got))
		}
		if len(got) == 1 && common.BytesToHash(topic0) != ev.ID {
			t.Fatal("a log of another event decoded as NodeScored")
		}
	})
}
