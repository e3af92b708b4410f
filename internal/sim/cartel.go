package sim

import (
	"context"
	"math/big"

	"github.com/cohort-net/cohort/internal/consensus"
)

// playCartel: ten equally staked validators; two of them (20 % of the stake) put all their weight on one
// node (a different one each epoch) while the eight honest ones score every node by its quality. The
// chain's consensus weights are compared with the honest validators' alone (internal/consensus, the
// reference the contract matches bit for bit) and with what the clip allows: a cartel clipped to the
// consensus c_t raises its node at most to h_t/(1-s+s·h_t) (s its stake share) and lowers another
// node j at most to h_j(1-s)/(1-s+s·h_t).
func playCartel(ctx context.Context, cfg Config) (Result, error) {
	const nv, nn, cartel = 10, 16, 2
	w, err := newCWorld(ctx, cfg, nv, nn)
	if err != nil {
		return Result{}, err
	}
	defer w.sim.Close()
	q := make([]float64, nn)
	for j := range q {
		q[j] = 0.2 + 0.8*w.rng.Float64()
	}
	s := float64(cartel) / nv
	one := float64(consensus.One)
	var maxShift, maxAllowed, unclipped float64
	within, consensusMoved := 0, 0
	cartelSum, honestSum := new(big.Int), new(big.Int)
	for range cfg.Epochs {
		w.drift(q)
		honest := w.honestWeights(q, 0)
		target := w.rng.IntN(nn)
		ws := make([][]uint16, nv)
		for i := range nv {
			ws[i] = honest
			if i < cartel {
				ws[i] = make([]uint16, nn)
				ws[i][target] = consensus.MaxWeight
			}
		}
		got, scores, err := w.epoch(ctx, ws)
		if err != nil {
			return Result{}, err
		}
		ref, err := honestOnly(honest, nv-cartel, nn)
		if err != nil {
			return Result{}, err
		}
		ht := float64(ref.Weight[target])
		ok := true
		for j, sc := range scores {
			h := float64(ref.Weight[j])
			bound := h * (1 - s) / (1 - s + s*ht/one) // the lowest the clip lets node j fall
			if j == target {
				bound = h / (1 - s + s*ht/one) // the highest the clip lets the target rise
				unclipped = max(unclipped, (1-s)*h+s*one-h)
			}
			shift, allowed := abs(float64(sc.Weight)-h), abs(bound-h)
			maxShift, maxAllowed = max(maxShift, shift), max(maxAllowed, allowed)
			ok = ok && shift <= allowed+one*1e-6
			if sc.Consensus != ref.Consensus[j] {
				consensusMoved++
			}
		}
		if ok {
			within++
		}
		for i := range nv {
			if i < cartel {
				cartelSum.Add(cartelSum, got[i])
			} else {
				honestSum.Add(honestSum, got[i])
			}
		}
	}
	p, h := tokens(cartelSum)/cartel, tokens(honestSum)/(nv-cartel)
	return Result{Role: "validator (cartel of 2 of 10, 20 % of stake)", Attempts: cfg.Epochs, Caught: within,
		DetectionRate: float64(within) / float64(cfg.Epochs), Profit: p, HonestProfit: h, Earned: p,
		Mechanism: "ValidatorConsensus: every weight clipped to the stake-weighted median (consensus), rewards by agreement",
		Extra: map[string]any{"max_weight_shift": round6(maxShift / one), "clip_allows": round6(maxAllowed / one),
			"unclipped_mean_shift": round6(unclipped / one), "consensus_values_moved": consensusMoved},
		Target:    "no node's consensus weight moves by more than the clip allows; the cartel earns less than honest validators",
		TargetMet: met(within == cfg.Epochs && consensusMoved == 0 && p < h),
		Note:      "detection_rate is the fraction of epochs in which every node's weight stayed within the clip's bound; shifts are fractions of the total weight"}, nil
}

// honestOnly is the epoch the honest validators alone would have made.
func honestOnly(weights []uint16, validators, nodes int) (consensus.Result, error) {
	e := consensus.Epoch{Nodes: nodes, Reward: big.NewInt(0)}
	for range validators {
		e.Validators = append(e.Validators, consensus.Validator{Stake: big.NewInt(100), Weights: weights})
	}
	return consensus.Compute(consensus.Default, e)
}

func round6(x float64) float64 { return float64(int64(x*1e6+sign(x)*0.5)) / 1e6 }
