package fl

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/cohort-net/cohort"
)

// honestAndHostile returns n updates of dimension d: n-k honest ones, mu plus small noise, and k hostile
// ones made by attack from an honest update (the attacker knows what an honest update looks like).
func honestAndHostile(n, k, d int, attack func(rng *rand.Rand, honest []float64) []float64) (mu []float64, ups []Update) {
	rng := rand.New(rand.NewPCG(7, uint64(n*1000+k)))
	mu = make([]float64, d)
	for j := range mu {
		mu[j] = rng.NormFloat64()
	}
	for i := range n {
		v := make([]float64, d)
		for j := range v {
			v[j] = mu[j] + 0.1*rng.NormFloat64()
		}
		if i >= n-k {
			v = attack(rng, v)
		}
		ups = append(ups, Update{Client: fmt.Sprintf("c%02d", i), Delta: v, Samples: 10})
	}
	return mu, ups
}

// scaled100 sends a random direction with 100 times an honest update's norm.
func scaled100(rng *rand.Rand, honest []float64) []float64 {
	v := make([]float64, len(honest))
	for j := range v {
		v[j] = rng.NormFloat64()
	}
	s := 100 * norm(honest) / norm(v)
	for j := range v {
		v[j] *= s
	}
	return v
}

// replace is a model-replacement update: a fixed target direction, scaled up so that it survives
// averaging (Bagdasaryan et al. 2020).
func replace(_ *rand.Rand, honest []float64) []float64 {
	v := make([]float64, len(honest))
	for j := range v {
		v[j] = -10 * float64(j%3)
	}
	return v
}

func dist(a, b []float64) float64 {
	s := 0.0
	for k := range a {
		s += (a[k] - b[k]) * (a[k] - b[k])
	}
	return math.Sqrt(s)
}

// TestRobustRulesBluntScaledAttack: 2 of 10 updates are random directions with 100x an honest norm.
// Every robust rule, with the assumed attackers left at its default (20 %: f = 2), stays near the
// honest mean; FedAvg is thrown far off, which shows the attack is strong enough for the test to fail.
func TestRobustRulesBluntScaledAttack(t *testing.T) {
	const d = 50
	mu, ups := honestAndHostile(10, 2, d, scaled100)
	g := make([]float64, d)
	honestNorm := norm(mu)
	if got := agg(t, StrategyConfig{Name: StratFedAvg}, g, ups); dist(got, mu) < 5*honestNorm {
		t.Fatalf("fedavg is only %.2f from the honest mean (norm %.2f): the attack is too weak to test anything", dist(got, mu), honestNorm)
	}
	for _, cfg := range []StrategyConfig{
		{Name: StratMedian}, {Name: StratTrimmedMean}, {Name: StratKrum}, {Name: StratNormClip},
		{Name: StratTrimmedMean, AutoClip: true},
	} {
		got := agg(t, cfg, g, ups)
		// Median and trimmed mean move by about the honest noise; Krum drops both; norm clipping leaves
		// each attacker at most an honest norm, 2/10 of it in the mean.
		if e := dist(got, mu); e > 0.45*honestNorm {
			t.Errorf("%s (auto clip %v): %.3f from the honest mean, honest norm %.3f", cfg.Name, cfg.AutoClip, e, honestNorm)
		}
	}
}

// TestKrumDefaultAssumesAttackers: `krum` with nothing else set used to assume no attacker and keep
// every update (FedAvg bit for bit). It must now assume 20 % and drop the hostile ones.
func TestKrumDefaultAssumesAttackers(t *testing.T) {
	_, ups := honestAndHostile(10, 2, 20, scaled100)
	g := make([]float64, 20)
	s, err := NewStrategy(StrategyConfig{Name: StratKrum})
	if err != nil {
		t.Fatal(err)
	}
	sel, err := s.(*Aggregator).Selected(g, ups)
	if err != nil {
		t.Fatal(err)
	}
	if len(sel) != 8 || slices.Contains(sel, "c08") || slices.Contains(sel, "c09") {
		t.Errorf("krum kept %v", sel)
	}
	if slices.Equal(agg(t, StrategyConfig{Name: StratKrum}, g, ups), agg(t, StrategyConfig{Name: StratFedAvg}, g, ups)) {
		t.Error("krum with default attackers equals fedavg")
	}
}

// TestNormClipBluntsReplacement: model replacement by 3 of 10 moves FedAvg far. Adaptive clipping
// (norm-clip, and AutoClip in front of the default robust rule) first drops the gross norm outliers,
// whatever f it assumes, so the default f = 2 holds against 3 attackers as well as f = 3 does. Before,
// the (n-f)-th norm was an attacker's and the trimmed mean kept one attacker per coordinate.
func TestNormClipBluntsReplacement(t *testing.T) {
	const d = 30
	mu, ups := honestAndHostile(10, 3, d, replace)
	g := make([]float64, d)
	plain := dist(agg(t, StrategyConfig{Name: StratFedAvg}, g, ups), mu)
	for _, cfg := range []StrategyConfig{
		{Name: StratNormClip, ByzantineFraction: 0.3},
		{Name: StratNormClip},
		{Name: DefaultRobust, AutoClip: true},
		{Name: DefaultRobust, AutoClip: true, ByzantineFraction: 0.1},
	} {
		if got := dist(agg(t, cfg, g, ups), mu); !(got < plain/20) {
			t.Errorf("%+v against 3 of 10: %.3f from the honest mean, fedavg: %.3f", cfg, got, plain)
		}
	}
}

// TestDropGrossOutliers: the dropped updates do not depend on the assumed f, stop at the rule's
// bound, and a round without outliers loses nothing.
func TestDropGrossOutliers(t *testing.T) {
	prep := func(ups []Update) []prepared {
		out := make([]prepared, len(ups))
		for i, u := range ups {
			out[i] = prepared{client: u.Client, delta: u.Delta, weight: 1, clients: 1}
		}
		return out
	}
	clients := func(ps []prepared) (c []string) {
		for _, p := range ps {
			c = append(c, p.client)
		}
		return c
	}
	_, clean := honestAndHostile(10, 0, 20, nil)
	if got := keptOnly((StrategyConfig{Name: StratNormClip}).dropGrossOutliers(prep(clean))); len(got) != 10 {
		t.Errorf("clean round: kept %v", clients(got))
	}
	_, ups := honestAndHostile(10, 4, 20, scaled100)
	want := []string{"c00", "c01", "c02", "c03", "c04", "c05"}
	for _, f := range []float64{0, 0.1, 0.3} {
		got := clients(keptOnly(StrategyConfig{Name: StratNormClip, ByzantineFraction: f}.dropGrossOutliers(prep(ups))))
		if !slices.Equal(got, want) {
			t.Errorf("F = %v: kept %v, want %v", f, got, want)
		}
	}
	// Krum assuming f = 3 needs 9 updates: of these 10 only one may go.
	got := keptOnly(StrategyConfig{Name: StratKrum, Byzantine: 3, AutoClip: true}.dropGrossOutliers(prep(ups)))
	if len(got) != 9 {
		t.Errorf("krum f=3 of 10: kept %v", clients(got))
	}
	// Equal norms: nothing goes.
	eq := prep([]Update{{Client: "a", Delta: []float64{1, 0}}, {Client: "b", Delta: []float64{0, 1}}, {Client: "c", Delta: []float64{-1, 0}}})
	if got := keptOnly((StrategyConfig{Name: StratNormClip}).dropGrossOutliers(eq)); len(got) != 3 {
		t.Errorf("equal norms: kept %v", clients(got))
	}
}

func TestAdaptiveClipKeepsHonestUpdates(t *testing.T) {
	_, ups := honestAndHostile(10, 0, 8, nil)
	g := make([]float64, 8)
	// No attacker: the bound is the 8th of 10 norms, so at most 2 honest updates are shortened, slightly.
	got := agg(t, StrategyConfig{Name: StratNormClip}, g, ups)
	want := agg(t, StrategyConfig{Name: StratFedAvg}, g, ups)
	if e := dist(got, want); e > 0.05 {
		t.Errorf("norm-clip moved a clean round by %v", e)
	}
	// Byzantine = 0 is the default, not "none": a count must be positive to count.
	if f := (StrategyConfig{Name: StratNormClip}).Attackers(10); f != 2 {
		t.Errorf("default f of 10 = %d", f)
	}
}

func TestAttackersAndBounds(t *testing.T) {
	for _, tc := range []struct {
		cfg  StrategyConfig
		n, f int
	}{
		{StrategyConfig{Name: StratKrum}, 10, 2},
		{StrategyConfig{Name: StratKrum}, 4, 0},
		{StrategyConfig{Name: StratMedian, ByzantineFraction: 0.3}, 10, 3},
		{StrategyConfig{Name: StratMedian, ByzantineFraction: 0.1}, 10, 1},
		{StrategyConfig{Name: StratTrimmedMean, Byzantine: 3}, 10, 3},
		{StrategyConfig{Name: StratFedAvg, Byzantine: 3}, 10, 0},
		{StrategyConfig{Name: StratFedAvg, AutoClip: true}, 10, 2},
	} {
		if got := tc.cfg.Attackers(tc.n); got != tc.f {
			t.Errorf("%+v of %d: f = %d, want %d", tc.cfg, tc.n, got, tc.f)
		}
	}
	for _, tc := range []struct {
		cfg   StrategyConfig
		n     int
		bound string // "" = fine
	}{
		{StrategyConfig{Name: StratKrum, Byzantine: 2}, 7, ""},
		{StrategyConfig{Name: StratKrum, Byzantine: 2}, 6, "n > 2f + 2"},
		{StrategyConfig{Name: StratKrum, ByzantineFraction: 0.4}, 10, "n > 2f + 2"},
		{StrategyConfig{Name: StratTrimmedMean, Byzantine: 5}, 10, "2f < n"},
		{StrategyConfig{Name: StratTrimmedMean, Byzantine: 4}, 9, ""},
		{StrategyConfig{Name: StratMedian, Byzantine: 2}, 4, "2f < n"},
		{StrategyConfig{Name: StratNormClip, Byzantine: 3}, 5, "2f < n"},
		{StrategyConfig{Name: StratFedAvg, Byzantine: 9}, 3, ""},
	} {
		err := tc.cfg.CheckParticipants(tc.n)
		switch {
		case tc.bound == "" && err != nil:
			t.Errorf("%+v, n = %d: %v", tc.cfg, tc.n, err)
		case tc.bound != "" && (cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), tc.bound)):
			t.Errorf("%+v, n = %d: %v, want the bound %q", tc.cfg, tc.n, err, tc.bound)
		}
	}
	// Aggregate checks the bound against the round's real number of updates.
	_, ups := honestAndHostile(6, 0, 3, nil)
	s, _ := NewStrategy(StrategyConfig{Name: StratKrum, Byzantine: 2})
	if _, err := s.Aggregate(make([]float64, 3), ups); err == nil || !strings.Contains(err.Error(), "n > 2f + 2") {
		t.Errorf("krum f=2 of 6: %v", err)
	}
	for _, bad := range []StrategyConfig{
		{Name: StratMedian, ByzantineFraction: 0.5},
		{Name: StratMedian, ByzantineFraction: -0.1},
		{Name: StratMedian, ByzantineFraction: math.NaN()},
		{Name: StratMedian, Byzantine: 1, ByzantineFraction: 0.1},
	} {
		if _, err := NewStrategy(bad); cohort.Code(err) != cohort.EInvalid {
			t.Errorf("%+v: %v", bad, err)
		}
	}
}

// keptOnly is dropGrossOutliers' kept updates without their norms.
func keptOnly(ups []prepared, _ []float64) []prepared { return ups }
