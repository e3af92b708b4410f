package verify

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/identity"
)

var (
	trainerID    = cohort.NodeID{1}
	challengerID = cohort.NodeID{2}
	taskID       = [32]byte{31: 7}
)

func data(n int, seed uint64) *dataset.Dataset {
	r := rand.New(rand.NewPCG(seed, 1))
	d := &dataset.Dataset{X: make([]float64, n*4), Y: make([]int, n), N: n, D: 4, Classes: []string{"a", "b", "c"}}
	for i := range d.X {
		d.X[i] = r.NormFloat64()
	}
	for i := range d.Y {
		d.Y[i] = r.IntN(3)
	}
	return d
}

// round is one trainer's honest round: 60 rows, 24 steps in blocks of 3 (9 checkpoints).
type round struct {
	job   *Job
	chain *fl.CheckpointChain
}

func honestRound(t testing.TB, r uint64) *round {
	t.Helper()
	spec := fl.ModelSpec{Kind: fl.KindSoftmax, Inputs: 4, Classes: 3}
	m, err := fl.NewModel(spec, 3)
	if err != nil {
		t.Fatal(err)
	}
	global := slices.Clone(m.Params)
	cfg := fl.TrainConfig{Optimizer: fl.OptSGD, LR: 0.1, Momentum: 0.9, Epochs: 2, BatchSize: 5, Seed: fl.ClientSeed(9, int(r), trainerID.String())}
	_, c, err := fl.TrainCheckpointed(context.Background(), m, data(60, 4), cfg, 3)
	if err != nil {
		t.Fatal(err)
	}
	update := fl.WireDelta(m.Params, global)
	job := &Job{Spec: spec, Global: global, Config: cfg, Update: update, Commitment: Commit(taskID, r, trainerID, c, global, update)}
	return &round{job: job, chain: c}
}

func (r *round) fetch(ctx context.Context, b int) (*fl.BlockDisclosure, error) {
	return r.chain.Disclose(b)
}

// recommit rebuilds the checkpoint tree after states changed and commits to it with update.
func (r *round) recommit(t testing.TB, update []float64) {
	t.Helper()
	leaves := make([][32]byte, len(r.chain.States))
	for i := range leaves {
		leaves[i] = r.chain.States[i].Hash()
	}
	tree, err := fl.NewMerkleTree(leaves)
	if err != nil {
		t.Fatal(err)
	}
	c := *r.chain
	c.Tree = tree
	r.chain = &c
	r.job.Update = update
	r.job.Commitment = Commit(taskID, r.job.Commitment.Round, trainerID, r.chain, r.job.Global, update)
}

// lazy makes r's trainer skip block skip: the state after it is the state before it, relabelled.
func (r *round) lazy(t testing.TB, skip int) {
	r.chain.States = slices.Clone(r.chain.States)
	fake := r.chain.States[skip]
	fake.Block, fake.Step = skip+1, r.chain.States[skip+1].Step
	r.chain.States[skip+1] = fake
	r.recommit(t, r.job.Update)
}

func beacon(i int) [32]byte { return sha256.Sum256(binary.BigEndian.AppendUint64(nil, uint64(i))) }

// beaconSelecting finds a beacon under which block b is (or is not) selected at rate p.
func beaconSelecting(t testing.TB, c Commitment, b int, p float64, want bool) [32]byte {
	for i := range 10000 {
		if slices.Contains(Selected(beacon(i), c.Digest(), int(c.Checkpoints)-1, p), b) == want {
			return beacon(i)
		}
	}
	t.Fatal("no beacon found")
	return [32]byte{}
}

func TestSpotCheckHonestPasses(t *testing.T) {
	r := honestRound(t, 1)
	for i := range 4 {
		rep, err := SpotCheck(context.Background(), r.job, beacon(i), 0.5, r.fetch)
		if err != nil || rep.Failed() {
			t.Fatalf("honest trainer failed: %+v %v", rep, err)
		}
		if len(rep.Checked) < 2 || rep.Checked[0] != 0 || rep.Checked[len(rep.Checked)-1] != 7 {
			t.Fatalf("checked %v: want the first and last block among them", rep.Checked)
		}
	}
}

// The lazy trainer, in each of its forms, is caught by the spot check that picks its faked block; the
// stale, noised and replayed updates are caught whatever the beacon, by the always-checked ends.
func TestSpotCheckCatchesLazyTrainer(t *testing.T) {
	ctx := context.Background()
	const p = 0.1
	t.Run("skipped block", func(t *testing.T) {
		r := honestRound(t, 1)
		r.lazy(t, 4)
		rep, _ := SpotCheck(ctx, r.job, beaconSelecting(t, r.job.Commitment, 4, p, true), p, r.fetch)
		if rep.Fault != 4 {
			t.Fatalf("report %+v, want a fault at block 4", rep)
		}
		rep, _ = SpotCheck(ctx, r.job, beaconSelecting(t, r.job.Commitment, 4, p, false), p, r.fetch)
		if rep.Failed() && rep.Fault != 5 {
			t.Fatalf("report %+v: an unselected faked block flagged elsewhere", rep)
		}
	})
	for name, mutate := range map[string]func(r *round, t *testing.T){
		"stale update": func(r *round, t *testing.T) { r.recommit(t, make([]float64, len(r.job.Global))) },
		"noised update": func(r *round, t *testing.T) {
			u := slices.Clone(r.job.Update)
			for i := range u {
				u[i] += 1e-3
			}
			fl.RoundFloat32(u)
			r.recommit(t, u)
		},
		"fake checkpoints": func(r *round, t *testing.T) {
			r.chain.States = slices.Clone(r.chain.States)
			for i := 1; i < len(r.chain.States); i++ {
				s := r.chain.States[0]
				s.Block, s.Step = i, r.chain.States[i].Step
				r.chain.States[i] = s
			}
			r.recommit(t, make([]float64, len(r.job.Global)))
		},
		"trained from a stale global model": func(r *round, t *testing.T) {
			stale := slices.Clone(r.job.Global)
			stale[1] -= 0.5 // an older global model, with this round's seed and data
			m := &fl.Model{Spec: r.job.Spec, Params: stale}
			_, c, err := fl.TrainCheckpointed(context.Background(), m, data(60, 4), r.job.Config, 3)
			if err != nil {
				t.Fatal(err)
			}
			r.chain = c
			u := fl.WireDelta(m.Params, r.job.Global)
			r.recommit(t, u)
		},
		"root from another round": func(r *round, t *testing.T) {
			old := honestRound(t, 1) // last round's honest chain, committed again for this round
			r.chain = old.chain
			r.job.Update = old.job.Update
			r.job.Commitment = Commit(taskID, r.job.Commitment.Round, trainerID, old.chain, r.job.Global, old.job.Update)
		},
	} {
		t.Run(name, func(t *testing.T) {
			r := honestRound(t, 2)
			if name == "root from another round" {
				r.job.Global = slices.Clone(r.job.Global)
				r.job.Global[0] += 0.25 // this round starts from a new global model
				r.job.Commitment.GlobalHash = ModelHash(r.job.Global)
			}
			mutate(r, t)
			for i := range 5 {
				rep, err := SpotCheck(ctx, r.job, beacon(i), p, r.fetch)
				if err != nil || !rep.Failed() {
					t.Fatalf("beacon %d: not caught: %+v %v", i, rep, err)
				}
			}
		})
	}
	t.Run("withheld disclosure", func(t *testing.T) {
		r := honestRound(t, 1)
		rep, _ := SpotCheck(ctx, r.job, beacon(0), p, func(context.Context, int) (*fl.BlockDisclosure, error) {
			return nil, errors.New("no answer")
		})
		if !rep.Failed() {
			t.Fatal("a trainer that withholds its disclosures passed")
		}
	})
}

// The 44-task target: a trainer faking one block a task at p = 0.1 is caught within 44 tasks with
// probability >= 0.99, by the formula and by running the selection over many trainers.
func TestDetectionTarget(t *testing.T) {
	const p, tasks = 0.1, 44
	for _, tc := range []struct {
		k    int
		want int
	}{{1, 44}, {2, 22}, {4, 11}} {
		if got := TasksToCatch(p, tc.k, 0.99); got != tc.want {
			t.Errorf("TasksToCatch(%v, %d) = %d, want %d", p, tc.k, got, tc.want)
		}
	}
	if c := CaughtWithin(p, 1, tasks); c < 0.99 || CaughtWithin(p, 1, tasks-1) >= 0.99 {
		t.Fatalf("caught within 44: %.4f, within 43: %.4f", c, CaughtWithin(p, 1, tasks-1))
	}
	// Empirical, over several seeds: 3000 lazy trainers faking one block of 8 in every task, a fresh
	// commitment and beacon per task.
	for seed := range uint64(3) {
		res, err := LazySim{P: p, Blocks: 8, Faked: 1, Tasks: tasks, Trainers: 3000, Seed: seed}.Run()
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("seed %d: per-task detection %.4f (p = %v); caught within %d tasks %.4f (formula %.4f)", seed, res.PerTask, p, tasks, res.CaughtWithin, CaughtWithin(p, 1, tasks))
		if res.PerTask < 0.09 || res.PerTask > 0.11 || res.CaughtWithin < 0.985 {
			t.Fatalf("seed %d: %+v", seed, res)
		}
	}
	if res, _ := (LazySim{P: p, Blocks: 8, Faked: 3, Tasks: 1, Trainers: 20000, Seed: 9}).Run(); res.PerTask < Detection(p, 3)-0.01 || res.PerTask > Detection(p, 3)+0.01 {
		t.Fatalf("three faked blocks: per task %.4f, formula %.4f", res.PerTask, Detection(p, 3))
	}
}

func TestEconomics(t *testing.T) {
	e := Economics{Pay: 10, Cost: 6, Saved: 0.9, P: 0.1, Faked: 1}
	for _, slash := range []float64{0, 50, 100} {
		e.Slash = slash
		t.Logf("slash %v: lazy %.2f, honest %.2f, break-even slash %.1f", slash, e.Lazy(), e.Honest(), e.BreakEvenSlash())
	}
	e.Slash = e.BreakEvenSlash() + 1
	if !(e.Lazy() < e.Honest()) {
		t.Fatal("above the break-even slash laziness still pays")
	}
	e.Slash = e.BreakEvenSlash() - 1
	if !(e.Lazy() > e.Honest()) {
		t.Fatal("below the break-even slash laziness does not pay: the threshold is wrong")
	}
}

func TestDigestBindsEveryField(t *testing.T) {
	base := honestRound(t, 1).job.Commitment
	seen := map[[32]byte]string{base.Digest(): "base"}
	for name, f := range map[string]func(c *Commitment){
		"task": func(c *Commitment) { c.Task[0] ^= 1 }, "round": func(c *Commitment) { c.Round++ },
		"trainer": func(c *Commitment) { c.Trainer[19] ^= 1 }, "root": func(c *Commitment) { c.Root[5] ^= 1 },
		"checkpoints": func(c *Commitment) { c.Checkpoints++ }, "global": func(c *Commitment) { c.GlobalHash[0] ^= 1 },
		"data": func(c *Commitment) { c.DataRoot[0] ^= 1 }, "update": func(c *Commitment) { c.UpdateHash[0] ^= 1 },
		"rows": func(c *Commitment) { c.Rows++ }, "steps": func(c *Commitment) { c.Steps++ },
		"block steps": func(c *Commitment) { c.BlockSteps++ },
	} {
		c := base
		f(&c)
		if prev, ok := seen[c.Digest()]; ok {
			t.Fatalf("changing %s gives the digest of %s", name, prev)
		}
		seen[c.Digest()] = name
	}
}

var rules = Rules{MoveTimeout: 10, VoteTimeout: 20, Quorum: 3}

// play runs a whole dispute over [0, last]: the trainer posts midpoints from chain, the challenger
// chooses with choose, three arbiters judge block Lo with Judge.
func play(t *testing.T, r *round, choose func(g *Game) bool) *Game {
	t.Helper()
	ctx := context.Background()
	c := r.job.Commitment
	g, err := Open(rules, c.Root, int(c.Checkpoints), trainerID, challengerID, 0, int(c.Checkpoints)-1, 0)
	if err != nil {
		t.Fatal(err)
	}
	now, moves := int64(0), 0
	for g.Phase != AwaitVotes {
		now++
		moves++
		switch g.Phase {
		case AwaitMidpoint:
			err = g.PostMidpoint(now, trainerID, r.chain.Tree.Leaf(g.Mid), r.chain.Tree.Proof(g.Mid))
		case AwaitChoice:
			err = g.Choose(now, challengerID, choose(g))
		case AwaitDisclosure:
			ds, _ := r.chain.Disclose(g.Lo)
			b, _ := ds.MarshalBinary()
			err = g.Disclose(now, trainerID, sha256.Sum256(b))
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if moves-1 > MaxMoves(g.Checkpoints) {
		t.Fatalf("%d moves, bound %d", moves-1, MaxMoves(g.Checkpoints))
	}
	for a := range 3 {
		ds, _ := r.chain.Disclose(g.Lo)
		if err := g.Vote(now+1, cohort.NodeID{10 + byte(a)}, Judge(ctx, r.job, ds) == nil); err != nil {
			t.Fatal(err)
		}
		if g.Phase == Settled {
			break
		}
	}
	return g
}

func TestBisectionLazyTrainerLoses(t *testing.T) {
	for _, skip := range []int{0, 3, 6, 7} {
		t.Run(fmt.Sprint(skip), func(t *testing.T) {
			r := honestRound(t, 1)
			if skip < 7 {
				r.lazy(t, skip)
			} else { // a stale update behind an otherwise honest chain: the last block is false
				r.recommit(t, make([]float64, len(r.job.Global)))
			}
			g := play(t, r, func(g *Game) bool {
				first, err := Halve(context.Background(), r.job, g, r.fetch)
				if err != nil {
					t.Fatal(err)
				}
				return first
			})
			if g.Outcome != ChallengerWins || g.Lo != min(skip, 7) {
				t.Fatalf("outcome %v at block %d, want challenger wins at %d", g.Outcome, g.Lo, skip)
			}
		})
	}
}

func TestBisectionDishonestChallengerLoses(t *testing.T) {
	r := honestRound(t, 1)
	for _, choose := range []func(*Game) bool{
		func(*Game) bool { return true }, func(*Game) bool { return false },
		func(g *Game) bool { return g.Mid%2 == 0 },
	} {
		if g := play(t, r, choose); g.Outcome != TrainerWins {
			t.Fatalf("honest trainer: %v at block %d", g.Outcome, g.Lo)
		}
	}
}

func TestGameTimeoutsAndRules(t *testing.T) {
	r := honestRound(t, 1)
	c := r.job.Commitment
	open := func() *Game {
		g, err := Open(rules, c.Root, int(c.Checkpoints), trainerID, challengerID, 0, 8, 0)
		if err != nil {
			t.Fatal(err)
		}
		return g
	}
	g := open()
	if g.Timeout(10) != Pending || g.Timeout(11) != ChallengerWins {
		t.Fatal("a trainer that never posts its midpoint does not lose at the deadline")
	}
	g = open()
	if err := g.PostMidpoint(11, trainerID, r.chain.Tree.Leaf(4), r.chain.Tree.Proof(4)); !errors.Is(err, ErrLate) {
		t.Fatalf("late midpoint: %v", err)
	}
	if err := g.PostMidpoint(1, challengerID, r.chain.Tree.Leaf(4), r.chain.Tree.Proof(4)); !errors.Is(err, ErrNotYourMove) {
		t.Fatalf("midpoint from the challenger: %v", err)
	}
	if err := g.PostMidpoint(1, trainerID, r.chain.Tree.Leaf(3), r.chain.Tree.Proof(4)); !errors.Is(err, ErrBadProof) {
		t.Fatalf("another checkpoint as midpoint: %v", err)
	}
	if err := g.PostMidpoint(1, trainerID, r.chain.Tree.Leaf(4), r.chain.Tree.Proof(4)); err != nil {
		t.Fatal(err)
	}
	if g.Timeout(12) != TrainerWins {
		t.Fatal("a challenger that never chooses does not lose")
	}
	g = open()
	g.Lo, g.Hi = 2, 3
	g.next(0)
	if err := g.Disclose(1, trainerID, [32]byte{1}); err != nil {
		t.Fatal(err)
	}
	if err := g.Vote(2, trainerID, true); !errors.Is(err, ErrVoter) {
		t.Fatalf("the trainer voted: %v", err)
	}
	if err := g.Vote(2, cohort.NodeID{10}, true); err != nil {
		t.Fatal(err)
	}
	if err := g.Vote(2, cohort.NodeID{10}, true); !errors.Is(err, ErrVoter) {
		t.Fatalf("second vote: %v", err)
	}
	if g.Timeout(22) != Dismissed {
		t.Fatal("arbiters without a verdict do not dismiss")
	}
	if _, err := Open(Rules{MoveTimeout: 1, VoteTimeout: 1, Quorum: 2}, c.Root, 9, trainerID, challengerID, 0, 8, 0); err == nil {
		t.Fatal("quorum of 2 accepted")
	}
}

func TestCommitmentSignature(t *testing.T) {
	k, err := identity.Generate()
	if err != nil {
		t.Fatal(err)
	}
	c := honestRound(t, 1).job.Commitment
	if _, err := Sign(k, c); err == nil {
		t.Fatal("signed a commitment naming another trainer")
	}
	c.Trainer = k.ID()
	sig, err := Sign(k, c)
	if err != nil {
		t.Fatal(err)
	}
	if err := CheckSignature(c, sig, identity.Recover); err != nil {
		t.Fatal(err)
	}
	other := c
	other.Round++ // the same signature replayed for another round
	if err := CheckSignature(other, sig, identity.Recover); err == nil {
		t.Fatal("a round-1 signature passed for round 2")
	}
}
