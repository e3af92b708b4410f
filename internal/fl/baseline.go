package fl

import (
	"context"
	"fmt"
	"math"

	"github.com/cohort-net/cohort/internal/dataset"
)

// Early stopping defaults of the centralized baseline (TrainBaseline) and of AutoRounds.
const (
	DefaultValFraction = 0.15 // of the training rows, held out to decide when to stop
	DefaultPatience    = 10   // epochs (or rounds) without improvement before stopping
	DefaultMinDelta    = 1e-4 // the smallest drop in validation log-loss that counts as one
	DefaultMaxEpochs   = 300  // the baseline's cap
	// DefaultPatienceSteps: the baseline's default patience is at least this many optimizer steps
	// (in whole epochs), so that a small training set, a few steps an epoch, is not stopped early by
	// the noise of its small validation split.
	DefaultPatienceSteps = 200
)

// EarlyStop says when training has converged: when the validation log-loss has not dropped by more
// than MinDelta for Patience evaluations in a row, or after Max evaluations. Zero values take the
// defaults above.
type EarlyStop struct {
	Patience int     `json:"patience,omitempty"`
	MinDelta float64 `json:"min_delta,omitempty"`
	Max      int     `json:"max,omitempty"`
}

func (e EarlyStop) withDefaults(max int) EarlyStop {
	if e.Patience <= 0 {
		e.Patience = DefaultPatience
	}
	if e.MinDelta <= 0 {
		e.MinDelta = DefaultMinDelta
	}
	if e.Max <= 0 {
		e.Max = max
	}
	return e
}

// Plateau follows a validation metric and says when to stop. Feed it one log-loss per epoch or round.
type Plateau struct {
	cfg   EarlyStop
	best  float64
	at    int // the evaluation (1-based) that gave best
	since int // Restart's evaluation: patience counts from max(at, since)
	count int
}

// Restart gives the metric Patience more evaluations from now (after a learning-rate drop), keeping
// the best so far.
func (p *Plateau) Restart() { p.since = p.count }

// NewPlateau returns a Plateau with cfg's defaults filled (Max defaults to max).
func NewPlateau(cfg EarlyStop, max int) *Plateau {
	return &Plateau{cfg: cfg.withDefaults(max), best: math.Inf(1)}
}

// Add records the next evaluation's validation log-loss and reports whether to stop now: Patience
// evaluations without an improvement of more than MinDelta, or Max evaluations in all. A non-finite
// loss never improves.
func (p *Plateau) Add(loss float64) bool {
	p.count++
	if loss < p.best-p.cfg.MinDelta {
		p.best, p.at = loss, p.count
	}
	return p.count-max(p.at, p.since) >= p.cfg.Patience || p.count >= p.cfg.Max
}

// Best returns the best evaluation (1-based; 0 before any improvement) and its loss.
func (p *Plateau) Best() (int, float64) { return p.at, p.best }

// BaselineStats describes how TrainBaseline converged.
type BaselineStats struct {
	Epochs        int     `json:"epochs"`                   // the epochs of the final fit on every training row
	EpochsTried   int     `json:"epochs_tried"`             // the epochs run on the fitting part before stopping
	ValLogLoss    float64 `json:"val_log_loss"`             // at the best epoch
	ValAccuracy   float64 `json:"val_accuracy"`             // at the best epoch
	ValRows       int     `json:"val_rows"`                 // held out from train, never the test split
	StoppedEarly  bool    `json:"stopped_early"`            // false: the cap was reached
	ValidationErr string  `json:"validation_err,omitempty"` // why no validation split was carved (too few rows); then Epochs = cap
	LRDrops       []int   `json:"lr_drops,omitempty"`       // the epochs after which the learning rate was divided by 10
}

// BaselineLRDrops is how many times TrainBaseline divides the learning rate by 10 when the validation
// log-loss plateaus, before it stops: a constant step size leaves SGD bouncing around the optimum, and a
// small validation split would pick one of the bounces.
const BaselineLRDrops = 2

// TrainBaseline trains the centralized model a federation is compared with, to convergence: it holds
// out DefaultValFraction of train (stratified, seeded by seed; never the test split), trains on the
// rest one epoch at a time with cfg (Epochs ignored, ProxMu and Adapt off) until the validation
// log-loss plateaus (then the learning rate is divided by 10, at most BaselineLRDrops times, before
// it stops; stop.Max defaults to DefaultMaxEpochs, stop.Patience to DefaultPatience
// epochs or DefaultPatienceSteps optimizer steps, whichever is longer), then trains a fresh model from
// InitialModel(spec, seed) on every training row for the best epoch count, with the same drops. A training set too small to
// split (a class with one row) trains for stop.Max epochs.
func TrainBaseline(ctx context.Context, spec ModelSpec, train *dataset.Dataset, cfg TrainConfig, seed uint64, stop EarlyStop) (*Model, BaselineStats, error) {
	cfg.ProxMu, cfg.Adapt, cfg.Seed = 0, false, seed
	if stop.Patience <= 0 && cfg.BatchSize > 0 {
		steps := (train.N - int(DefaultValFraction*float64(train.N)) + cfg.BatchSize - 1) / cfg.BatchSize
		stop.Patience = max(DefaultPatience, (DefaultPatienceSteps+steps-1)/max(steps, 1))
	}
	stop = stop.withDefaults(DefaultMaxEpochs)
	cfg.Epochs = stop.Max
	var st BaselineStats
	fit, val, err := dataset.StratifiedSplit(train, DefaultValFraction, seed^0x9e3779b97f4a7c15)
	if err != nil {
		st.ValidationErr = err.Error()
		st.Epochs = stop.Max
	} else {
		m, err := InitialModel(spec, seed)
		if err != nil {
			return nil, st, err
		}
		p := NewPlateau(stop, stop.Max)
		var best Metrics
		if _, err := trainEpochs(ctx, m, fit, nil, cfg, func(ep int, lr *float64) bool {
			met := Evaluate(m, val)
			done := p.Add(met.LogLoss)
			if at, _ := p.Best(); at == ep {
				best = met
			}
			st.EpochsTried = ep
			if done && ep < stop.Max && len(st.LRDrops) < BaselineLRDrops {
				st.LRDrops = append(st.LRDrops, ep)
				*lr /= 10
				p.Restart()
				return false
			}
			return done
		}); err != nil {
			return nil, st, fmt.Errorf("baseline, validation run: %w", err)
		}
		at, _ := p.Best()
		st.Epochs = max(at, 1)
		st.ValLogLoss, st.ValAccuracy, st.ValRows = best.LogLoss, best.Accuracy, val.N
		st.StoppedEarly = st.EpochsTried < stop.Max
	}
	cfg.Epochs = st.Epochs
	m, err := InitialModel(spec, seed)
	if err != nil {
		return nil, st, err
	}
	drops := st.LRDrops
	if _, err := trainEpochs(ctx, m, train, nil, cfg, func(ep int, lr *float64) bool {
		for len(drops) > 0 && drops[0] == ep {
			*lr /= 10
			drops = drops[1:]
		}
		return false
	}); err != nil {
		return nil, st, err
	}
	return m, st, nil
}
