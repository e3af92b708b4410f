package fl

import (
	"math"
	"math/rand/v2"
	"testing"
)

func TestDetExp(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	worst := 0.0
	for i := range 200000 {
		x := (r.Float64()*2 - 1) * 50
		if i%10 == 0 {
			x = (r.Float64()*2 - 1) * 700
		}
		got, want := detExp(x), math.Exp(x)
		rel := math.Abs(got-want) / want
		worst = max(worst, rel)
		if rel > 4e-16 {
			t.Fatalf("detExp(%v) = %v, math.Exp %v (rel %g)", x, got, want, rel)
		}
	}
	t.Logf("worst relative error %.3g", worst)
	for _, x := range []float64{0, 1, -1, 710, -746, math.Inf(1), math.Inf(-1)} {
		if got, want := detExp(x), math.Exp(x); got != want && math.Abs(got-want)/want > 4e-16 {
			t.Errorf("detExp(%v) = %v, want %v", x, got, want)
		}
	}
	if !math.IsNaN(detExp(math.NaN())) {
		t.Error("NaN")
	}
}
