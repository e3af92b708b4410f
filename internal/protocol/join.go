package protocol

import (
	"encoding/binary"
	"math"
	"slices"

	"github.com/cohort-net/cohort"
)

// MaxJoinSamples bounds the sample count a trainer may claim: no data set a node trains on comes near
// it, and counts above it would let one joiner outweigh every other in the merged statistics and in
// FedAvg.
const MaxJoinSamples = 1 << 30

// maxMoment bounds a feature's mean magnitude and mean square a joiner may report, so that merging
// statistics stays finite.
const maxMoment = 1e100

// CheckJoin checks a trainer's join (its header and data statistics) against the task: the feature
// count is the model's, the sample count is within 1..MaxJoinSamples, every statistic is finite and
// bounded, each feature's sum and sum of squares are consistent with the sample count (a sum of
// squares is never negative nor below sum²/n), and the trainer's classes are the task's, without
// repeats. A schema task's join carries table statistics instead of feature sums, checked against the
// schema (dataset.TableStats.Check: its columns, categories and bounded counts).
func (s *TaskSpec) CheckJoin(h JoinHeader, sum, sumSq []float64) error {
	switch {
	case h.Features != s.Model.Inputs:
		return cohort.Errorf(cohort.EInvalid, "wrong model dimension: trainer data has %d features, the task's model takes %d", h.Features, s.Model.Inputs)
	case h.Samples <= 0 || h.Samples > MaxJoinSamples:
		return cohort.Errorf(cohort.EInvalid, "join: %d samples, want 1..%d", h.Samples, MaxJoinSamples)
	case s.Schema == nil && h.Table != nil:
		return cohort.Errorf(cohort.EInvalid, "join: table statistics in a task without a schema")
	case s.Schema == nil && (len(sum) != h.Features || len(sumSq) != h.Features):
		return cohort.Errorf(cohort.EInvalid, "join: statistics of %d/%d features, want %d", len(sum), len(sumSq), h.Features)
	case len(h.Endpoint) > 512:
		return cohort.Errorf(cohort.EInvalid, "join: endpoint URL over 512 bytes")
	case len(h.Classes) > len(s.Classes):
		return cohort.Errorf(cohort.EInvalid, "join: %d classes, the task has %d", len(h.Classes), len(s.Classes))
	case s.SecureAgg == SecureSecAgg && h.Beacon == [32]byte{}:
		return cohort.Errorf(cohort.EInvalid, "join: a SecAgg+ task needs the trainer's beacon root")
	}
	if s.Schema != nil {
		if err := s.checkTableJoin(h, sum, sumSq); err != nil {
			return err
		}
	}
	n := float64(h.Samples)
	for i := range sum {
		m, sq := sum[i]/n, sumSq[i]/n
		switch {
		case math.IsNaN(m) || math.IsInf(m, 0) || math.IsNaN(sq) || math.IsInf(sq, 0) || math.Abs(m) > maxMoment || sq > maxMoment:
			return cohort.Errorf(cohort.EInvalid, "join: feature %d's statistics are not finite or out of range", i)
		case sq < 0 || m*m > sq*(1+1e-9)+1e-300:
			return cohort.Errorf(cohort.EInvalid, "join: feature %d's sum of squares does not fit its sum and %d samples", i, h.Samples)
		}
	}
	for i, cl := range h.Classes {
		if !slices.Contains(s.Classes, cl) {
			return cohort.Errorf(cohort.EInvalid, "join: label value %q is not one of the task's classes %v", cl, s.Classes)
		}
		if slices.Contains(h.Classes[:i], cl) {
			return cohort.Errorf(cohort.EInvalid, "join: label value %q listed twice", cl)
		}
	}
	return nil
}

// FrameSize is the largest encoded frame with a header of at most maxHeader bytes and tensors of the
// given element counts: a route's body limit.
func FrameSize(maxHeader int, elems ...int) int64 {
	n := int64(4 + 2*binary.MaxVarintLen64 + maxHeader)
	for _, e := range elems {
		n += int64(TensorSize(e))
	}
	return n
}
