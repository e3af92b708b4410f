package sim

import (
	"context"
	"errors"
	"math/rand/v2"
	"slices"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/verify"
)

// The simulated model: softmax regression on 4 features and 3 classes, 60 local rows per trainer, two
// local epochs of SGD with momentum in batches of 5 (24 steps) checkpointed every 3 steps: 8 blocks.
var (
	modelSpec = fl.ModelSpec{Kind: fl.KindSoftmax, Inputs: 4, Classes: 3}
	baseCfg   = fl.TrainConfig{Optimizer: fl.OptSGD, LR: 0.1, Momentum: 0.9, Epochs: 2, BatchSize: 5}
)

const (
	localRows  = 60
	blockSteps = 3
)

// teacher labels the synthetic data: class = argmax of a fixed linear map, so the task is learnable.
var teacher = [3][4]float64{{1.5, -1, 0.5, 0}, {-1, 1.5, 0, 0.5}, {0, -0.5, -1.5, 1}}

func synthData(rng *rand.Rand, n int) *dataset.Dataset {
	d := &dataset.Dataset{X: make([]float64, n*4), Y: make([]int, n), N: n, D: 4, Classes: []string{"a", "b", "c"}}
	for i := range n {
		best, arg := -1e9, 0
		for c := range 3 {
			s := 0.0
			for j := range 4 {
				if c == 0 {
					d.X[i*4+j] = rng.NormFloat64()
				}
				s += teacher[c][j] * d.X[i*4+j]
			}
			if s > best {
				best, arg = s, c
			}
		}
		d.Y[i] = arg
	}
	return d
}

// work is one trainer's round: its checkpoint chain, the job a validator checks, and its signature.
type work struct {
	chain  *fl.CheckpointChain
	job    *verify.Job
	skip   int     // the block it skipped, -1 for none
	saved  float64 // the fraction of the compute it did not spend
	update []float64
}

func (w *work) fetch(_ context.Context, b int) (*fl.BlockDisclosure, error) {
	return w.chain.Disclose(b)
}

// laziness is how a trainer cheats in a round.
type laziness int

const (
	diligent     laziness = iota
	skipBlock             // skips one interior step block and trains on from the stale state
	noisedUpdate          // spends no compute, sends noise behind the honest chain (its best case: only the last block tells)
	staleUpdate           // trains, but sends the previous round's (zero) update
)

// train runs one trainer's round from global on d. A lazy trainer's chain is what it really computed:
// for skipBlock the checkpoint after the skipped block repeats the one before it and every later block
// is re-executed (fl.ReplayBlock) from there, so exactly one block is false.
func train(ctx context.Context, global []float64, d *dataset.Dataset, seed uint64, mode laziness, rng *rand.Rand) (*work, error) {
	m := &fl.Model{Spec: modelSpec, Params: slices.Clone(global)}
	cfg := baseCfg
	cfg.Seed = seed
	_, c, err := fl.TrainCheckpointed(ctx, m, d, cfg, blockSteps)
	if err != nil {
		return nil, err
	}
	w := &work{chain: c, skip: -1, update: fl.WireDelta(m.Params, global)}
	blocks := len(c.States) - 1
	switch mode {
	case skipBlock:
		w.skip = 1 + rng.IntN(blocks-2) // never the always-checked first or last block
		if w.chain, err = skipChain(ctx, global, cfg, c, w.skip); err != nil {
			return nil, err
		}
		w.update = fl.WireDelta(w.chain.States[blocks].Params, global)
		w.saved = 1 / float64(blocks)
	case noisedUpdate:
		for i := range w.update {
			w.update[i] = float64(float32(rng.NormFloat64() * 0.05))
		}
		w.saved = 1
	case staleUpdate:
		w.update = make([]float64, len(global))
	}
	return w, nil
}

// skipChain rebuilds honest's chain as a trainer that skipped block skip computes it.
func skipChain(ctx context.Context, global []float64, cfg fl.TrainConfig, honest *fl.CheckpointChain, skip int) (*fl.CheckpointChain, error) {
	states := slices.Clone(honest.States[:skip+1])
	fake := honest.States[skip]
	fake.Block, fake.Step = skip+1, honest.States[skip+1].Step
	states = append(states, fake)
	n := len(honest.States)
	leaves := func() [][32]byte {
		out := make([][32]byte, n)
		for i := range states {
			out[i] = states[i].Hash()
		}
		return out
	}
	for b := skip + 1; b < n-1; b++ {
		tree, err := fl.NewMerkleTree(leaves())
		if err != nil {
			return nil, err
		}
		ds, err := honest.Disclose(b) // the rows and their proofs; the state is the lazy one
		if err != nil {
			return nil, err
		}
		ds.State, ds.StateProof, ds.Next, ds.NextProof = states[b], tree.Proof(b), tree.Leaf(b+1), tree.Proof(b+1)
		claim := fl.ChainClaim{Root: tree.Root(), DataRoot: honest.Data.Root(), Rows: honest.Rows, Steps: honest.Steps, BlockSteps: honest.BlockSteps}
		next, err := fl.ReplayBlock(ctx, modelSpec, global, cfg, claim, ds)
		if err != nil && !errors.Is(err, fl.ErrCheckpointMismatch) {
			return nil, err
		}
		states = append(states, next)
	}
	out := *honest
	out.States = states
	var err error
	if out.Tree, err = fl.NewMerkleTree(leaves()); err != nil {
		return nil, err
	}
	return &out, nil
}

// commit fills w's job and commitment for task and trainer.
func (w *work) commit(task [32]byte, trainer cohort.NodeID, global []float64, seed uint64) {
	cfg := baseCfg
	cfg.Seed = seed
	w.job = &verify.Job{Spec: modelSpec, Global: global, Config: cfg, Update: w.update,
		Commitment: verify.Commit(task, 1, trainer, w.chain, global, w.update)}
}

// accuracy is the model's accuracy on d in basis points.
func accuracy(params []float64, d *dataset.Dataset) uint32 {
	return uint32(fl.Evaluate(&fl.Model{Spec: modelSpec, Params: params}, d).Accuracy * 10000)
}
