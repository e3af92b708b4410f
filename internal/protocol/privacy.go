package protocol

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dp"
)

// Privacy modes of a task.
const (
	PrivacyRecord = "record" // DP-SGD in every trainer's local training: protects each data row
	PrivacyClient = "client" // DP-FedAvg, central noise at the coordinator: protects each trainer's whole data
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
