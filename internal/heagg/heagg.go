// Package heagg is threshold-HE aggregation as a task runs it (--secure-agg threshold-he): the he
// session configuration that coordinator and trainer both derive from the task spec, the vector a
// trainer encrypts and the mean the coordinator takes of the decrypted sum. The messages, their
// encoding and what their signatures cover are in internal/protocol; the cryptography is in
// internal/he. The package is pure: values in, values out.
package heagg

import (
	"math"
	"strconv"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/he"
	"github.com/cohort-net/cohort/internal/protocol"
)

// Config is the he session configuration both sides derive for a roster of n members: party
// points 1..n, the task's threshold, and a common random string derived from the task, the round and
// the attempt (nobody chooses it).
func Config(spec *protocol.TaskSpec, round, attempt uint64, n int) he.ThresholdConfig {
	parties := make([]uint64, n)
	for i := range parties {
		parties[i] = uint64(i + 1)
	}
	label := spec.ID + "|" + strconv.FormatUint(round, 10) + "|" + strconv.FormatUint(attempt, 10)
	return he.ThresholdConfig{Parties: parties, Threshold: spec.ThresholdT(n), CRS: he.DeriveCRS(label), SmudgingLog2: spec.ThresholdHE.SmudgingLog2}
}

// Vector is what a trainer encrypts: [w*delta..., w*loss, w]. Every element must stay below
// he.MaxSumMagnitude / parties so that no slot of the sum wraps around.
func Vector(delta []float64, loss, w float64, parties int) ([]float64, error) {
	v := make([]float64, len(delta)+2)
	for i, d := range delta {
		v[i] = w * d
	}
	v[len(delta)] = w * loss
	v[len(delta)+1] = w
	bound := float64(he.MaxSumMagnitude) / float64(max(parties, 1))
	for i, x := range v {
		if math.IsNaN(x) || math.Abs(x) >= bound {
			return nil, cohort.Errorf(cohort.EInvalid, "threshold-he: element %d of the weighted update is %g, beyond %g (the sum of %d parties would wrap)", i, x, bound, parties)
		}
	}
	return v, nil
}

// Mean turns a decrypted sum [Σw·δ..., Σw·loss, Σw] into one update (the weighted mean of the
// contributors' deltas) and the weighted mean loss.
func Mean(sum []float64, params, contributors int) (mean []float64, loss float64, err error) {
	if len(sum) != params+2 {
		return nil, 0, cohort.Errorf(cohort.EInvalid, "threshold-he sum of %d elements, want %d", len(sum), params+2)
	}
	w := sum[params+1]
	if !(w > 0) {
		return nil, 0, cohort.Errorf(cohort.EInvalid, "threshold-he sum: summed weight %g", w)
	}
	mean = make([]float64, params)
	for i := range mean {
		mean[i] = sum[i] / w
	}
	return mean, sum[params] / w, nil
}
