package dataset

import (
	"math"

	"github.com/cohort-net/cohort"
)

// Scaler z-scores features: x' = (x - Mean) / Std. A zero (or non-finite) Std is stored as 1.
type Scaler struct{ Mean, Std []float64 }

// FitScaler fits a Scaler to d's features (population standard deviation). Fit it on training data
// only, then Apply it to both training and test data.
func FitScaler(d *Dataset) *Scaler { return ComputeStats(d).Scaler() }

// Check reports whether the scaler fits data of d features, with finite means and positive finite
// standard deviations (a scaler may come from outside: a task spec, merged client statistics).
func (s *Scaler) Check(d int) error {
	if len(s.Mean) != d || len(s.Std) != d {
		return cohort.Errorf(cohort.EInvalid, "scaler for %d/%d features, data has %d", len(s.Mean), len(s.Std), d)
	}
	for j := range d {
		if math.IsNaN(s.Mean[j]) || math.IsInf(s.Mean[j], 0) || !(s.Std[j] > 0) || math.IsInf(s.Std[j], 0) {
			return cohort.Errorf(cohort.EInvalid, "scaler feature %d: mean %v, std %v", j, s.Mean[j], s.Std[j])
		}
	}
	return nil
}

// Apply returns a standardized copy of d. The scaler must fit d (see Check); features beyond the
// scaler's width are copied unchanged.
func (s *Scaler) Apply(d *Dataset) *Dataset {
	out := *d
	out.X = make([]float64, len(d.X))
	out.Y = append([]int(nil), d.Y...)
	for i := range d.N {
		row, dst := d.Row(i), out.X[i*d.D:(i+1)*d.D]
		copy(dst, row)
		for j := range min(len(row), len(s.Mean), len(s.Std)) {
			dst[j] = (row[j] - s.Mean[j]) / s.Std[j]
		}
	}
	return &out
}

// FeatureStats are the sufficient statistics of standardization: a row count and per-feature sums and
// sums of squares. Clients share these instead of rows; MergeStats adds them up.
type FeatureStats struct {
	N          int
	Sum, SumSq []float64
}

// ComputeStats returns d's feature statistics.
func ComputeStats(d *Dataset) FeatureStats {
	s := FeatureStats{N: d.N, Sum: make([]float64, d.D), SumSq: make([]float64, d.D)}
	for i := range d.N {
		for j, v := range d.Row(i) {
			s.Sum[j] += v
			s.SumSq[j] += float64(v * v)
		}
	}
	return s
}

// MergeStats adds the statistics of disjoint parts. Parts of a different width than the first are
// skipped.
func MergeStats(parts ...FeatureStats) FeatureStats {
	if len(parts) == 0 {
		return FeatureStats{}
	}
	d := len(parts[0].Sum)
	m := FeatureStats{Sum: make([]float64, d), SumSq: make([]float64, d)}
	for _, p := range parts {
		if len(p.Sum) != d || len(p.SumSq) != d {
			continue
		}
		m.N += p.N
		for j := range d {
			m.Sum[j] += p.Sum[j]
			m.SumSq[j] += p.SumSq[j]
		}
	}
	return m
}

// Scaler turns the statistics into a Scaler.
func (s FeatureStats) Scaler() *Scaler {
	d := len(s.Sum)
	sc := &Scaler{Mean: make([]float64, d), Std: make([]float64, d)}
	for j := range d {
		if s.N == 0 {
			sc.Std[j] = 1
			continue
		}
		n := float64(s.N)
		mean := s.Sum[j] / n
		v := s.SumSq[j]/n - mean*mean
		sd := math.Sqrt(max(v, 0))
		// Treat variance lost to rounding as none.
		if !(sd > 1e-12*max(1, math.Abs(mean))) || math.IsInf(sd, 0) {
			sd = 1
		}
		sc.Mean[j], sc.Std[j] = mean, sd
	}
	return sc
}
