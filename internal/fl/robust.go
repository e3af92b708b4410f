package fl

import (
	"cmp"
	"math"
	"slices"

	"github.com/cohort-net/cohort"
)

// DefaultByzantineFraction is the share of a round's participants the robust rules assume hostile when
// a task sets neither StrategyConfig.Byzantine nor ByzantineFraction: f = floor(0.2 n).
const DefaultByzantineFraction = 0.2

// DefaultRobust is the robust rule Cohort recommends (`cohort bench robust` measures it beside the
// others): the coordinate-wise trimmed mean, trimming the f assumed attackers from each end of every
// coordinate. Against a model-replacement backdoor, combine it with AutoClip, whose outlier drop holds
// even when there are more attackers than f.
const DefaultRobust = StratTrimmedMean

// robust reports whether the strategy's rule reads the assumed number of attackers.
func (c StrategyConfig) robust() bool {
	switch c.Name {
	case StratMedian, StratTrimmedMean, StratKrum, StratNormClip:
		return true
	}
	return c.autoClip()
}

func (c StrategyConfig) autoClip() bool {
	return c.Name == StratNormClip || (c.AutoClip && c.ClipNorm == 0)
}

// Attackers returns f, the number of Byzantine updates the strategy assumes among n: Byzantine when
// set, else floor(F n) for F = ByzantineFraction or DefaultByzantineFraction. Rules that assume none
// (fedavg and the server optimizers) return 0.
func (c StrategyConfig) Attackers(n int) int {
	if !c.robust() {
		return 0
	}
	if c.Byzantine > 0 {
		return c.Byzantine
	}
	frac := c.ByzantineFraction
	if frac == 0 {
		frac = DefaultByzantineFraction
	}
	// The small epsilon keeps 0.3*10 at 3 despite 0.3's binary representation.
	return int(math.Floor(frac*float64(n) + 1e-9))
}

// CheckParticipants checks that n updates (a round's participants) are enough for the strategy's rule
// to tolerate the attackers it assumes: Multi-Krum needs n > 2f + 2 (Blanchard et al. 2017); the
// median, the trimmed mean and the adaptive clip bound need 2f < n (an honest majority of every
// coordinate or norm). Errors are cohort.EInvalid and name the bound. Aggregate calls it every round;
// a task spec calls it with its planned participants.
func (c StrategyConfig) CheckParticipants(n int) error {
	if !c.robust() || n < 1 {
		return nil
	}
	f := c.Attackers(n)
	switch {
	case c.Name == StratKrum && n < 2*f+3:
		return cohort.Errorf(cohort.EInvalid, "krum: n = %d participants cannot tolerate f = %d Byzantine: Multi-Krum needs n > 2f + 2 (n >= %d); lower byzantine or add trainers", n, f, 2*f+3)
	case 2*f >= n:
		return cohort.Errorf(cohort.EInvalid, "%s: n = %d participants cannot tolerate f = %d Byzantine: the rule needs 2f < n; lower byzantine or add trainers", c.Name, n, f)
	}
	return nil
}

// adaptiveClipNorm returns the (n-f)-th smallest of the n update norms (those dropGrossOutliers kept).
// With at most f attackers among the n, at least n-f norms are honest, so the bound never exceeds the
// largest honest norm: every attacker is cut to an honest size while the n-f smallest updates pass
// unchanged (norm bounding, Sun et al. 2019, with the bound taken from the round instead of a
// constant). norms is left unchanged.
func adaptiveClipNorm(norms []float64, f int) float64 {
	v := slices.Clone(norms)
	slices.Sort(v)
	return v[max(len(v)-f, 1)-1]
}

// hampelK is the cut-off of the Hampel identifier (Hampel 1974; Davies and Gather 1993): a value more
// than 3 scaled median absolute deviations above the median is a gross outlier. 1.4826 scales the MAD
// to a normal distribution's standard deviation. Chosen from that convention, not measured.
const hampelK = 3 * 1.4826

// dropGrossOutliers is the first step of adaptive clipping (norm-clip, AutoClip): it removes the
// updates whose L2 norm exceeds median + hampelK·MAD of the round's norms, largest first, while the
// rest still meet the rule's bound (CheckParticipants) and at most ⌊(n-1)/2⌋ of them. The median and
// the MAD tolerate any minority of attackers, so which updates go does not depend on the assumed f;
// the clip bound and the rule then assume f among the updates that remain. Clipping alone keeps a
// huge update's direction, and a coordinate-wise rule keeps part of it (every coordinate's order
// statistics lean towards the attackers), which let a boosted backdoor from 30 % of the trainers
// through when F is 20 %; dropping it does not. Nothing is dropped when more than half the norms are
// equal (the MAD is 0); ups keeps its order. It returns the kept updates and their norms.
func (c StrategyConfig) dropGrossOutliers(ups []prepared) ([]prepared, []float64) {
	norms := make([]float64, len(ups))
	for i, u := range ups {
		norms[i] = norm(u.delta)
	}
	cut, spread := normCut(norms)
	if spread == 0 {
		// More than half the norms are equal: no scale to judge the others by.
		return ups, norms
	}
	limit := (len(ups) - 1) / 2
	for limit > 0 && c.CheckParticipants(len(ups)-limit) != nil {
		limit--
	}
	var out []prepared
	dropped := 0
	// Largest first, so that at most limit of the largest go.
	order := make([]int, len(ups))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(norms[b], norms[a]) })
	drop := make([]bool, len(ups))
	for _, i := range order {
		if dropped == limit || norms[i] <= cut {
			break
		}
		drop[i] = true
		dropped++
	}
	if dropped == 0 {
		return ups, norms
	}
	var kept []float64
	for i, u := range ups {
		if !drop[i] {
			out = append(out, u)
			kept = append(kept, norms[i])
		}
	}
	return out, kept
}

// normCut returns median + hampelK·MAD of the norms, and the MAD (norms are left unchanged).
func normCut(norms []float64) (cut, mad float64) {
	v := slices.Clone(norms)
	med := median(v)
	for i, x := range norms {
		v[i] = math.Abs(x - med)
	}
	mad = median(v)
	return med + hampelK*mad, mad
}

// median returns the median of v (the mean of the middle two for an even length); v is reordered.
func median(v []float64) float64 {
	slices.Sort(v)
	h := len(v) / 2
	if len(v)%2 == 1 {
		return v[h]
	}
	return (v[h-1] + v[h]) / 2
}
