package dp

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/cohort-net/cohort"
)

// logAIntegral is an independent reference for log A_α: the Rényi moment
// ∫ μ0(z) (μ(z)/μ0(z))^α dz with μ0 = N(0, σ²), μ = (1−q) N(0, σ²) + q N(1, σ²), integrated numerically
// by composite Simpson's rule in log space over [−30σ−1, α+30σ+1] (the integrand peaks in [0, α] with
// width about σ). It shares no code with the package.
func logAIntegral(q, sigma, alpha float64) float64 {
	lo, hi := -30*sigma-1, alpha+30*sigma+1
	const n = 200000 // even
	h := (hi - lo) / n
	logf := func(z float64) float64 {
		u := (2*z - 1) / (2 * sigma * sigma)
		// log((1−q) + q e^u), stably
		a, b := math.Log1p(-q), math.Log(q)+u
		m := math.Max(a, b)
		lr := m + math.Log(math.Exp(a-m)+math.Exp(b-m))
		return -z*z/(2*sigma*sigma) - math.Log(sigma*math.Sqrt(2*math.Pi)) + alpha*lr
	}
	vals := make([]float64, n+1)
	mx := math.Inf(-1)
	for i := range vals {
		vals[i] = logf(lo + float64(i)*h)
		mx = math.Max(mx, vals[i])
	}
	s := 0.0
	for i, v := range vals {
		w := 2.0
		switch {
		case i == 0 || i == n:
			w = 1
		case i%2 == 1:
			w = 4
		}
		s += w * math.Exp(v-mx)
	}
	return mx + math.Log(s*h/3)
}

func TestLogAMatchesNumericIntegration(t *testing.T) {
	cases := []struct{ q, sigma, alpha float64 }{
		{0.01, 1.1, 2}, {0.01, 1.1, 2.5}, {0.00427, 1.1, 10.5}, {0.00427, 1.1, 11},
		{0.04, 1.5, 1.1}, {0.04, 1.5, 17}, {0.1, 2, 32}, {0.05, 0.8, 7.3},
		{0.5, 3, 3.7}, {0.3, 1, 5}, {0.9, 4, 1.5}, {0.02, 0.7, 24.25}, {0.2, 5, 63},
	}
	worst := 0.0
	for _, c := range cases {
		got, err := LogA(c.q, c.sigma, c.alpha)
		if err != nil {
			t.Fatalf("LogA(%v): %v", c, err)
		}
		want := logAIntegral(c.q, c.sigma, c.alpha)
		rel := math.Abs(got-want) / math.Abs(want)
		worst = max(worst, rel)
		if rel > 1e-6 && math.Abs(got-want) > 1e-12 {
			t.Errorf("log A(q=%v, σ=%v, α=%v) = %.12g, numeric integration %.12g (relative error %.2g)", c.q, c.sigma, c.alpha, got, want, rel)
		}
	}
	t.Logf("worst relative error of log A against numeric integration: %.2g", worst)
}

// TestEpsilonAgainstIntegration checks the whole accountant (composition over steps and conversion) against
// RDP built from the numeric-integration reference at every default order.
func TestEpsilonAgainstIntegration(t *testing.T) {
	if testing.Short() {
		t.Skip("integrates at 151 orders")
	}
	q, sigma, steps, delta := 0.02, 1.2, 500, 1e-5
	orders := DefaultOrders()
	rdp := make([]float64, len(orders))
	for i, a := range orders {
		rdp[i] = float64(steps) * logAIntegral(q, sigma, a) / (a - 1)
	}
	ref := math.Inf(1)
	for i, a := range orders {
		ref = math.Min(ref, rdp[i]+math.Log((a-1)/a)-(math.Log(delta)+math.Log(a))/(a-1))
	}
	got, err := Epsilon(q, sigma, steps, delta)
	if err != nil {
		t.Fatal(err)
	}
	if rel := math.Abs(got.Epsilon-ref) / ref; rel > 0.01 {
		t.Fatalf("epsilon %v, integration reference %v (relative error %.3g)", got.Epsilon, ref, rel)
	} else {
		t.Logf("epsilon %.6f, integration reference %.6f, relative error %.2g", got.Epsilon, ref, rel)
	}
}

// Published reference numbers, computed by other implementations of the same accountant.
func TestPublishedReferences(t *testing.T) {
	tfOrders := []float64{1.25, 1.5, 1.75, 2, 2.25, 2.5, 3, 3.5, 4, 4.5}
	for a := 5; a < 64; a++ {
		tfOrders = append(tfOrders, float64(a))
	}
	tfOrders = append(tfOrders, 128, 256, 512)
	for _, c := range []struct {
		name              string
		orders            []float64
		q, sigma          float64
		steps             int
		delta, eps, order float64
	}{
		// Opacus tests/accountants_test.py, test_rdp_accountant: RDPAccountant, σ 1.5, q 0.04,
		// int(90/0.04) steps, δ 1e-5.
		{"opacus test_rdp_accountant", nil, 0.04, 1.5, int(90 / 0.04), 1e-5, 7.32911117143, 0},
		// TF Privacy compute_dp_sgd_privacy_test.py (dp_accounting's RdpAccountant): n, batch, σ, epochs, δ.
		{"tf-privacy Test0", tfOrders, 150.0 / 60000, 1.3, 6000, 1e-5, 0.7242234026109595, 19},
		{"tf-privacy Test1", tfOrders, 100.0 / 100000, 1.0, 30000, 1e-7, 1.4154988495444845, 13},
	} {
		a, err := NewAccountant(c.orders)
		if err != nil {
			t.Fatal(err)
		}
		if err := a.Compose(c.q, c.sigma, c.steps); err != nil {
			t.Fatal(err)
		}
		got, err := a.Epsilon(c.delta)
		if err != nil {
			t.Fatal(err)
		}
		rel := math.Abs(got.Epsilon-c.eps) / c.eps
		t.Logf("%s: epsilon %.10g (reference %.10g, relative error %.2g), order %v", c.name, got.Epsilon, c.eps, rel, got.Order)
		if rel > 0.01 {
			t.Errorf("%s: epsilon %v, reference %v", c.name, got.Epsilon, c.eps)
		}
		if c.order != 0 && got.Order != c.order {
			t.Errorf("%s: order %v, reference %v", c.name, got.Order, c.order)
		}
	}
}

// The TF Privacy MNIST tutorial: 60,000 examples, batch 256, σ 1.1, 60 epochs, δ 1e-5. Its README quotes
// ε ≈ 3.0 from the classic conversion; the Balle et al. conversion gives less.
func TestMNISTTutorial(t *testing.T) {
	q, steps := 256.0/60000, int(math.Ceil(60*60000/256.0))
	a, _ := NewAccountant(nil)
	if err := a.Compose(q, 1.1, steps); err != nil {
		t.Fatal(err)
	}
	tight, err := a.Epsilon(1e-5)
	if err != nil {
		t.Fatal(err)
	}
	classic, err := EpsilonClassic(a.Orders(), a.RDP(), 1e-5)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("MNIST tutorial: classic conversion ε %.4f (order %v), Balle et al. ε %.4f (order %v)", classic.Epsilon, classic.Order, tight.Epsilon, tight.Order)
	if math.Abs(classic.Epsilon-3.0)/3.0 > 0.02 {
		t.Errorf("classic ε %v, tutorial ≈ 3.0", classic.Epsilon)
	}
	if !(tight.Epsilon < classic.Epsilon) {
		t.Errorf("Balle et al. ε %v not below classic %v", tight.Epsilon, classic.Epsilon)
	}
}

func TestEdgeCases(t *testing.T) {
	for _, a := range []float64{1.5, 2, 10, 63} {
		r, err := RDP(1, 2, a)
		if err != nil || math.Abs(r-a/8) > 1e-15 {
			t.Errorf("q=1: RDP(α=%v) = %v, %v; want α/(2σ²) = %v", a, r, err, a/8)
		}
		// q just below 1 agrees with the closed form.
		if r2, err := RDP(1-1e-9, 2, a); err != nil || math.Abs(r2-a/8) > 1e-6 {
			t.Errorf("q=1-1e-9: RDP(α=%v) = %v, %v; want ≈ %v", a, r2, err, a/8)
		}
		if r, err := RDP(0, 2, a); err != nil || r != 0 {
			t.Errorf("q=0: RDP %v, %v", r, err)
		}
	}
	if s, err := Epsilon(0, 1, 1000, 1e-5); err != nil || s.Epsilon != 0 {
		t.Errorf("q=0: %+v, %v", s, err)
	}
	if s, err := Epsilon(0.1, 1, 0, 1e-5); err != nil || s.Epsilon != 0 {
		t.Errorf("0 steps: %+v, %v", s, err)
	}
	// ε decreases in σ and tends to 0.
	prev := math.Inf(1)
	for _, s := range []float64{0.5, 1, 2, 5, 20, 100, 1e3, 1e4} {
		e, err := Epsilon(0.01, s, 1000, 1e-5)
		if err != nil {
			t.Fatal(err)
		}
		if e.Epsilon > prev {
			t.Errorf("ε grew from %v to %v at σ %v", prev, e.Epsilon, s)
		}
		prev = e.Epsilon
	}
	// With σ large the RDP vanishes and ε falls to the conversion's floor for these orders (no mechanism
	// at all): min over α of log((α−1)/α) − (log δ + log α)/(α−1).
	floor := math.Inf(1)
	for _, a := range DefaultOrders() {
		floor = math.Min(floor, math.Log((a-1)/a)-(math.Log(1e-5)+math.Log(a))/(a-1))
	}
	if math.Abs(prev-floor) > 1e-4 {
		t.Errorf("σ=1e4: ε %v, want the zero-RDP floor %v", prev, floor)
	}
	// Almost silent mechanisms: rounding must not make the RDP negative (an error downstream).
	if s, err := Epsilon(1e-9, 1000, 1000, 1e-5); err != nil || s.Epsilon != 0 {
		t.Errorf("q=1e-9, σ=1000: %+v, %v", s, err)
	}
	if r, _ := RDP(0.01, 1e4, 63); r > 1e-9 {
		t.Errorf("σ=1e4: RDP %v, want ≈ 0", r)
	}
}

func TestBadInput(t *testing.T) {
	bad := map[string]func() error{
		"sigma 0":      func() error { _, err := Epsilon(0.1, 0, 10, 1e-5); return err },
		"sigma < 0":    func() error { _, err := Epsilon(0.1, -1, 10, 1e-5); return err },
		"sigma NaN":    func() error { _, err := Epsilon(0.1, math.NaN(), 10, 1e-5); return err },
		"q < 0":        func() error { _, err := Epsilon(-0.1, 1, 10, 1e-5); return err },
		"q > 1":        func() error { _, err := Epsilon(1.1, 1, 10, 1e-5); return err },
		"steps < 0":    func() error { _, err := Epsilon(0.1, 1, -1, 1e-5); return err },
		"delta 0":      func() error { _, err := Epsilon(0.1, 1, 10, 0); return err },
		"delta 1":      func() error { _, err := Epsilon(0.1, 1, 10, 1); return err },
		"delta NaN":    func() error { _, err := Epsilon(0.1, 1, 10, math.NaN()); return err },
		"order 1":      func() error { _, err := NewAccountant([]float64{1}); return err },
		"target eps 0": func() error { _, err := NoiseFor(0, 1e-5, 0.1, 10); return err },
		"unreachable":  func() error { _, err := NoiseFor(1e-9, 1e-9, 1, 1e6); return err },
	}
	for name, f := range bad {
		err := f()
		if cohort.Code(err) != cohort.EInvalid {
			t.Errorf("%s: error %v, want EInvalid", name, err)
		}
	}
}

func TestNoiseFor(t *testing.T) {
	// Opacus tests/accountants_test.py test_get_noise_multiplier: ε 8, δ 1e-5, q 0.04, 90 epochs →
	// σ ≈ 1.4253 (Opacus's own bisection stops within 0.01 of ε).
	steps := int(90 / 0.04)
	s, err := NoiseFor(8, 1e-5, 0.04, steps)
	if err != nil {
		t.Fatal(err)
	}
	if math.Abs(s-1.425307617)/1.425307617 > 0.01 {
		t.Errorf("σ %v, Opacus 1.4253", s)
	}
	e, _ := Epsilon(0.04, s, steps, 1e-5)
	if e.Epsilon > 8 {
		t.Errorf("σ %v gives ε %v > 8", s, e.Epsilon)
	}
	e2, _ := Epsilon(0.04, s*(1-1e-4), steps, 1e-5)
	if e2.Epsilon <= 8 {
		t.Errorf("σ %v is not the smallest: %v gives ε %v", s, s*(1-1e-4), e2.Epsilon)
	}
}

// Composition is additive: T steps at once equal T single steps, and two mechanisms compose.
func TestCompositionProperties(t *testing.T) {
	a, _ := NewAccountant(nil)
	b, _ := NewAccountant(nil)
	if err := a.Compose(0.05, 1.3, 40); err != nil {
		t.Fatal(err)
	}
	for range 40 {
		if err := b.Compose(0.05, 1.3, 1); err != nil {
			t.Fatal(err)
		}
	}
	ra, rb := a.RDP(), b.RDP()
	for i := range ra {
		if math.Abs(ra[i]-rb[i]) > 1e-9*ra[i] {
			t.Fatalf("order %v: %v at once, %v step by step", a.Orders()[i], ra[i], rb[i])
		}
	}
	ea, _ := a.Epsilon(1e-5)
	if err := a.Compose(0.1, 2, 10); err != nil {
		t.Fatal(err)
	}
	eb, _ := a.Epsilon(1e-5)
	if !(eb.Epsilon > ea.Epsilon) {
		t.Errorf("more steps, ε %v not above %v", eb.Epsilon, ea.Epsilon)
	}
	// ε grows with q and with steps.
	e1, _ := Epsilon(0.01, 1, 100, 1e-5)
	e2, _ := Epsilon(0.02, 1, 100, 1e-5)
	e3, _ := Epsilon(0.02, 1, 200, 1e-5)
	if !(e1.Epsilon < e2.Epsilon && e2.Epsilon < e3.Epsilon) {
		t.Errorf("ε not monotone: %v, %v, %v", e1.Epsilon, e2.Epsilon, e3.Epsilon)
	}
}

// Properties of the sampled Gaussian's RDP at random (q, σ, α): subsampling never costs more than the
// plain Gaussian (q = 1), and RDP grows with q and with the order.
func TestRDPProperties(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for range 300 {
		q := math.Pow(10, -4*r.Float64())        // 1e-4 .. 1
		sigma := math.Pow(10, 2*r.Float64()-0.7) // 0.2 .. 20
		alpha := 1.05 + 60*r.Float64()
		if r.IntN(2) == 0 {
			alpha = math.Ceil(alpha)
		}
		got, err := RDP(q, sigma, alpha)
		if err != nil {
			t.Fatalf("RDP(%v, %v, %v): %v", q, sigma, alpha, err)
		}
		plain := alpha / (2 * sigma * sigma)
		if got < 0 || got > plain*(1+1e-9)+1e-12 {
			t.Errorf("RDP(q=%v, σ=%v, α=%v) = %v, outside [0, α/(2σ²) = %v]", q, sigma, alpha, got, plain)
		}
		if more, _ := RDP(math.Min(1, q*1.5), sigma, alpha); more < got*(1-1e-9) {
			t.Errorf("RDP fell from %v to %v as q grew from %v", got, more, q)
		}
		if higher, _ := RDP(q, sigma, alpha+0.5); higher < got*(1-1e-9) {
			t.Errorf("RDP fell from %v to %v as α grew from %v (q %v, σ %v)", got, higher, alpha, q, sigma)
		}
	}
}
