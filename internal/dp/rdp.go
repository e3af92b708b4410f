package dp

import (
	"fmt"
	"math"

	"github.com/cohort-net/cohort"
)

// maxSeriesTerms bounds the fractional-order series; they converge long before it for any σ > 0 this
// package accepts.
const maxSeriesTerms = 1 << 20

// DefaultOrders returns Opacus's default RDP orders: 1.1, 1.2, ..., 10.9, then 12, 13, ..., 63.
func DefaultOrders() []float64 {
	out := make([]float64, 0, 99+52)
	for x := 1; x < 100; x++ {
		out = append(out, 1+float64(x)/10)
	}
	for a := 12; a < 64; a++ {
		out = append(out, float64(a))
	}
	return out
}

// CheckMechanism validates the parameters of the sampled Gaussian mechanism: q in [0, 1] and σ > 0,
// both finite. Errors are cohort.EInvalid.
func CheckMechanism(q, sigma float64) error {
	switch {
	case math.IsNaN(q) || q < 0 || q > 1:
		return cohort.Errorf(cohort.EInvalid, "dp: sample rate %v, want 0 <= q <= 1", q)
	case math.IsNaN(sigma) || math.IsInf(sigma, 0) || sigma <= 0:
		return cohort.Errorf(cohort.EInvalid, "dp: noise multiplier %v, want a finite value > 0", sigma)
	}
	return nil
}

func checkOrder(alpha float64) error {
	if math.IsNaN(alpha) || math.IsInf(alpha, 0) || alpha <= 1 || alpha > 1e6 {
		return cohort.Errorf(cohort.EInvalid, "dp: RDP order %v, want 1 < alpha <= 1e6", alpha)
	}
	return nil
}

// RDP returns the Rényi-DP of order alpha of one step of the Poisson-subsampled Gaussian mechanism with
// sample rate q and noise multiplier sigma (see the package doc).
func RDP(q, sigma, alpha float64) (float64, error) {
	if err := CheckMechanism(q, sigma); err != nil {
		return 0, err
	}
	if err := checkOrder(alpha); err != nil {
		return 0, err
	}
	switch q {
	case 0:
		return 0, nil
	case 1:
		return alpha / (2 * sigma * sigma), nil
	}
	la, err := LogA(q, sigma, alpha)
	if err != nil {
		return 0, err
	}
	// A_α >= 1 exactly; rounding can leave log A a hair below 0 when the mechanism is almost silent.
	return max(la, 0) / (alpha - 1), nil
}

// LogA returns log A_alpha for 0 < q < 1 (see the package doc): exactly by the binomial expansion for
// integer alpha, by the two series of Mironov et al. (2019) otherwise.
func LogA(q, sigma, alpha float64) (float64, error) {
	if err := CheckMechanism(q, sigma); err != nil {
		return 0, err
	}
	if err := checkOrder(alpha); err != nil {
		return 0, err
	}
	if q == 0 || q == 1 {
		return 0, cohort.Errorf(cohort.EInvalid, "dp: log A is for 0 < q < 1, got %v", q)
	}
	if alpha == math.Trunc(alpha) {
		return logAInt(q, sigma, int(alpha)), nil
	}
	return logAFrac(q, sigma, alpha)
}

// logAInt sums C(a,i) (1-q)^(a-i) q^i exp((i²-i)/(2σ²)) for i = 0..a in log space.
func logAInt(q, sigma float64, a int) float64 {
	lq, l1q := math.Log(q), math.Log1p(-q)
	s2 := 2 * sigma * sigma
	out := math.Inf(-1)
	for i := 0; i <= a; i++ {
		fi := float64(i)
		t := logBinom(float64(a), fi) + fi*lq + float64(a-i)*l1q + (fi*fi-fi)/s2
		out = logAdd(out, t)
	}
	return out
}

// logAFrac is the fractional-order computation of Mironov et al. (2019), Section 3.3: A_α = A0 + A1,
// each a series over i of a binomial coefficient C(α,i) (negative for odd i beyond α) times a
// Gaussian tail split at z0 = σ² log(1/q − 1) + 1/2.
func logAFrac(q, sigma, alpha float64) (float64, error) {
	a0, a1 := math.Inf(-1), math.Inf(-1)
	z0 := sigma*sigma*math.Log(1/q-1) + 0.5
	lq, l1q := math.Log(q), math.Log1p(-q)
	s2 := 2 * sigma * sigma
	sq2s := math.Sqrt2 * sigma
	for i := 0; i < maxSeriesTerms; i++ {
		fi := float64(i)
		lc, sign := logAbsBinom(alpha, fi)
		j := alpha - fi
		t0 := lc + fi*lq + j*l1q
		t1 := lc + j*lq + fi*l1q
		e0 := math.Log(0.5) + logErfc((fi-z0)/sq2s)
		e1 := math.Log(0.5) + logErfc((z0-j)/sq2s)
		s0 := t0 + (fi*fi-fi)/s2 + e0
		s1 := t1 + (j*j-j)/s2 + e1
		if sign > 0 {
			a0, a1 = logAdd(a0, s0), logAdd(a1, s1)
		} else {
			var err0, err1 error
			a0, err0 = logSub(a0, s0)
			a1, err1 = logSub(a1, s1)
			if err0 != nil || err1 != nil {
				return 0, fmt.Errorf("dp: log A(q=%v, sigma=%v, alpha=%v): series went negative at term %d", q, sigma, alpha, i)
			}
		}
		if max(s0, s1) < -30 {
			return logAdd(a0, a1), nil
		}
	}
	return 0, cohort.Errorf(cohort.EInvalid, "dp: log A(q=%v, sigma=%v, alpha=%v): series did not converge", q, sigma, alpha)
}

// logBinom returns log C(n, k) for 0 <= k <= n.
func logBinom(n, k float64) float64 {
	a, _ := math.Lgamma(n + 1)
	b, _ := math.Lgamma(k + 1)
	c, _ := math.Lgamma(n - k + 1)
	return a - b - c
}

// logAbsBinom returns log |C(alpha, k)| and its sign for real alpha > 0 (not an integer) and integer
// k >= 0: C(alpha, k) = Γ(alpha+1) / (Γ(k+1) Γ(alpha−k+1)).
func logAbsBinom(alpha, k float64) (float64, int) {
	a, _ := math.Lgamma(alpha + 1)
	b, _ := math.Lgamma(k + 1)
	c, sc := math.Lgamma(alpha - k + 1)
	return a - b - c, sc
}

// logAdd returns log(e^x + e^y).
func logAdd(x, y float64) float64 {
	a, b := max(x, y), min(x, y)
	if math.IsInf(a, -1) {
		return a
	}
	return a + math.Log1p(math.Exp(b-a))
}

// logSub returns log(e^x − e^y); it is an error when y > x.
func logSub(x, y float64) (float64, error) {
	switch {
	case y > x:
		return 0, fmt.Errorf("dp: log-space subtraction below zero")
	case math.IsInf(y, -1):
		return x, nil
	case x == y:
		return math.Inf(-1), nil
	}
	d := math.Expm1(x - y)
	if math.IsInf(d, 1) {
		return x, nil
	}
	return math.Log(d) + y, nil
}

// logErfc returns log(erfc(x)), with the asymptotic expansion where erfc underflows.
func logErfc(x float64) float64 {
	if x < 25 {
		return math.Log(math.Erfc(x))
	}
	x2 := x * x
	return -math.Log(math.Pi)/2 - math.Log(x) - x2 - 0.5/x2 + 0.625/(x2*x2) - 37.0/24.0/(x2*x2*x2) + 353.0/64.0/(x2*x2*x2*x2)
}
