package secagg

import (
	"math"
	"math/big"
	"testing"
)

// exactTail is P[X > x] for the hypergeometric X by exact rational arithmetic.
func exactTail(N, K, k, x int) float64 {
	num := new(big.Int)
	for y := x + 1; y <= k; y++ {
		if y > K || k-y > N-K {
			continue
		}
		num.Add(num, new(big.Int).Mul(new(big.Int).Binomial(int64(K), int64(y)), new(big.Int).Binomial(int64(N-K), int64(k-y))))
	}
	f, _ := new(big.Rat).SetFrac(num, new(big.Int).Binomial(int64(N), int64(k))).Float64()
	return f
}

func TestHyperTailMatchesExact(t *testing.T) {
	for _, c := range []struct{ N, K, k int }{{9, 2, 4}, {99, 30, 20}, {999, 300, 40}, {19, 0, 6}} {
		tail := hyperTailLog2(c.N, c.K, c.k)
		for x := 0; x <= c.k; x++ {
			want := exactTail(c.N, c.K, c.k, x)
			got := math.Exp2(tail[x])
			if want == 0 && got == 0 {
				continue
			}
			if math.Abs(got-want) > 1e-9*want+1e-300 {
				t.Fatalf("N=%d K=%d k=%d: P[X>%d] = %g, exact %g", c.N, c.K, c.k, x, got, want)
			}
		}
	}
}

func TestPlanKnownValues(t *testing.T) {
	// n=10, γ=0.2, δ=0.1: 2 corrupt and 1 dropped. k=4 fails (t=3 tolerates 1 corrupt neighbour, t=4
	// no dropped one); k=6, t=5 covers the worst case exactly: 2t = 10 > 6+3 >= 6+2 corrupt, 5 of 6
	// neighbours remain after the one dropout, and 6 > 3 bad clients cannot cut the ring twice.
	p, err := PlanParams(10, DefaultCorrupt, DefaultDropout)
	if err != nil {
		t.Fatal(err)
	}
	if p.Neighbours != 6 || p.Threshold != 5 || p.MaxCorrupt != 3 || p.FailureLog2 != ZeroFailureLog2 {
		t.Fatalf("n=10: %+v", p)
	}
	// No adversary and no dropouts: the smallest ring is safe.
	if p, _ := PlanParams(100, 0, 0); p.Neighbours != 2 || p.FailureLog2 != ZeroFailureLog2 {
		t.Fatalf("n=100 without adversary: %+v", p)
	}
	for _, n := range []int{20, 100, 1000} {
		p, err := PlanParams(n, DefaultCorrupt, DefaultDropout)
		if err != nil {
			t.Fatal(err)
		}
		if p.FailureLog2 > TargetFailureLog2 || 2*p.Threshold <= p.Neighbours+p.MaxCorrupt || p.Threshold > p.Neighbours {
			t.Fatalf("n=%d: %+v misses the target or 2t > k+c", n, p)
		}
		// k is the smallest even degree that reaches the target.
		if p.Neighbours < n-1 && p.Neighbours > 2 {
			if q := planFor(n, p.Neighbours-2, DefaultCorrupt, DefaultDropout); q.FailureLog2 <= TargetFailureLog2 {
				t.Fatalf("n=%d: k=%d already reaches the target (%+v)", n, q.Neighbours, q)
			}
		}
		if _, f := Assess(n, p.Neighbours, p.Threshold, DefaultCorrupt, DefaultDropout); f != p.FailureLog2 {
			t.Fatalf("n=%d: Assess %v, plan %v", n, f, p.FailureLog2)
		}
		t.Logf("n=%d: k=%d t=%d c=%d failure 2^%.1f", n, p.Neighbours, p.Threshold, p.MaxCorrupt, p.FailureLog2)
	}
}

func TestPlanMonotone(t *testing.T) {
	const n = 200
	prev := 0
	for _, g := range []float64{0.05, 0.1, 0.2, 0.3} {
		p, err := PlanParams(n, g, DefaultDropout)
		if err != nil {
			t.Fatal(err)
		}
		if p.Neighbours < prev {
			t.Fatalf("γ=%g: k=%d below %d for a smaller γ", g, p.Neighbours, prev)
		}
		prev = p.Neighbours
	}
	// For fixed t-choice, the bound falls as k grows.
	last := math.Inf(1)
	for k := 10; k <= 80; k += 10 {
		f := planFor(n, k, DefaultCorrupt, DefaultDropout).FailureLog2
		if f > last {
			t.Fatalf("k=%d: failure 2^%v above 2^%v at k-10", k, f, last)
		}
		last = f
	}
	if _, err := PlanParams(100, 0.6, 0.5); err == nil {
		t.Fatal("γ+δ >= 1 accepted")
	}
}
