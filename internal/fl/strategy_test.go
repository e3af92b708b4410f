package fl

import (
	"encoding"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/cohort-net/cohort"
)

func agg(t *testing.T, cfg StrategyConfig, global []float64, ups []Update) []float64 {
	t.Helper()
	s, err := NewStrategy(cfg)
	if err != nil {
		t.Fatal(err)
	}
	out, err := s.Aggregate(global, ups)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func near(a, b []float64, tol float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Abs(a[i]-b[i]) > tol {
			return false
		}
	}
	return true
}

func TestStrategiesHandComputed(t *testing.T) {
	g := []float64{1, 1}
	ups := []Update{
		{Client: "c", Delta: []float64{3, 0}, Samples: 1},
		{Client: "a", Delta: []float64{1, 2}, Samples: 3},
		{Client: "b", Delta: []float64{-2, 4}, Samples: 1},
		{Client: "d", Delta: []float64{100, -100}, Samples: 5},
		{Client: "e", Delta: []float64{2, 1}, Samples: 2},
	}
	for _, tc := range []struct {
		name string
		cfg  StrategyConfig
		want []float64
	}{
		// weights 3,1,1,5,2 (a,b,c,d,e): x = (3-2+3+500+4)/12, y = (6+4+0-500+2)/12
		{"fedavg", StrategyConfig{Name: StratFedAvg}, []float64{1 + 508.0/12, 1 - 488.0/12}},
		{"fedprox aggregates as fedavg", StrategyConfig{Name: StratFedProx, ProxMu: 0.1}, []float64{1 + 508.0/12, 1 - 488.0/12}},
		// capped weights 2,1,1,2,2: x = (2-2+3+200+4)/8, y = (4+4+0-200+2)/8
		{"fedavg max samples", StrategyConfig{Name: StratFedAvg, MaxSamples: 2}, []float64{1 + 207.0/8, 1 - 190.0/8}},
		// x: -2,1,2,3,100 -> 2; y: -100,0,1,2,4 -> 1
		{"median", StrategyConfig{Name: StratMedian}, []float64{3, 2}},
		// trim 1 each end: x: 1,2,3 -> 2; y: 0,1,2 -> 1
		{"trimmed-mean", StrategyConfig{Name: StratTrimmedMean, TrimFraction: 0.2}, []float64{3, 2}},
		// f=1: each scores its n-f-2 = 2 nearest; d is far from all and is dropped with m = 4:
		// a,b,c,e weighted 3,1,1,2: x = (3-2+3+4)/7, y = (6+4+0+2)/7
		{"krum", StrategyConfig{Name: StratKrum, Byzantine: 1}, []float64{1 + 8.0/7, 1 + 12.0/7}},
		// m = 1: the single best, e (closest to a, c and b).
		{"krum m=1", StrategyConfig{Name: StratKrum, Byzantine: 1, Select: 1}, []float64{3, 2}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := agg(t, tc.cfg, g, ups)
			if !near(got, tc.want, 1e-12) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
			// Order of arrival does not matter.
			rev := slices.Clone(ups)
			slices.Reverse(rev)
			if again := agg(t, tc.cfg, g, rev); !slices.Equal(again, got) {
				t.Errorf("order-dependent: %v vs %v", again, got)
			}
		})
	}
	// Inputs untouched.
	if g[0] != 1 || ups[3].Delta[0] != 100 {
		t.Error("Aggregate modified its inputs")
	}
}

func TestKrumRejectsOutlier(t *testing.T) {
	ups := []Update{
		{Client: "a", Delta: []float64{1, 1, 1}, Samples: 10},
		{Client: "b", Delta: []float64{1.1, 0.9, 1}, Samples: 10},
		{Client: "c", Delta: []float64{0.9, 1.1, 1}, Samples: 10},
		{Client: "d", Delta: []float64{1, 1, 1.2}, Samples: 10},
		{Client: "evil", Delta: []float64{-50, 80, 1e3}, Samples: 1000},
	}
	s, _ := NewStrategy(StrategyConfig{Name: StratKrum, Byzantine: 1})
	sel, err := s.(*Aggregator).Selected([]float64{0, 0, 0}, ups)
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(sel, "evil") || len(sel) != 4 {
		t.Errorf("selected %v", sel)
	}
	out := agg(t, StrategyConfig{Name: StratKrum, Byzantine: 1}, []float64{0, 0, 0}, ups)
	if !near(out, []float64{1, 1, 1.05}, 1e-12) {
		t.Errorf("krum mean %v", out)
	}
	if _, err := s.Aggregate([]float64{0, 0, 0}, ups[:4]); cohort.Code(err) != cohort.EInvalid {
		t.Errorf("4 updates with f=1: %v", err)
	}
}

func TestClippingBoundsNorm(t *testing.T) {
	ups := []Update{{Client: "a", Delta: []float64{30, 40}, Samples: 1}, {Client: "b", Delta: []float64{0.3, 0.4}, Samples: 1}}
	for _, name := range []string{StratFedAvg, StratMedian, StratKrum, StratTrimmedMean} {
		cfg := StrategyConfig{Name: name, ClipNorm: 1, Select: 2}
		if name == StratKrum {
			ups3 := append(slices.Clone(ups), Update{Client: "c", Delta: []float64{-300, 400}, Samples: 1})
			got := agg(t, cfg, []float64{0, 0}, ups3)
			if n := norm(got); n > 1+1e-12 {
				t.Errorf("%s: norm %v after clipping", name, n)
			}
			continue
		}
		got := agg(t, cfg, []float64{0, 0}, ups)
		// a is clipped to (0.6, 0.8); b is within the bound.
		if !near(got, []float64{0.45, 0.6}, 1e-12) {
			t.Errorf("%s: %v", name, got)
		}
	}
	if ups[0].Delta[0] != 30 {
		t.Error("clipping modified the input")
	}
}

func TestServerOptimizers(t *testing.T) {
	g := []float64{1, -1}
	ups := []Update{{Client: "a", Delta: []float64{0.2, -0.4}, Samples: 1}}
	// FedAdam step 1 from zero moments: m = 0.1 d, v = 0.01 d^2, x += lr*m/(sqrt(v)+tau).
	cfg := StrategyConfig{Name: StratFedAdam, ServerLR: 0.5, Beta1: 0.9, Beta2: 0.99, Tau: 1e-3}
	want := []float64{1 + 0.5*0.02/(0.02+1e-3), -1 + 0.5*-0.04/(0.04+1e-3)}
	if got := agg(t, cfg, g, ups); !near(got, want, 1e-12) {
		t.Errorf("fedadam %v, want %v", got, want)
	}
	// FedYogi from zero: v = -(1-b2) d^2 sign(0 - d^2) = 0.01 d^2, the same first step.
	cfg.Name = StratFedYogi
	if got := agg(t, cfg, g, ups); !near(got, want, 1e-12) {
		t.Errorf("fedyogi %v, want %v", got, want)
	}
	// FedAvgM: v = d, then v = 0.5 v + d.
	s, _ := NewStrategy(StrategyConfig{Name: StratFedAvgM, ServerLR: 1, ServerMomentum: 0.5})
	x1, _ := s.Aggregate(g, ups)
	x2, _ := s.Aggregate(x1, ups)
	if !near(x2, []float64{1 + 0.2 + 0.3, -1 - 0.4 - 0.6}, 1e-12) {
		t.Errorf("fedavgm %v", x2)
	}
}

func TestStateRoundTrip(t *testing.T) {
	ups := []Update{{Client: "a", Delta: []float64{0.2, -0.4, 0.1}, Samples: 3}, {Client: "b", Delta: []float64{0.1, 0.3, 0}, Samples: 1}}
	for _, name := range []string{StratFedAdam, StratFedYogi, StratFedAvgM, StratFedAvg} {
		cfg := StrategyConfig{Name: name}
		s1, _ := NewStrategy(cfg)
		x, _ := s1.Aggregate([]float64{0, 0, 0}, ups)
		blob, err := s1.(encoding.BinaryMarshaler).MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		s2, _ := NewStrategy(cfg)
		if err := s2.(encoding.BinaryUnmarshaler).UnmarshalBinary(blob); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		a, _ := s1.Aggregate(x, ups)
		b, _ := s2.Aggregate(x, ups)
		if !slices.Equal(a, b) {
			t.Errorf("%s: resumed strategy diverges: %v vs %v", name, a, b)
		}
		other, _ := NewStrategy(StrategyConfig{Name: StratFedYogi})
		if name != StratFedYogi {
			if err := other.(encoding.BinaryUnmarshaler).UnmarshalBinary(blob); cohort.Code(err) != cohort.EInvalid {
				t.Errorf("%s state into fedyogi: %v", name, err)
			}
		}
		if len(blob) > 30 {
			if err := s2.(encoding.BinaryUnmarshaler).UnmarshalBinary(blob[:len(blob)-1]); cohort.Code(err) != cohort.EInvalid {
				t.Errorf("%s truncated: %v", name, err)
			}
		}
	}
}

func TestAggregateErrors(t *testing.T) {
	s, _ := NewStrategy(StrategyConfig{})
	g := []float64{0, 0}
	for name, ups := range map[string][]Update{
		"empty":       nil,
		"wrong dim":   {{Client: "a", Delta: []float64{1}, Samples: 1}},
		"NaN":         {{Client: "a", Delta: []float64{1, math.NaN()}, Samples: 1}},
		"Inf":         {{Client: "a", Delta: []float64{math.Inf(-1), 0}, Samples: 1}},
		"no samples":  {{Client: "a", Delta: []float64{1, 1}, Samples: 0}},
		"no client":   {{Delta: []float64{1, 1}, Samples: 1}},
		"duplicate":   {{Client: "a", Delta: []float64{1, 1}, Samples: 1}, {Client: "a", Delta: []float64{1, 1}, Samples: 1}},
		"empty model": {{Client: "a", Delta: []float64{}, Samples: 1}},
	} {
		gg := g
		if name == "empty model" {
			gg = nil
		}
		if _, err := s.Aggregate(gg, ups); cohort.Code(err) != cohort.EInvalid {
			t.Errorf("%s: %v", name, err)
		}
	}
	_, err := NewStrategy(StrategyConfig{Name: "fedsgd"})
	if cohort.Code(err) != cohort.EInvalid || !strings.Contains(err.Error(), "trimmed-mean") {
		t.Errorf("unknown name: %v", err)
	}
	if _, err := NewStrategy(StrategyConfig{Name: StratTrimmedMean, TrimFraction: 0.5}); cohort.Code(err) != cohort.EInvalid {
		t.Errorf("trim 0.5: %v", err)
	}
	tm, _ := NewStrategy(StrategyConfig{Name: StratTrimmedMean, TrimFraction: 0.4})
	if _, err := tm.Aggregate(g, []Update{{Client: "a", Delta: g, Samples: 1}, {Client: "b", Delta: g, Samples: 1}}); err != nil {
		t.Errorf("trim 0.4 of 2 keeps both: %v", err)
	}
}

func FuzzStrategyState(f *testing.F) {
	s, _ := NewStrategy(StrategyConfig{Name: StratFedAdam})
	s.Aggregate([]float64{0, 0}, []Update{{Client: "a", Delta: []float64{1, 2}, Samples: 1}})
	blob, _ := s.(encoding.BinaryMarshaler).MarshalBinary()
	f.Add(blob)
	f.Add([]byte(stateMagic))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, _ := NewStrategy(StrategyConfig{Name: StratFedAdam})
		if err := s.(encoding.BinaryUnmarshaler).UnmarshalBinary(data); err != nil {
			if cohort.Code(err) != cohort.EInvalid {
				t.Fatal(err)
			}
			return
		}
		again, _ := s.(encoding.BinaryMarshaler).MarshalBinary()
		if string(again) != string(data) {
			t.Fatal("state does not round-trip")
		}
	})
}
