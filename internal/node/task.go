package node

import (
	"fmt"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/protocol"
)

// TaskOptions are the knobs of a federated task, as flags and config files name them. Zero values
// take the defaults of DefaultTaskOptions.
type TaskOptions struct {
	ID              string           `toml:"id"`
	Model           string           `toml:"model"` // logreg|softmax|mlp; "" = logreg for 2 classes, else softmax
	Hidden          []int            `toml:"hidden"`
	Activation      string           `toml:"activation"`
	Rounds          int              `toml:"rounds"`
	LocalEpochs     int              `toml:"local_epochs"`
	BatchSize       int              `toml:"batch_size"`
	Optimizer       string           `toml:"optimizer"`
	LR              float64          `toml:"lr"`
	Momentum        float64          `toml:"momentum"`
	L2              float64          `toml:"l2"`
	Strategy        string           `toml:"strategy"`
	ProxMu          float64          `toml:"prox_mu"`
	ServerLR        float64          `toml:"server_lr"`
	TrimFraction    float64          `toml:"trim_fraction"`
	Byzantine       int              `toml:"byzantine"`
	ClipNorm        float64          `toml:"clip_norm"`
	MaxSamples      int              `toml:"max_samples"`
	Trainers        int              `toml:"trainers"`
	PerRound        int              `toml:"per_round"`
	MinParticipants int              `toml:"min_participants"`
	RoundTimeout    time.Duration    `toml:"round_timeout"`
	Standardize     *bool            `toml:"standardize"`
	Seed            uint64           `toml:"seed"`
	ChainID         uint64           `toml:"chain_id"`
	SecureAgg       string           `toml:"secure_agg"` // "" | none | secagg+
	SecAgg          SecAggOptions    `toml:"secagg"`
	ThresholdHE     ThresholdOptions `toml:"threshold_he"`
}

// ThresholdOptions are threshold-HE aggregation's knobs; zero values take the defaults.
type ThresholdOptions struct {
	Threshold    int           `toml:"threshold"`
	SmudgingLog2 float64       `toml:"smudging_log2"`
	StageTimeout time.Duration `toml:"stage_timeout"`
}

// SecAggOptions are SecAgg+'s knobs; zero values take the defaults.
type SecAggOptions struct {
	Neighbours   int           `toml:"neighbours"`
	Threshold    int           `toml:"threshold"`
	Bits         int           `toml:"bits"`
	Clip         float64       `toml:"clip"`
	StageTimeout time.Duration `toml:"stage_timeout"`
}

// DevChainID is the chain id of the embedded dev chain and of networks without a chain.
const DevChainID = 1337

// Spec resolves o into a validated task spec for data with the given features, classes and label.
// dsName picks fl's tuned defaults (fl.Defaults) for options left zero.
func (o TaskOptions) Spec(dsName string, features int, classes []string, label string) (protocol.TaskSpec, error) {
	kind := o.Model
	if kind == "" {
		kind = "logreg"
		if len(classes) > 2 {
			kind = "softmax"
		}
	}
	if kind == "logreg" && len(classes) != 2 {
		return protocol.TaskSpec{}, cohort.Errorf(cohort.EInvalid, "model logreg needs 2 classes, the data has %d: use softmax or mlp", len(classes))
	}
	model := fl.ModelSpec{Kind: kind, Inputs: features, Classes: len(classes), Activation: o.Activation}
	if kind == "mlp" {
		model.Hidden = o.Hidden
		if len(model.Hidden) == 0 {
			model.Hidden = []int{128}
		}
	}
	var d preset
	d.train, d.strategy, d.rounds = fl.Defaults(dsName, kind)
	pick := func(v, def float64) float64 {
		if v != 0 {
			return v
		}
		return def
	}
	pickI := func(v, def int) int {
		if v != 0 {
			return v
		}
		return def
	}
	train := fl.TrainConfig{
		Optimizer: o.Optimizer, LR: pick(o.LR, d.train.LR), Momentum: pick(o.Momentum, d.train.Momentum), L2: pick(o.L2, d.train.L2),
		Epochs: pickI(o.LocalEpochs, d.train.Epochs), BatchSize: pickI(o.BatchSize, d.train.BatchSize),
	}
	if train.Optimizer == "" {
		train.Optimizer = d.train.Optimizer
	}
	strategy := fl.StrategyConfig{
		Name: o.Strategy, ProxMu: o.ProxMu, ServerLR: o.ServerLR, TrimFraction: o.TrimFraction,
		Byzantine: o.Byzantine, ClipNorm: o.ClipNorm, MaxSamples: o.MaxSamples,
	}
	if strategy.Name == "" {
		strategy.Name = d.strategy.Name
	}
	trainers := pickI(o.Trainers, 5)
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
	timeout := o.RoundTimeout
	if timeout == 0 {
		timeout = 2 * time.Minute
	}
	chain := o.ChainID
	if chain == 0 {
		chain = DevChainID
	}
	id := o.ID
	if id == "" {
		id = fmt.Sprintf("task-%s-%d", kind, o.Seed)
	}
	spec := protocol.TaskSpec{
		ID: id, ChainID: chain, Label: label, Classes: classes, Model: model, Train: train, Strategy: strategy,
		Rounds: pickI(o.Rounds, d.rounds), Trainers: trainers, PerRound: o.PerRound, MinParticipants: minPart,
		RoundTimeoutMS: timeout.Milliseconds(), Standardize: standardize, Seed: o.Seed,
	}
	switch o.SecureAgg {
	case "", "none":
	case protocol.SecureThresholdHE:
		spec.SecureAgg = o.SecureAgg
		spec.ThresholdHE = protocol.ThresholdSpec{Threshold: o.ThresholdHE.Threshold, SmudgingLog2: o.ThresholdHE.SmudgingLog2, StageTimeoutMS: 60_000}
		if o.ThresholdHE.StageTimeout > 0 {
			spec.ThresholdHE.StageTimeoutMS = o.ThresholdHE.StageTimeout.Milliseconds()
		}
	default:
		spec.SecureAgg = o.SecureAgg
		a := o.SecAgg
		spec.SecAgg = protocol.SecAggSpec{Neighbours: a.Neighbours, Threshold: a.Threshold, Bits: pickI(a.Bits, 24), Clip: pick(a.Clip, 4),
			StageTimeoutMS: 30_000}
		if a.StageTimeout > 0 {
			spec.SecAgg.StageTimeoutMS = a.StageTimeout.Milliseconds()
		}
	}
	if err := train.Validate(); err != nil {
		return spec, err
	}
	if err := spec.Validate(); err != nil {
		return spec, err
	}
	return spec, nil
}

type preset struct {
	train    fl.TrainConfig
	strategy fl.StrategyConfig
	rounds   int
}

// specFromData is Spec for a loaded data set.
func (o TaskOptions) specFromData(name string, d *dataset.Dataset) (protocol.TaskSpec, error) {
	return o.Spec(name, d.D, d.Classes, d.Label)
}
