package protocol

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math"
	"math/bits"
	"slices"

	"github.com/cohort-net/cohort"
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
	Neighbours     int     `json:"neighbours"`        // k; 0: secagg.PlanParams for the round's n, Corrupt and Dropout
	Threshold      int     `json:"threshold"`         // t; 0: as chosen with k
	Corrupt        float64 `json:"corrupt,omitempty"` // γ: fraction of trainers assumed to collude with the coordinator; 0: secagg.DefaultCorrupt
	Dropout        float64 `json:"dropout,omitempty"` // δ: fraction of trainers assumed to drop out; 0: secagg.DefaultDropout
	Bits           int     `json:"bits"`              // quantization bits per element
	Clip           float64 `json:"clip"`              // elements of a weighted update are clipped to [-Clip, Clip]
	StageTimeoutMS int64   `json:"stage_timeout_ms"`  // deadline of every stage after the first
}

// Threat returns the assumed corrupt and dropout fractions, defaults filled in.
func (a SecAggSpec) Threat() (corrupt, dropout float64) {
	corrupt, dropout = a.Corrupt, a.Dropout
	if corrupt == 0 {
		corrupt = secagg.DefaultCorrupt
	}
	if dropout == 0 {
		dropout = secagg.DefaultDropout
	}
	return corrupt, dropout
}

// MaxSecureAttempts caps the sessions of one round: a trainer refuses a higher attempt, and never
// takes part in an attempt at or below one it already took part in, so a coordinator cannot re-run a
// round at will.
const MaxSecureAttempts = 8

// StrategiesNeedingUpdates are the strategies secure aggregation cannot serve: they look at individual updates.
var StrategiesNeedingUpdates = []string{"median", "trimmed-mean", "krum", "norm-clip"}

// checkSecure validates the secure-aggregation settings against the rest of the spec.
func (s *TaskSpec) checkSecure() error {
	if s.SecureAgg != SecureNone && s.Strategy.AutoClip && s.Strategy.ClipNorm == 0 {
		return cohort.Errorf(cohort.EInvalid, "auto clip needs every trainer's update norm, which secure aggregation hides by design: set a fixed clip_norm (each trainer clips its own update)")
	}
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
	if BeaconDepth(s) > secagg.MaxBeaconDepth {
		return cohort.Errorf(cohort.EInvalid, "secagg+: %d rounds: a trainer's beacon tree would need depth %d (at most %d)", s.Rounds, BeaconDepth(s), secagg.MaxBeaconDepth)
	}
	g, d := a.Threat()
	if _, err := secagg.PlanParams(max(s.Trainers, 2), g, d); err != nil {
		return fmt.Errorf("secagg+: %w", err)
	}
	return nil
}

// SecureRound tells the trainers of a round how to aggregate securely. It travels in the train request.
// Every field is bound into the SecAgg+ session (Config.Session), so a coordinator that tells two
// trainers different values splits them into sessions whose messages do not verify for each other.
type SecureRound struct {
	Attempt     uint64          `json:"attempt"`      // a new session per attempt of the same round, 1..MaxSecureAttempts
	Clients     []cohort.NodeID `json:"clients"`      // the round's participants, sorted
	ModelHash   [32]byte        `json:"model_hash"`   // SHA-256 of the global model's tensor (AppendTensor)
	WeightScale float64         `json:"weight_scale"` // a trainer sends w*delta and w, with w = min(samples, cap) * WeightScale
	Beacons     [][32]byte      `json:"beacons"`      // each client's beacon root (JoinHeader.Beacon), in Clients order
}

// BeaconDepth is the depth of a trainer's beacon tree for a task: one leaf per round and attempt.
func BeaconDepth(spec *TaskSpec) int {
	leaves := (uint64(spec.Rounds) + 1) * MaxSecureAttempts
	return max(1, bits.Len64(leaves-1))
}

// BeaconLeaf is the leaf a SecAgg+ session of round r, attempt a reveals.
func BeaconLeaf(round, attempt uint64) uint64 { return round*MaxSecureAttempts + attempt - 1 }

// ModelHash is the hash a SecureRound names the global model by.
func ModelHash(global []float64) [32]byte { return sha256.Sum256(AppendTensor(nil, global)) }

// SecAggConfig builds the SecAgg+ configuration both sides of a round derive from the task and the
// round's SecureRound. A trainer's vector is w*delta followed by w*loss (Dim = parameters + 1); its
// weight w travels as the element after them.
//
// The ring comes from randomness the coordinator cannot grind: every trainer commits, when it joins,
// to a tree of random beacon values (secagg.BeaconTree, its root in JoinHeader.Beacon), pinned by its
// peers; a session names every client's root and the leaf of its round and attempt (BeaconLeaf), and
// its ring is derived from every client's revealed leaf once all have advertised. The coordinator
// fixes the clients before it learns any leaf, and its only way to another ring is another attempt
// (at most MaxSecureAttempts per round) without some client. The attempt, model hash and weight scale
// are bound into the session (Params.Bind), the roots and the leaf too. k and t
// come from secagg.PlanParams for n, γ and δ unless the task fixes them, and a fixed pair must still
// meet the 2^-40 bound.
func SecAggConfig(spec *TaskSpec, round uint64, sr *SecureRound) (*secagg.Config, error) {
	if sr.Attempt == 0 || sr.Attempt > MaxSecureAttempts {
		return nil, cohort.Errorf(cohort.EInvalid, "secagg+ round %d: attempt %d outside 1..%d", round, sr.Attempt, MaxSecureAttempts)
	}
	if !(sr.WeightScale > 0) || math.IsInf(sr.WeightScale, 0) {
		return nil, cohort.Errorf(cohort.EInvalid, "secagg+ round %d: weight scale %g", round, sr.WeightScale)
	}
	n := len(sr.Clients)
	if len(sr.Beacons) != n {
		return nil, cohort.Errorf(cohort.EInvalid, "secagg+ round %d: %d beacon roots for %d clients: the ring must come from every client's committed beacon", round, len(sr.Beacons), n)
	}
	k, t, _, err := SecAggKT(spec, n)
	if err != nil {
		return nil, fmt.Errorf("secagg+ round %d: %w", round, err)
	}
	cfg, err := secagg.NewConfig(secagg.Params{
		Clients: sr.Clients, Neighbours: k, Threshold: t, Bits: spec.SecAgg.Bits, ClipRange: spec.SecAgg.Clip,
		MaxWeight: float64(maxWeight(spec)), Dim: spec.Model.NumParams() + 1, TaskID: spec.ID,
		Round: round*1_000 + sr.Attempt, Seed: ringSeed(spec.ID, round, sr.Clients), Bind: bindRound(sr),
		Beacons: sr.Beacons, BeaconLeaf: BeaconLeaf(round, sr.Attempt), BeaconDepth: BeaconDepth(spec),
	})
	if err != nil {
		return nil, fmt.Errorf("secagg+ round %d: %w", round, err)
	}
	return cfg, nil
}

// SecAggKT returns the k and t of a round of n trainers and the log2 of its failure bound: the task's
// fixed values if it has them (refused when they miss secagg.TargetFailureLog2), else the plan's.
func SecAggKT(spec *TaskSpec, n int) (k, t int, failureLog2 float64, err error) {
	g, d := spec.SecAgg.Threat()
	p, err := secagg.PlanParams(n, g, d)
	if err != nil {
		return 0, 0, 0, err
	}
	k, t = p.Neighbours, p.Threshold
	if spec.SecAgg.Neighbours == 0 && spec.SecAgg.Threshold == 0 {
		return k, t, p.FailureLog2, nil
	}
	if spec.SecAgg.Neighbours > 0 {
		k = min(spec.SecAgg.Neighbours, n-1)
	}
	if spec.SecAgg.Threshold > 0 {
		t = spec.SecAgg.Threshold
	}
	_, f := secagg.Assess(n, k, t, g, d)
	if f > max(p.FailureLog2, secagg.TargetFailureLog2) {
		return 0, 0, 0, cohort.Errorf(cohort.EInvalid, "k=%d, t=%d fail with probability 2^%.1f for %d trainers at γ=%g, δ=%g (want at most 2^%g; leave them 0 for k=%d, t=%d)", k, t, f, n, g, d, secagg.TargetFailureLog2, p.Neighbours, p.Threshold)
	}
	return k, t, f, nil
}

// ringSeed hashes the values fixed before the round: task, round and the sorted participants.
func ringSeed(task string, round uint64, clients []cohort.NodeID) [32]byte {
	h := sha256.New()
	h.Write([]byte("cohort/secagg/v2/ring\x00"))
	h.Write([]byte(task))
	h.Write([]byte{0})
	h.Write(binary.BigEndian.AppendUint64(nil, round))
	for _, id := range clients {
		h.Write(id[:])
	}
	var seed [32]byte
	h.Sum(seed[:0])
	return seed
}

// bindRound hashes the session values a SecureRound adds to the ring's: attempt, model and weight scale.
func bindRound(sr *SecureRound) [32]byte {
	h := sha256.New()
	h.Write([]byte("cohort/secagg/v2/bind\x00"))
	h.Write(binary.BigEndian.AppendUint64(nil, sr.Attempt))
	h.Write(sr.ModelHash[:])
	h.Write(binary.BigEndian.AppendUint64(nil, math.Float64bits(sr.WeightScale)))
	var b [32]byte
	h.Sum(b[:0])
	return b
}

// maxWeight bounds a trainer's weight w (WeightScale keeps it near 1; a cap of 16 leaves room for skew).
func maxWeight(*TaskSpec) int { return 16 }
