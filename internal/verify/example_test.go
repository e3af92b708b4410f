package verify_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/verify"
)

// A trainer trains with checkpoints and commits; a validator spot-checks it from a beacon drawn
// afterwards, fetching block disclosures from the trainer.
func Example() {
	r := rand.New(rand.NewPCG(1, 2))
	d := &dataset.Dataset{N: 32, D: 2, Classes: []string{"0", "1"}}
	for range d.N {
		d.X = append(d.X, r.NormFloat64(), r.NormFloat64())
		d.Y = append(d.Y, r.IntN(2))
	}
	spec := fl.ModelSpec{Kind: fl.KindLogReg, Inputs: 2, Classes: 2}
	m, _ := fl.NewModel(spec, 1)
	global := slices.Clone(m.Params)
	cfg := fl.TrainConfig{Optimizer: fl.OptSGD, LR: 0.1, Epochs: 2, BatchSize: 4, Seed: 7}

	// Trainer: 16 steps in blocks of 4, five checkpoints.
	_, chain, _ := fl.TrainCheckpointed(context.Background(), m, d, cfg, 4)
	update := fl.WireDelta(m.Params, global)
	c := verify.Commit([32]byte{1}, 1, cohort.NodeID{9}, chain, global, update)

	// Validator: p = 0.5 plus the first and last blocks.
	job := &verify.Job{Spec: spec, Global: global, Config: cfg, Commitment: c, Update: update}
	rep, _ := verify.SpotCheck(context.Background(), job, [32]byte{42}, 0.5, func(_ context.Context, b int) (*fl.BlockDisclosure, error) {
		return chain.Disclose(b)
	})
	fmt.Println("checkpoints:", c.Checkpoints, "failed:", rep.Failed())
	fmt.Printf("caught within 44 tasks at p = 0.1: %.4f\n", verify.CaughtWithin(0.1, 1, 44))
	// Output:
	// checkpoints: 5 failed: false
	// caught within 44 tasks at p = 0.1: 0.9903
}
