package dataset

import (
	"math"
	"math/rand/v2"
	"slices"

	"github.com/cohort-net/cohort"
)

// Dataset is a labelled numeric data set: N rows of D features, row-major, and a class index per row.
type Dataset struct {
	X        []float64 // row-major, N*D
	Y        []int     // class index in [0, len(Classes))
	N, D     int
	Features []string
	Label    string
	Classes  []string // original label values; index = class id (numeric labels sorted numerically, else lexically)
}

// Row returns row i as a sub-slice of X (not a copy).
func (d *Dataset) Row(i int) []float64 { return d.X[i*d.D : (i+1)*d.D : (i+1)*d.D] }

// NumClasses returns the number of classes.
func (d *Dataset) NumClasses() int { return len(d.Classes) }

// Subset returns a new data set holding copies of the rows idx, in that order.
func (d *Dataset) Subset(idx []int) *Dataset {
	s := &Dataset{
		X: make([]float64, len(idx)*d.D), Y: make([]int, len(idx)), N: len(idx), D: d.D,
		Features: d.Features, Label: d.Label, Classes: d.Classes,
	}
	for k, i := range idx {
		copy(s.X[k*d.D:(k+1)*d.D], d.Row(i))
		s.Y[k] = d.Y[i]
	}
	return s
}

// ClassCounts returns the number of rows of each class.
func (d *Dataset) ClassCounts() []int {
	c := make([]int, len(d.Classes))
	for _, y := range d.Y {
		c[y]++
	}
	return c
}

func newRand(seed uint64) *rand.Rand {
	return rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
}

// StratifiedSplit splits d into a training and a test set, keeping each class's share: from every class
// round(testFrac*count) rows, chosen at random by seed, go to the test set. Both sets keep d's row order.
func StratifiedSplit(d *Dataset, testFrac float64, seed uint64) (train, test *Dataset, err error) {
	trIdx, teIdx, err := StratifiedIndices(d.Y, d.NumClasses(), testFrac, seed)
	if err != nil {
		return nil, nil, err
	}
	return d.Subset(trIdx), d.Subset(teIdx), nil
}

// StratifiedIndices is StratifiedSplit on the labels alone: the sorted row indices of each side.
func StratifiedIndices(y []int, classes int, testFrac float64, seed uint64) (train, test []int, err error) {
	if !(testFrac > 0 && testFrac < 1) {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "test fraction %v: want 0 < f < 1", testFrac)
	}
	if len(y) < 2 {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "split %d rows: want at least 2", len(y))
	}
	byClass := make([][]int, classes)
	for i, c := range y {
		if c < 0 || c >= classes {
			return nil, nil, cohort.Errorf(cohort.EInvalid, "split: label %d of row %d outside [0,%d)", c, i, classes)
		}
		byClass[c] = append(byClass[c], i)
	}
	r := newRand(seed)
	for _, idx := range byClass {
		r.Shuffle(len(idx), func(a, b int) { idx[a], idx[b] = idx[b], idx[a] })
		k := int(math.Round(testFrac * float64(len(idx))))
		test = append(test, idx[:k]...)
		train = append(train, idx[k:]...)
	}
	if len(test) == 0 || len(train) == 0 {
		return nil, nil, cohort.Errorf(cohort.EInvalid, "split %d rows at %v: an empty side", len(y), testFrac)
	}
	slices.Sort(train)
	slices.Sort(test)
	return train, test, nil
}

// PartitionIID deals the row indices 0..n-1 at random (by seed) into parts near-equal parts.
func PartitionIID(n, parts int, seed uint64) [][]int {
	if parts <= 0 {
		return nil
	}
	perm := newRand(seed).Perm(n)
	out := make([][]int, parts)
	for p := range parts {
		lo, hi := p*n/parts, (p+1)*n/parts
		out[p] = slices.Clone(perm[lo:hi])
		slices.Sort(out[p])
	}
	return out
}

// PartitionDirichlet splits the rows labelled y into parts with label skew: for every class, the shares
// of its rows that go to each part are drawn from a symmetric Dirichlet(alpha) (small alpha: strong
// skew). Draws are repeated until every part holds at least min(10, n/(2*parts)) rows (at least 1); if
// 1000 draws fail, rows move from the largest parts to the short ones.
func PartitionDirichlet(y []int, classes, parts int, alpha float64, seed uint64) ([][]int, error) {
	n := len(y)
	switch {
	case parts <= 0:
		return nil, cohort.Errorf(cohort.EInvalid, "dirichlet partition: %d parts", parts)
	case !(alpha > 0) || math.IsInf(alpha, 0):
		return nil, cohort.Errorf(cohort.EInvalid, "dirichlet partition: alpha %v, want > 0", alpha)
	case n < parts:
		return nil, cohort.Errorf(cohort.EInvalid, "dirichlet partition: %d rows for %d parts", n, parts)
	case classes <= 0:
		return nil, cohort.Errorf(cohort.EInvalid, "dirichlet partition: %d classes", classes)
	}
	byClass := make([][]int, classes)
	for i, c := range y {
		if c < 0 || c >= classes {
			return nil, cohort.Errorf(cohort.EInvalid, "dirichlet partition: label %d of row %d outside [0,%d)", c, i, classes)
		}
		byClass[c] = append(byClass[c], i)
	}
	minSize := max(1, min(10, n/(2*parts)))
	r := newRand(seed)
	var out [][]int
	props := make([]float64, parts)
	for range 1000 {
		out = make([][]int, parts)
		for _, idx := range byClass {
			perm := slices.Clone(idx)
			r.Shuffle(len(perm), func(a, b int) { perm[a], perm[b] = perm[b], perm[a] })
			sum := 0.0
			for p := range props {
				props[p] = gamma(r, alpha)
				sum += props[p]
			}
			// Cut points from the cumulative shares; the last part takes the remainder.
			start, cum := 0, 0.0
			for p := range parts {
				cum += props[p]
				end := len(perm)
				if p < parts-1 && sum > 0 {
					end = min(len(perm), int(math.Round(cum/sum*float64(len(perm)))))
				}
				out[p] = append(out[p], perm[start:end]...)
				start = end
			}
		}
		smallest := n
		for _, o := range out {
			smallest = min(smallest, len(o))
		}
		if smallest >= minSize {
			break
		}
	}
	// Fallback after 1000 failed draws (tiny n or extreme alpha): top up short parts from the largest.
	for p := range out {
		for len(out[p]) < minSize {
			big := 0
			for q := range out {
				if len(out[q]) > len(out[big]) {
					big = q
				}
			}
			if len(out[big]) <= minSize {
				break
			}
			last := len(out[big]) - 1
			out[p] = append(out[p], out[big][last])
			out[big] = out[big][:last]
		}
	}
	for p := range out {
		slices.Sort(out[p])
		if len(out[p]) == 0 {
			return nil, cohort.Errorf(cohort.EInvalid, "dirichlet partition: part %d empty", p)
		}
	}
	return out, nil
}

// gamma draws from Gamma(a, 1) by Marsaglia and Tsang's method (with the a<1 boost).
func gamma(r *rand.Rand, a float64) float64 {
	if a < 1 {
		u := r.Float64()
		for u == 0 {
			u = r.Float64()
		}
		return gamma(r, a+1) * math.Pow(u, 1/a)
	}
	d := a - 1.0/3
	c := 1 / math.Sqrt(9*d)
	for {
		x := r.NormFloat64()
		v := 1 + c*x
		if v <= 0 {
			continue
		}
		v = v * v * v
		u := r.Float64()
		if u < 1-0.0331*x*x*x*x {
			return d * v
		}
		if u > 0 && math.Log(u) < 0.5*x*x+d*(1-v+math.Log(v)) {
			return d * v
		}
	}
}
