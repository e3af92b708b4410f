package protocol

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dp"
	"github.com/cohort-net/cohort/internal/fl"
)

// Privacy modes of a task.
const (
	PrivacyRecord = "record" // DP-SGD in every trainer's local training: protects each data row
	PrivacyClient = "client" // DP-FedAvg, central noise at the coordinator: protects each trainer's whole data
)

// Where client-level DP noise is added (PrivacySpec.Noise).
const (
	NoiseCentral     = "central"     // by the coordinator, to the secure mean (the default, "")
	NoiseDistributed = "distributed" // by every trainer, to its clipped update before masking (SecAgg+ only)
)

// PrivacySpec is a task's differential-privacy budget. The mechanism's parameters live where they act:
// Train.DP (record mode: DP-SGD's noise multiplier, clip and sample rate) or Strategy.DPNoise and
// Strategy.ClipNorm (client mode; under secure aggregation each trainer clips its own update and
// weighs it 1, Strategy.MaxSamples = 1, and the coordinator adds the noise to the secure mean). The coordinator computes the ε spent after every round with
// internal/dp's RDP accountant, records it in the round's summary, and ends the task before a round
// whose ε would exceed Epsilon.
type PrivacySpec struct {
	Mode    string  `json:"mode"`    // record | client
	Epsilon float64 `json:"epsilon"` // the budget: ε at Delta
	Delta   float64 `json:"delta"`
	// Noise says who adds client mode's noise: NoiseCentral ("") or NoiseDistributed, in which each
	// trainer adds its share N(0, σ²C²/n_min) to its clipped update before masking (DistributedNoise),
	// so the secure sum carries at least N(0, σ²C²) without trusting the coordinator.
	Noise string `json:"noise,omitempty"`
}

// checkPrivacy validates the budget and that the mechanism it accounts for is configured.
func (s *TaskSpec) checkPrivacy() error {
	p := s.Privacy
	if p == (PrivacySpec{}) {
		if s.Train.DP.Enabled() || s.Strategy.DPNoise > 0 {
			return cohort.Errorf(cohort.EInvalid, "privacy: differential privacy is configured without a budget (privacy.mode, epsilon, delta)")
		}
		return nil
	}
	switch {
	case p.Mode != PrivacyRecord && p.Mode != PrivacyClient:
		return cohort.Errorf(cohort.EInvalid, "privacy: mode %q, want record or client", p.Mode)
	case math.IsNaN(p.Epsilon) || math.IsInf(p.Epsilon, 0) || p.Epsilon <= 0:
		return cohort.Errorf(cohort.EInvalid, "privacy: epsilon %v, want a finite value > 0", p.Epsilon)
	}
	if err := dp.CheckDelta(p.Delta); err != nil {
		return fmt.Errorf("privacy: %w", err)
	}
	if err := s.Train.DP.Validate(); err != nil {
		return fmt.Errorf("privacy: %w", err)
	}
	if p.Mode == PrivacyRecord {
		if !s.Train.DP.Enabled() || !(s.Train.DP.NoiseMultiplier > 0) || s.Strategy.DPNoise > 0 {
			return cohort.Errorf(cohort.EInvalid, "privacy: record mode needs DP-SGD in training (clip, sample rate, noise multiplier > 0) and no client-level noise")
		}
	} else {
		if !(s.Strategy.DPNoise > 0) || !(s.Strategy.ClipNorm > 0) || s.Train.DP.Enabled() {
			return cohort.Errorf(cohort.EInvalid, "privacy: client mode needs strategy noise and clip norm > 0, and no DP-SGD")
		}
		if s.SecureAgg != SecureNone && s.Strategy.MaxSamples != 1 {
			return cohort.Errorf(cohort.EInvalid, "privacy: client mode under secure aggregation needs equal weights (strategy max samples 1): the coordinator adds its noise to the secure mean of the trainers' clipped updates")
		}
	}
	if err := s.checkDistributedNoise(); err != nil {
		return err
	}
	n, err := s.PrivacyRounds()
	if err != nil {
		return err
	}
	if n < 1 {
		sp, _ := s.PrivacySpent(1)
		return cohort.Errorf(cohort.EInvalid, "privacy: one round already spends ε %.4g, over the budget %v: raise the noise or the budget", sp.Epsilon, p.Epsilon)
	}
	return nil
}

// checkDistributedNoise validates PrivacySpec.Noise: distributed noise is for client mode under SecAgg+
// (whose threat model, γ and δ, gives n_min), and the SecAgg+ clipping range must hold a trainer's
// noisy update (C plus six standard deviations of its noise share at the smallest roster) so that
// clipping never truncates the noise in practice.
func (s *TaskSpec) checkDistributedNoise() error {
	switch s.Privacy.Noise {
	case "", NoiseCentral:
		return nil
	case NoiseDistributed:
	default:
		return cohort.Errorf(cohort.EInvalid, "privacy: noise %q, want central or distributed", s.Privacy.Noise)
	}
	if s.Privacy.Mode != PrivacyClient || s.SecureAgg != SecureSecAgg {
		return cohort.Errorf(cohort.EInvalid, "privacy: distributed noise needs client mode and secagg+ (mode %q, secure aggregation %q): the trainers' noise shares add up only in a secure sum", s.Privacy.Mode, s.SecureAgg)
	}
	std, _, err := s.DistributedNoise(max(s.MinParticipants, 1))
	if err != nil {
		return err
	}
	if need := s.Strategy.ClipNorm + 6*std; s.SecAgg.Clip < need {
		return cohort.Errorf(cohort.EInvalid, "privacy: distributed noise of standard deviation %.3g per trainer needs a secagg+ clip of at least %.3g (have %g): raise secagg.clip", std, need, s.SecAgg.Clip)
	}
	return nil
}

// DistributedNoise returns the standard deviation of the Gaussian noise each trainer adds to every
// coordinate of its clipped update in a round of n trainers under distributed noise, σ·C/√n_min, and
// n_min = n − ⌊γn⌋ − ⌊δn⌋: the fewest honest survivors the round can have when at most ⌊γn⌋
// trainers collude with the coordinator (and withhold or subtract their own noise) and at most ⌊δn⌋
// drop out (a trainer refuses a survivor set with fewer than n − ⌊δn⌋ members, CheckNoiseSurvivors).
// The honest survivors' shares alone then add up to N(0, σ²C²) on the sum, the noise the accountant
// assumes.
func (s *TaskSpec) DistributedNoise(n int) (std float64, nMin int, err error) {
	g, d := s.SecAgg.Threat()
	nMin = n - int(math.Floor(g*float64(n))) - int(math.Floor(d*float64(n)))
	if n < 1 || nMin < 1 {
		return 0, 0, cohort.Errorf(cohort.EInvalid, "privacy: distributed noise for %d trainers at γ %g, δ %g leaves no honest survivor", n, g, d)
	}
	return s.Strategy.DPNoise * s.Strategy.ClipNorm / math.Sqrt(float64(nMin)), nMin, nil
}

// CheckNoiseSurvivors refuses, under distributed noise, a survivor set of a round of n trainers that is
// smaller than the dropout bound allows (n − ⌊δn⌋): with fewer survivors the honest noise shares no longer
// add up to the noise the accountant assumes.
func (s *TaskSpec) CheckNoiseSurvivors(n, survivors int) error {
	if s.Privacy.Noise != NoiseDistributed {
		return nil
	}
	_, d := s.SecAgg.Threat()
	if need := n - int(math.Floor(d*float64(n))); survivors < need {
		return cohort.Errorf(cohort.EForbidden, "distributed dp noise: %d of %d trainers survive, the dropout bound δ = %g needs %d for the noise to reach σ = %g", survivors, n, d, need, s.Strategy.DPNoise)
	}
	return nil
}

// SamePrivacy returns an error naming the first difference between the privacy mechanism of s and
// that of published (the spec a task was published with): the budget and who adds the noise, DP-SGD's
// parameters and epochs, client mode's noise multiplier, clip norm and weights, and the
// secure-aggregation settings distributed noise is calibrated to. A trainer refuses a coordinator's
// spec that differs, so a coordinator cannot turn the noise down, move it to itself, or widen the
// threat model behind n_min.
func (s *TaskSpec) SamePrivacy(published *TaskSpec) error {
	type mech struct {
		Privacy                             PrivacySpec
		DP                                  fl.DPSGD
		Epochs                              int
		DPNoise, ClipNorm                   float64
		MaxSamples                          int
		SecureAgg                           Aggregation
		SecAgg                              SecAggSpec
		Trainers, MinParticipants, PerRound int
	}
	of := func(t *TaskSpec) mech {
		return mech{t.Privacy, t.Train.DP, t.Train.Epochs, t.Strategy.DPNoise, t.Strategy.ClipNorm, t.Strategy.MaxSamples,
			t.SecureAgg, t.SecAgg, t.Trainers, t.MinParticipants, t.PerRound}
	}
	if a, b := of(s), of(published); a != b {
		return cohort.Errorf(cohort.EForbidden, "task %s: the coordinator's privacy settings %+v differ from the published task's %+v", s.ID, a, b)
	}
	return nil
}

// PrivacyMechanism returns the sampled Gaussian mechanism one round of the task runs, as the accountant
// sees it: sample rate, noise multiplier and steps per round. Record mode: each trainer's DP-SGD,
// Epochs*StepsPerEpoch steps at the row sample rate (a row lives at one trainer, and the worst case is
// that trainer taking part in every round). Client mode: one step per round at sample rate 1 — the
// coordinator picks a round's participants from public values, so no amplification by sampling is
// claimed.
func (s *TaskSpec) PrivacyMechanism() (q, sigma float64, steps int) {
	if s.Privacy.Mode == PrivacyClient {
		return 1, s.Strategy.DPNoise, 1
	}
	d := s.Train.DP
	return d.SampleRate, d.NoiseMultiplier, s.Train.Epochs * d.StepsPerEpoch()
}

// PrivacySpent returns the (ε, δ) guarantee after rounds rounds (δ = Privacy.Delta).
func (s *TaskSpec) PrivacySpent(rounds int) (dp.Spent, error) {
	if s.Privacy.Mode == "" {
		return dp.Spent{}, cohort.Errorf(cohort.EInvalid, "privacy: the task has no budget")
	}
	q, sigma, steps := s.PrivacyMechanism()
	sp, err := dp.Epsilon(q, sigma, rounds*steps, s.Privacy.Delta)
	if err != nil {
		return sp, fmt.Errorf("privacy: %w", err)
	}
	return sp, nil
}

// PrivacyRounds returns how many of the task's rounds fit in its budget: the largest r <= Rounds with
// PrivacySpent(r).Epsilon <= Epsilon (Rounds when the task has no budget).
func (s *TaskSpec) PrivacyRounds() (int, error) {
	if s.Privacy.Mode == "" {
		return s.Rounds, nil
	}
	lo, hi := 0, s.Rounds // ε grows with rounds: bisect for the last round within budget
	for lo < hi {
		mid := (lo + hi + 1) / 2
		sp, err := s.PrivacySpent(mid)
		if err != nil {
			return 0, err
		}
		if sp.Epsilon <= s.Privacy.Epsilon {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo, nil
}

// NoiseSeed derives a secret, reproducible seed for a node's differential-privacy noise in one round of
// a task: the first 8 bytes of SHA-256 of the node's signature over SHA-256("cohort/dp/noise-seed" ||
// purpose || task || round). Only the key's holder can compute it, and a deterministic signer (RFC 6979,
// as identity.Key) gives the same seed after a restart, so a retrained round repeats its noise instead
// of releasing a second, independent draw.
func NoiseSeed(key Signer, purpose, task string, round uint64) (uint64, error) {
	h := sha256.New()
	h.Write([]byte("cohort/dp/noise-seed\x00"))
	h.Write([]byte(purpose + "\x00" + task + "\x00"))
	h.Write(binary.BigEndian.AppendUint64(nil, round))
	var digest [32]byte
	h.Sum(digest[:0])
	sig, err := key.Sign(digest)
	if err != nil {
		return 0, fmt.Errorf("dp noise seed: %w", err)
	}
	sum := sha256.Sum256(sig)
	return binary.BigEndian.Uint64(sum[:8]), nil
}
