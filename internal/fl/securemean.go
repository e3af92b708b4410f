package fl

import (
	"fmt"

	"github.com/cohort-net/cohort"
)

// The arithmetic of weighted secure aggregation (SecAgg+ and threshold HE): each trainer sends
// w*delta and w, with w its capped sample count times a public WeightScale that keeps w near 1, and
// the coordinator learns only the sums.

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
func SecureMean(sum []float64, survivors int) (Update, error) {
	if len(sum) < 2 {
		return Update{}, cohort.Errorf(cohort.EInvalid, "secure sum of %d elements", len(sum))
	}
	w := sum[len(sum)-1]
	if !(w > 0) {
		return Update{}, cohort.Errorf(cohort.EInvalid, "secure sum: summed weight %g", w)
	}
	d := make([]float64, len(sum)-1)
	for i := range d {
		d[i] = sum[i] / w
	}
	return Update{Client: fmt.Sprintf("secagg+(%d survivors)", survivors), Delta: d, Samples: 1}, nil
}
