// Package task is a training task as its publisher writes it: one document (TOML or JSON) that holds
// the training spec (model, rounds, strategy, secure aggregation), the data it needs, the acceptance
// criterion and the market terms (budget, rates, deadlines, scheduler). It is the one task type of
// Cohort and the one place where task defaults live: flags and node configs fill an Options, task
// files a File, and both resolve into the protocol.TaskSpec that coordinators and trainers run. A File
// may embed the schema its data is read through (Data.SchemaDoc): nodes then read raw CSVs through it,
// and may name the publisher's own training script instead of the built-in trainer ([executor], Exec).
//
// The package is pure: values in, values out.
package task

import (
	"fmt"
	"math"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/protocol"
)

// DefaultChainID is the chain id of the embedded dev chain and of networks without a chain.
const DefaultChainID = 1337

// Options are the knobs of a federated task, as flags, node configs and task files name them. Zero
// values take the defaults (fl.Defaults for the data set and model kind, then the ones below).
type Options struct {
	ID         string `toml:"id" json:"id,omitempty"`
	Model      string `toml:"model" json:"model,omitempty"` // logreg|softmax|mlp; "" = logreg for 2 classes, else softmax
	Hidden     []int  `toml:"hidden" json:"hidden,omitempty"`
	Activation string `toml:"activation" json:"activation,omitempty"`
	Rounds     int    `toml:"rounds" json:"rounds,omitempty"`
	// AutoRounds stops the task once the global model's validation log-loss plateaus (fl.EarlyStop:
	// DefaultAutoPatience rounds without a drop of fl.DefaultMinDelta); Rounds is then the cap
	// (default DefaultAutoRoundsCap). The coordinator needs a validation set.
	AutoRounds      bool                 `toml:"auto_rounds" json:"auto_rounds,omitempty"`
	LocalEpochs     int                  `toml:"local_epochs" json:"local_epochs,omitempty"`
	BatchSize       int                  `toml:"batch_size" json:"batch_size,omitempty"`
	Optimizer       string               `toml:"optimizer" json:"optimizer,omitempty"`
	LR              float64              `toml:"lr" json:"lr,omitempty"`
	Momentum        float64              `toml:"momentum" json:"momentum,omitempty"`
	L2              float64              `toml:"l2" json:"l2,omitempty"`
	Strategy        string               `toml:"strategy" json:"strategy,omitempty"`
	ProxMu          float64              `toml:"prox_mu" json:"prox_mu,omitempty"`
	ServerLR        float64              `toml:"server_lr" json:"server_lr,omitempty"`
	TrimFraction    float64              `toml:"trim_fraction" json:"trim_fraction,omitempty"`
	Byzantine       float64              `toml:"byzantine" json:"byzantine,omitempty"` // robust rules' assumed attackers: a fraction < 0.5 or a count >= 1 (ByzantineCount)
	ClipNorm        float64              `toml:"clip_norm" json:"clip_norm,omitempty"`
	AutoClip        bool                 `toml:"auto_clip" json:"auto_clip,omitempty"` // drop gross norm outliers, clip updates to the round's (n-f)-th norm (fl.StrategyConfig.AutoClip)
	MaxSamples      int                  `toml:"max_samples" json:"max_samples,omitempty"`
	Trainers        int                  `toml:"trainers" json:"trainers,omitempty"`
	PerRound        int                  `toml:"per_round" json:"per_round,omitempty"`
	MinParticipants int                  `toml:"min_participants" json:"min_participants,omitempty"`
	RoundTimeout    Duration             `toml:"round_timeout" json:"round_timeout,omitzero"`
	Standardize     *bool                `toml:"standardize" json:"standardize,omitempty"`
	Seed            uint64               `toml:"seed" json:"seed,omitempty"`
	ChainID         uint64               `toml:"chain_id" json:"chain_id,omitempty"`
	SecureAgg       protocol.Aggregation `toml:"secure_agg" json:"secure_agg,omitempty"` // none | secagg+ | threshold-he
	SecAgg          SecAggOptions        `toml:"secagg" json:"secagg,omitzero"`
	ThresholdHE     ThresholdOptions     `toml:"threshold_he" json:"threshold_he,omitzero"`
	Privacy         PrivacyOptions       `toml:"privacy" json:"privacy,omitzero"`
	// VerifyBlockSteps turns on training verification: trainers checkpoint every this many optimizer
	// steps and commit to the chain (protocol.VerifySpec); 0 is off.
	VerifyBlockSteps int `toml:"verify_block_steps" json:"verify_block_steps,omitempty"`
	// VerifyRate is the spot-check rate p per block (0: protocol.DefaultVerifyRate).
	VerifyRate float64 `toml:"verify_rate" json:"verify_rate,omitempty"`
}

// ThresholdOptions are threshold-HE aggregation's knobs; zero values take the defaults.
type ThresholdOptions struct {
	Threshold    int      `toml:"threshold" json:"threshold,omitempty"`
	SmudgingLog2 float64  `toml:"smudging_log2" json:"smudging_log2,omitempty"`
	StageTimeout Duration `toml:"stage_timeout" json:"stage_timeout,omitzero"`
}

// SecAggOptions are SecAgg+'s knobs; zero values take the defaults.
type SecAggOptions struct {
	Neighbours   int      `toml:"neighbours" json:"neighbours,omitempty"`
	Threshold    int      `toml:"threshold" json:"threshold,omitempty"`
	Bits         int      `toml:"bits" json:"bits,omitempty"`
	Clip         float64  `toml:"clip" json:"clip,omitempty"`
	StageTimeout Duration `toml:"stage_timeout" json:"stage_timeout,omitzero"`
	// Corrupt and Dropout are the threat model k and t are derived from: the fractions of trainers
	// assumed to collude with the coordinator and to drop out (0: secagg's defaults, 0.2 and 0.1).
	Corrupt float64 `toml:"corrupt" json:"corrupt,omitempty"`
	Dropout float64 `toml:"dropout" json:"dropout,omitempty"`
}

// Defaults that fl.Defaults does not set.
const (
	DefaultAutoRoundsCap  = 100 // automatic rounds: the most a task runs
	DefaultAutoPatience   = 10  // automatic rounds: rounds without improvement before the task ends
	DefaultTrainers       = 5
	DefaultRoundTimeout   = 2 * time.Minute
	DefaultSecAggBits     = 24
	DefaultSecAggClip     = 4.0
	DefaultSecAggStage    = 30 * time.Second
	DefaultThresholdStage = 60 * time.Second
	DefaultHidden         = 128
)

// Spec resolves o into a validated task spec for data with the given features, classes and label.
// dsName picks fl's tuned defaults (fl.Defaults) for options left zero.
func (o Options) Spec(dsName string, features int, classes []string, label string) (protocol.TaskSpec, error) {
	kind := o.Model
	if kind == "" {
		kind = fl.KindLogReg
		if len(classes) > 2 {
			kind = fl.KindSoftmax
		}
	}
	if kind == fl.KindLogReg && len(classes) != 2 {
		return protocol.TaskSpec{}, cohort.Errorf(cohort.EInvalid, "model logreg needs 2 classes, the data has %d: use softmax or mlp", len(classes))
	}
	model := fl.ModelSpec{Kind: kind, Inputs: features, Classes: len(classes), Activation: o.Activation}
	if kind == fl.KindMLP {
		model.Hidden = o.Hidden
		if len(model.Hidden) == 0 {
			model.Hidden = []int{DefaultHidden}
		}
	}
	defTrain, defStrategy, defRounds := fl.Defaults(dsName, kind)
	train := fl.TrainConfig{
		Optimizer: pickS(o.Optimizer, defTrain.Optimizer), LR: pick(o.LR, defTrain.LR), Momentum: pick(o.Momentum, defTrain.Momentum),
		L2: pick(o.L2, defTrain.L2), Epochs: pick(o.LocalEpochs, defTrain.Epochs), BatchSize: pick(o.BatchSize, defTrain.BatchSize),
		// Local epochs and batch size follow each trainer's rows unless the publisher set either.
		Adapt: defTrain.Adapt && o.LocalEpochs == 0 && o.BatchSize == 0,
	}
	strategy := fl.StrategyConfig{
		Name: pickS(o.Strategy, defStrategy.Name), ProxMu: o.ProxMu, ServerLR: o.ServerLR, TrimFraction: o.TrimFraction,
		ClipNorm: o.ClipNorm, AutoClip: o.AutoClip, MaxSamples: o.MaxSamples,
	}
	var err error
	if strategy.Byzantine, strategy.ByzantineFraction, err = ByzantineCount(o.Byzantine); err != nil {
		return protocol.TaskSpec{}, err
	}
	trainers := pick(o.Trainers, DefaultTrainers)
	planned := trainers
	if o.PerRound > 0 {
		planned = min(o.PerRound, trainers)
	}
	if err := strategy.CheckParticipants(planned); err != nil {
		return protocol.TaskSpec{}, err
	}
	minPart := o.MinParticipants
	if minPart == 0 {
		minPart = max(1, (trainers+1)/2)
		if o.PerRound > 0 {
			minPart = max(1, (o.PerRound+1)/2)
		}
	}
	standardize := true
	if o.Standardize != nil {
		standardize = *o.Standardize
	}
	id := o.ID
	if id == "" {
		id = fmt.Sprintf("task-%s-%d", kind, o.Seed)
	}
	rounds := pick(o.Rounds, defRounds)
	var stop *fl.EarlyStop
	if o.AutoRounds {
		rounds = pick(o.Rounds, DefaultAutoRoundsCap)
		stop = &fl.EarlyStop{Patience: DefaultAutoPatience, MinDelta: fl.DefaultMinDelta, Max: rounds}
	}
	spec := protocol.TaskSpec{
		ID: id, ChainID: pick(o.ChainID, DefaultChainID), Label: label, Classes: classes, Model: model, Train: train, Strategy: strategy,
		Rounds: rounds, Stop: stop, Trainers: trainers, PerRound: o.PerRound, MinParticipants: minPart,
		RoundTimeoutMS: pick(o.RoundTimeout.D(), DefaultRoundTimeout).Milliseconds(), Standardize: standardize, Seed: o.Seed,
		SecureAgg: o.SecureAgg, Verify: protocol.VerifySpec{BlockSteps: o.VerifyBlockSteps, Rate: o.VerifyRate},
	}
	switch o.SecureAgg {
	case protocol.SecureNone:
	case protocol.SecureThresholdHE:
		t := o.ThresholdHE
		spec.ThresholdHE = protocol.ThresholdSpec{Threshold: t.Threshold, SmudgingLog2: t.SmudgingLog2,
			StageTimeoutMS: pick(t.StageTimeout.D(), DefaultThresholdStage).Milliseconds()}
	case protocol.SecureSecAgg:
		a := o.SecAgg
		if !(a.Corrupt >= 0 && a.Corrupt < 1) || !(a.Dropout >= 0 && a.Dropout < 1) || a.Corrupt+a.Dropout >= 1 {
			return spec, cohort.Errorf(cohort.EInvalid, "secagg corrupt %g and dropout %g: want fractions in [0, 1) with a sum below 1", a.Corrupt, a.Dropout)
		}
		spec.SecAgg = protocol.SecAggSpec{Neighbours: a.Neighbours, Threshold: a.Threshold, Bits: pick(a.Bits, DefaultSecAggBits),
			Clip: pick(a.Clip, DefaultSecAggClip), StageTimeoutMS: pick(a.StageTimeout.D(), DefaultSecAggStage).Milliseconds(),
			Corrupt: a.Corrupt, Dropout: a.Dropout}
	default:
		return spec, cohort.Errorf(cohort.EInvalid, "secure aggregation %q: want none, secagg+ or threshold-he", string(o.SecureAgg))
	}
	if err := train.Validate(); err != nil {
		return spec, err
	}
	if err := o.applyPrivacy(&spec, dsName); err != nil {
		return spec, err
	}
	if err := spec.Validate(); err != nil {
		return spec, err
	}
	return spec, nil
}

// ByzantineCount splits the byzantine option into fl's count and fraction: 0 is the default (20 % of
// a round's participants), a value in (0, 0.5) a fraction, a whole number >= 1 a count; anything else
// is a cohort.EInvalid error.
func ByzantineCount(v float64) (count int, fraction float64, err error) {
	switch {
	case v == 0:
		return 0, 0, nil
	case v > 0 && v < 0.5:
		return 0, v, nil
	case v >= 1 && v <= 1e6 && v == math.Trunc(v):
		return int(v), 0, nil
	}
	return 0, 0, cohort.Errorf(cohort.EInvalid, "byzantine %v: want a fraction of the participants in [0, 0.5) or a whole count of attackers", v)
}

func pick[T comparable](v, def T) T {
	var zero T
	if v != zero {
		return v
	}
	return def
}

func pickS(v, def string) string { return pick(v, def) }

// Duration is a time.Duration written as Go writes it ("90s", "2m") in TOML and JSON.
type Duration time.Duration

// D returns d as a time.Duration.
func (d Duration) D() time.Duration { return time.Duration(d) }

// MarshalText writes d as "1m30s".
func (d Duration) MarshalText() ([]byte, error) { return []byte(time.Duration(d).String()), nil }

// UnmarshalText parses a Go duration; a negative one is an error.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return cohort.Errorf(cohort.EInvalid, "duration %q: %v", b, err)
	}
	if v < 0 {
		return cohort.Errorf(cohort.EInvalid, "duration %q is negative", b)
	}
	*d = Duration(v)
	return nil
}
