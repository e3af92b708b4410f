package protocol

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/secagg"
)

// Aggregation is a task's secure-aggregation mode. Its text form is what task files, configs and the
// --secure-agg flag use; ParseAggregation refuses anything else, so an unknown value never falls into
// one of the modes.
type Aggregation string

// Secure aggregation modes of a task.
const (
	SecureNone        Aggregation = ""             // plain FedAvg: the coordinator sees every update
	SecureSecAgg      Aggregation = "secagg+"      // SecAgg+ (Bell et al. 2020)
	SecureThresholdHE Aggregation = "threshold-he" // threshold CKKS: trainers decrypt only the sum
)

// ParseAggregation reads a mode: "", "none" or "plain" (no secure aggregation), "secagg+" or
// "threshold-he".
func ParseAggregation(s string) (Aggregation, error) {
	switch s {
	case "", "none", "plain":
		return SecureNone, nil
	case string(SecureSecAgg), string(SecureThresholdHE):
		return Aggregation(s), nil
	}
	return SecureNone, cohort.Errorf(cohort.EInvalid, "secure aggregation %q: want none, secagg+ or threshold-he", s)
}

// String returns the mode's name ("none" for no secure aggregation).
func (a Aggregation) String() string {
	if a == SecureNone {
		return "none"
	}
	return string(a)
}

// UnmarshalText parses a mode with ParseAggregation.
func (a *Aggregation) UnmarshalText(b []byte) error {
	v, err := ParseAggregation(string(b))
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// Paths of the SecAgg+ stages on the coordinator. Each is a signed POST of the stage's message whose
// response (a long poll) is the trainer's share of the next broadcast once the stage closes.
const (
	PathSecAggAdvertise   = "/v1/secagg/advertise"   // AdvertiseMsg -> RosterMsg
	PathSecAggShares      = "/v1/secagg/shares"      // SharesMsg -> ShareInbox
	PathSecAggMasked      = "/v1/secagg/masked"      // MaskedMsg -> SurvivorsMsg
	PathSecAggConsistency = "/v1/secagg/consistency" // ConsistencyMsg -> UnmaskRequest
	PathSecAggUnmask      = "/v1/secagg/unmask"      // UnmaskMsg -> {}
)

// SecAggSpec are a task's SecAgg+ settings.
type SecAggSpec struct {
	Neighbours     int     `json:"neighbours"`       // k; 0: about 2 log2(n) rounded to even, at least 2, at most n-1
	Threshold      int     `json:"threshold"`        // t; 0: floor(2k/3)+1
	Bits           int     `json:"bits"`             // quantization bits per element
	Clip           float64 `json:"clip"`             // elements of a weighted update are clipped to [-Clip, Clip]
	StageTimeoutMS int64   `json:"stage_timeout_ms"` // deadline of every stage after the first
}

// StrategiesNeedingUpdates are the strategies secure aggregation cannot serve: they look at individual updates.
var StrategiesNeedingUpdates = []string{"median", "trimmed-mean", "krum"}

// checkSecure validates the secure-aggregation settings against the rest of the spec.
func (s *TaskSpec) checkSecure() error {
	switch s.SecureAgg {
	case SecureNone:
		return nil
	case SecureSecAgg:
	case SecureThresholdHE:
		if slices.Contains(StrategiesNeedingUpdates, s.Strategy.Name) {
			return cohort.Errorf(cohort.EInvalid, "strategy %s needs every trainer's individual update, which threshold-HE aggregation hides by design: use fedavg, fedprox, fedadam, fedyogi or fedavgm", s.Strategy.Name)
		}
		return s.checkThreshold()
	default:
		return cohort.Errorf(cohort.EInvalid, "secure aggregation %q: want none, secagg+ or threshold-he", s.SecureAgg)
	}
	if slices.Contains(StrategiesNeedingUpdates, s.Strategy.Name) {
		return cohort.Errorf(cohort.EInvalid, "strategy %s needs every trainer's individual update, which secure aggregation hides by design: use fedavg, fedprox, fedadam, fedyogi or fedavgm with --secure-agg", s.Strategy.Name)
	}
	a := s.SecAgg
	if a.Bits < 8 || a.Bits > 40 || !(a.Clip > 0) || a.StageTimeoutMS < 100 {
		return cohort.Errorf(cohort.EInvalid, "secagg+: bits %d (want 8..40), clip %g (want > 0), stage timeout %d ms (want >= 100)", a.Bits, a.Clip, a.StageTimeoutMS)
	}
	return nil
}

// SecureRound tells the trainers of a round how to aggregate securely. It travels in the train request.
type SecureRound struct {
	Attempt     uint64          `json:"attempt"` // a new session per attempt of the same round
	Clients     []cohort.NodeID `json:"clients"` // the round's participants, sorted
	ModelHash   [32]byte        `json:"model_hash"`
	WeightScale float64         `json:"weight_scale"` // a trainer sends w*delta and w, with w = min(samples, cap) * WeightScale
}

// SecAggConfig builds the SecAgg+ configuration both sides of a round derive from the task and the
// round's SecureRound. A trainer's vector is w*delta followed by w*loss (Dim = parameters + 1); its
// weight w travels as the element after them.
//
// SecAggConfig builds the SecAgg+ configuration both sides of a round derive from the task and the
// round's SecureRound. The ring's public randomness is a hash of the task, the round, the attempt and
// the global model the round starts from, none of which the coordinator can choose freely.
func SecAggConfig(spec *TaskSpec, round uint64, sr *SecureRound) (*secagg.Config, error) {
	h := sha256.New()
	h.Write([]byte("cohort/secagg/ring\x00"))
	h.Write([]byte(spec.ID))
	h.Write(binary.BigEndian.AppendUint64(nil, round))
	h.Write(binary.BigEndian.AppendUint64(nil, sr.Attempt))
	h.Write(sr.ModelHash[:])
	var seed [32]byte
	h.Sum(seed[:0])
	n := len(sr.Clients)
	k, t := spec.SecAgg.Neighbours, spec.SecAgg.Threshold
	if k == 0 {
		k = 2
		for 1<<(k/2) < n {
			k += 2
		}
	}
	if k > n-1 {
		k = n - 1
	}
	if t == 0 {
		t = 2*k/3 + 1
	}
	cfg, err := secagg.NewConfig(secagg.Params{
		Clients: sr.Clients, Neighbours: k, Threshold: t, Bits: spec.SecAgg.Bits, ClipRange: spec.SecAgg.Clip,
		MaxWeight: float64(maxWeight(spec)), Dim: spec.Model.NumParams() + 1, TaskID: spec.ID,
		Round: round*1_000 + sr.Attempt, Seed: seed,
	})
	if err != nil {
		return nil, fmt.Errorf("secagg+ round %d: %w", round, err)
	}
	return cfg, nil
}

// maxWeight bounds a trainer's weight w (WeightScale keeps it near 1; a cap of 16 leaves room for skew).
func maxWeight(*TaskSpec) int { return 16 }

// WeightScale is 1 / the mean capped sample count of a round's participants.
func WeightScale(samples []int, cap int) float64 {
	var sum float64
	for _, n := range samples {
		if cap > 0 {
			n = min(n, cap)
		}
		sum += float64(n)
	}
	if sum == 0 {
		return 1
	}
	return float64(len(samples)) / sum
}

// SecureMean turns a SecAgg+ result (sum of w*delta, then the summed weight) into one update the
// task's strategy aggregates as if it were the weighted mean of the survivors' updates.
func SecureMean(sum []float64, survivors int) (fl.Update, error) {
	if len(sum) < 2 {
		return fl.Update{}, cohort.Errorf(cohort.EInvalid, "secure sum of %d elements", len(sum))
	}
	w := sum[len(sum)-1]
	if !(w > 0) {
		return fl.Update{}, cohort.Errorf(cohort.EInvalid, "secure sum: summed weight %g", w)
	}
	d := make([]float64, len(sum)-1)
	for i := range d {
		d[i] = sum[i] / w
	}
	return fl.Update{Client: fmt.Sprintf("secagg+(%d survivors)", survivors), Delta: d, Samples: 1}, nil
}
