package task

import (
	"fmt"
	"math"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dp"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/protocol"
)

// PrivacyOptions are a task's differential-privacy settings: a budget (ε, δ) and the mechanism that
// spends it. Left zero, NoiseMultiplier is the smallest σ that fits every round in the budget (by
// bisection with internal/dp's accountant), Delta is DefaultDelta, and Clip and SampleRate come from
// fl.DPDefaults (record mode) or Clip is 1 (client mode).
type PrivacyOptions struct {
	Mode            string  `toml:"mode" json:"mode,omitempty"` // record | client; "" = no differential privacy
	Epsilon         float64 `toml:"epsilon" json:"epsilon,omitempty"`
	Delta           float64 `toml:"delta" json:"delta,omitempty"`
	NoiseMultiplier float64 `toml:"noise_multiplier" json:"noise_multiplier,omitempty"`
	Clip            float64 `toml:"clip" json:"clip,omitempty"`               // record: per-row gradient norm; client: per-update norm
	SampleRate      float64 `toml:"sample_rate" json:"sample_rate,omitempty"` // record mode: each row's probability of being in a step's batch
	// Noise is who adds client mode's noise: "central" (the default: the coordinator, after the secure
	// sum) or "distributed" (every trainer adds its share before masking; secagg+ only).
	Noise string `toml:"noise" json:"noise,omitempty"`
}

// DefaultDelta is the δ of a privacy budget that names none.
const DefaultDelta = 1e-5

// applyPrivacy resolves o's privacy options into spec (already holding its training config, strategy
// and rounds); dsName picks fl.DPDefaults.
func (o Options) applyPrivacy(spec *protocol.TaskSpec, dsName string) error {
	p := o.Privacy
	if p == (PrivacyOptions{}) {
		return nil
	}
	bad := func(v float64) bool { return math.IsNaN(v) || math.IsInf(v, 0) || v < 0 }
	switch {
	case p.Mode != protocol.PrivacyRecord && p.Mode != protocol.PrivacyClient:
		return cohort.Errorf(cohort.EInvalid, "privacy.mode %q: want record or client", p.Mode)
	case bad(p.Epsilon) || p.Epsilon == 0:
		return cohort.Errorf(cohort.EInvalid, "privacy.epsilon %v: want a finite value > 0", p.Epsilon)
	case bad(p.Delta) || bad(p.NoiseMultiplier) || bad(p.Clip) || bad(p.SampleRate):
		return cohort.Errorf(cohort.EInvalid, "privacy: delta, noise_multiplier, clip and sample_rate must be finite and >= 0")
	case p.Mode == protocol.PrivacyClient && p.SampleRate != 0:
		return cohort.Errorf(cohort.EInvalid, "privacy.sample_rate is for record mode (client mode samples trainers with per_round)")
	case p.Noise != "" && p.Noise != protocol.NoiseCentral && p.Noise != protocol.NoiseDistributed:
		return cohort.Errorf(cohort.EInvalid, "privacy.noise %q: want central or distributed", p.Noise)
	case p.Noise == protocol.NoiseDistributed && (p.Mode != protocol.PrivacyClient || spec.SecureAgg != protocol.SecureSecAgg):
		return cohort.Errorf(cohort.EInvalid, "privacy.noise = \"distributed\" needs mode = \"client\" and secure_agg = \"secagg+\" (the trainers' noise shares add up only in a secure sum)")
	}
	spec.Privacy = protocol.PrivacySpec{Mode: p.Mode, Epsilon: p.Epsilon, Delta: pick(p.Delta, DefaultDelta)}
	if p.Noise == protocol.NoiseDistributed {
		spec.Privacy.Noise = p.Noise
		defer o.fitSecAggClip(spec)
	}
	if err := dp.CheckDelta(spec.Privacy.Delta); err != nil {
		return fmt.Errorf("privacy.delta: %w", err)
	}
	if p.Mode == protocol.PrivacyRecord {
		def := fl.DPDefaults(dsName, p.Epsilon).Train.DP
		spec.Train.DP = fl.DPSGD{NoiseMultiplier: p.NoiseMultiplier, Clip: pick(p.Clip, def.Clip), SampleRate: pick(p.SampleRate, def.SampleRate)}
		if err := spec.Train.DP.Validate(); err != nil {
			return fmt.Errorf("privacy: %w", err)
		}
	} else {
		spec.Strategy.ClipNorm = pick(p.Clip, pick(spec.Strategy.ClipNorm, 1))
		spec.Strategy.DPNoise = p.NoiseMultiplier
		spec.Strategy.MaxSamples = 1 // every trainer weighs the same: its clipped update's influence is C/n
	}
	if p.NoiseMultiplier > 0 {
		return nil
	}
	q, _, steps := spec.PrivacyMechanism()
	sigma, err := dp.NoiseFor(p.Epsilon, spec.Privacy.Delta, q, spec.Rounds*steps)
	if err != nil {
		return fmt.Errorf("privacy: solving the noise multiplier for %d rounds: %w", spec.Rounds, err)
	}
	if p.Mode == protocol.PrivacyRecord {
		spec.Train.DP.NoiseMultiplier = sigma
	} else {
		spec.Strategy.DPNoise = sigma
	}
	return nil
}

// fitSecAggClip widens a distributed-noise task's SecAgg+ clipping range, when the task leaves it at the
// default, to the clip norm plus six standard deviations of a trainer's noise share at the smallest
// roster, so that clipping does not truncate the noise (protocol.TaskSpec.checkDistributedNoise).
func (o Options) fitSecAggClip(spec *protocol.TaskSpec) {
	if o.SecAgg.Clip != 0 {
		return
	}
	if std, _, err := spec.DistributedNoise(max(spec.MinParticipants, 1)); err == nil {
		spec.SecAgg.Clip = max(spec.SecAgg.Clip, math.Ceil(spec.Strategy.ClipNorm+6*std))
	}
}
