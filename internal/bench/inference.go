package bench

import (
	"context"
	"log/slog"
	"slices"
	"time"

	"github.com/cohort-net/cohort/internal/node"
)

// InferenceBenchOptions configure RunInferenceBenchmark.
type InferenceBenchOptions struct {
	Quick  bool // the tiny model and 3 rounds: a smoke run in seconds
	Miners int  // default 3 (one dishonest)
	Rounds int  // default 20
	Log    *slog.Logger
}

// RunInferenceBenchmark runs the inference subnet on loopback (InferenceModelLogReg, or the tiny
// model when Quick) and measures what a validator round costs: the round's wall time (every miner
// proving concurrently on this machine's cores, the validator checking each answer), the miners'
// proving time, the validator's verification time, the proof size and the final scores.
func RunInferenceBenchmark(ctx context.Context, o InferenceBenchOptions) ([]Result, error) {
	opts := node.InferenceOptions{Miners: o.Miners, Rounds: o.Rounds, Seed: 1, RPC: "none", Log: o.Log}
	if opts.Rounds == 0 {
		opts.Rounds = 20
	}
	name := "subnet_round_logreg_breast_cancer"
	if o.Quick {
		opts.Model, opts.Rounds, name = node.InferenceModelTiny, 3, "subnet_round_tiny"
	}
	ResetPeakRSS()
	d, err := node.StartInferenceDevnet(ctx, opts)
	if err != nil {
		return nil, err
	}
	defer d.Close()
	var rounds []time.Duration
	proofBytes := 0
	for range opts.Rounds {
		start := time.Now()
		rep, err := d.Validator().Round(ctx)
		if err != nil {
			return nil, err
		}
		rounds = append(rounds, time.Since(start))
		for _, a := range rep.Answers {
			if a.Valid && a.Response != nil {
				proofBytes = len(a.Response.Proof)
			}
		}
	}
	slices.Sort(rounds)
	res := d.Result()
	var honest, dishonest float64
	for _, m := range res.Miners {
		if m.Honest {
			honest = max(honest, m.Score)
		} else {
			dishonest = max(dishonest, m.Score)
		}
	}
	msOf := func(t time.Duration) float64 { return float64(t.Microseconds()) / 1000 }
	r := Result{Name: name, Metrics: map[string]any{
		"miners":             len(res.Miners),
		"rounds":             len(rounds),
		"constraints":        res.Constraints,
		"setup_ms":           res.SetupMS,
		"round_ms":           msOf(rounds[len(rounds)/2]),
		"round_p95_ms":       msOf(rounds[min(len(rounds)-1, len(rounds)*95/100)]),
		"prove_ms":           res.MeanProveMS,
		"verify_ms":          res.MeanVerifyMS,
		"proof_bytes":        proofBytes,
		"proofs_verified":    res.ProofsVerified,
		"proofs_failed":      res.ProofsFailed,
		"best_honest_score":  honest,
		"dishonest_score":    dishonest,
		"quantized_accuracy": res.QuantizedAccuracy,
		"peak_rss_mb":        PeakRSSMB(),
		"load_avg_1m":        loadAvg(),
	},
		Compare: "Omron (subnet 2): EZKL Halo2 proofs of 4,192 bytes with a 60 s proving timeout per request (ANCHORS)",
		Target:  "honest miners outscore the dishonest one; no target figure in issue 5 for a round"}
	return []Result{r}, nil
}
