package dp

import (
	"fmt"
	"math"

	"github.com/cohort-net/cohort"
)

// Accountant composes steps of sampled Gaussian mechanisms: it holds, for each of its orders, the RDP
// spent so far. The zero value is not usable; build one with NewAccountant.
type Accountant struct {
	orders []float64
	rdp    []float64
}

// NewAccountant returns an accountant over orders (DefaultOrders when empty), nothing spent yet.
func NewAccountant(orders []float64) (*Accountant, error) {
	if len(orders) == 0 {
		orders = DefaultOrders()
	}
	for _, a := range orders {
		if err := checkOrder(a); err != nil {
			return nil, err
		}
	}
	return &Accountant{orders: append([]float64(nil), orders...), rdp: make([]float64, len(orders))}, nil
}

// Compose adds steps steps of the Poisson-subsampled Gaussian mechanism with sample rate q and noise
// multiplier sigma.
func (a *Accountant) Compose(q, sigma float64, steps int) error {
	if steps < 0 {
		return cohort.Errorf(cohort.EInvalid, "dp: %d steps, want >= 0", steps)
	}
	if err := CheckMechanism(q, sigma); err != nil {
		return err
	}
	if steps == 0 || q == 0 {
		return nil
	}
	for i, alpha := range a.orders {
		r, err := RDP(q, sigma, alpha)
		if err != nil {
			return fmt.Errorf("dp: compose: %w", err)
		}
		a.rdp[i] += float64(steps) * r
	}
	return nil
}

// Orders returns the accountant's orders.
func (a *Accountant) Orders() []float64 { return append([]float64(nil), a.orders...) }

// RDP returns the RDP spent so far at each order.
func (a *Accountant) RDP() []float64 { return append([]float64(nil), a.rdp...) }

// Spent is an (ε, δ) guarantee and the RDP order it came from.
type Spent struct {
	Epsilon float64 `json:"epsilon"`
	Delta   float64 `json:"delta"`
	Order   float64 `json:"order"`
}

// Epsilon converts the RDP spent so far to (ε, δ) with the conversion of Balle et al. 2020 (see the
// package doc), minimized over the orders.
func (a *Accountant) Epsilon(delta float64) (Spent, error) {
	return EpsilonFromRDP(a.orders, a.rdp, delta)
}

// CheckDelta validates δ: in (0, 1). Errors are cohort.EInvalid.
func CheckDelta(delta float64) error {
	if math.IsNaN(delta) || delta <= 0 || delta >= 1 {
		return cohort.Errorf(cohort.EInvalid, "dp: delta %v, want 0 < delta < 1", delta)
	}
	return nil
}

// EpsilonFromRDP returns the smallest ε over orders for which RDP rdp[i] at order orders[i] implies
// (ε, δ)-DP, by ε = rdp + log((α−1)/α) − (log δ + log α)/(α−1) (Balle et al. 2020, Theorem 21),
// clamped at 0. Where δ² + e^(−rdp) − 1 >= 0 the guarantee holds with ε = 0 (TF Privacy's KL shortcut).
func EpsilonFromRDP(orders, rdp []float64, delta float64) (Spent, error) {
	return convert(orders, rdp, delta, func(alpha, r float64) float64 {
		if delta*delta+math.Expm1(-r) >= 0 {
			return 0
		}
		return r + math.Log((alpha-1)/alpha) - (math.Log(delta)+math.Log(alpha))/(alpha-1)
	})
}

// EpsilonClassic is EpsilonFromRDP with the classic conversion of Mironov (2017, Proposition 3),
// ε = rdp + log(1/δ)/(α−1): looser, kept to compare with numbers published before 2020.
func EpsilonClassic(orders, rdp []float64, delta float64) (Spent, error) {
	return convert(orders, rdp, delta, func(alpha, r float64) float64 {
		return r - math.Log(delta)/(alpha-1)
	})
}

func convert(orders, rdp []float64, delta float64, eps func(alpha, r float64) float64) (Spent, error) {
	if err := CheckDelta(delta); err != nil {
		return Spent{}, err
	}
	if len(orders) == 0 || len(orders) != len(rdp) {
		return Spent{}, cohort.Errorf(cohort.EInvalid, "dp: %d orders and %d RDP values", len(orders), len(rdp))
	}
	best := Spent{Epsilon: math.Inf(1), Delta: delta, Order: math.NaN()}
	for i, alpha := range orders {
		if err := checkOrder(alpha); err != nil {
			return Spent{}, err
		}
		r := rdp[i]
		if math.IsNaN(r) || r < 0 {
			return Spent{}, cohort.Errorf(cohort.EInvalid, "dp: RDP %v at order %v, want >= 0", r, alpha)
		}
		if e := eps(alpha, r); e < best.Epsilon {
			best.Epsilon, best.Order = e, alpha
		}
	}
	best.Epsilon = max(best.Epsilon, 0)
	return best, nil
}

// Epsilon returns the (ε, δ) guarantee of steps steps of the Poisson-subsampled Gaussian mechanism with
// sample rate q and noise multiplier sigma, over DefaultOrders.
func Epsilon(q, sigma float64, steps int, delta float64) (Spent, error) {
	if err := CheckDelta(delta); err != nil {
		return Spent{}, err
	}
	a, err := NewAccountant(nil)
	if err != nil {
		return Spent{}, err
	}
	if err := a.Compose(q, sigma, steps); err != nil {
		return Spent{}, err
	}
	return a.Epsilon(delta)
}

// Noise bounds for NoiseFor's bisection.
const (
	minNoise = 1e-3
	maxNoise = 1e4
)

// NoiseFor returns the smallest noise multiplier σ (to a relative 1e-6, rounded up) for which steps
// steps at sample rate q stay within (epsilon, delta), found by bisection on Epsilon, which decreases
// as σ grows. It is an error when even σ = 1e4 does not reach epsilon.
func NoiseFor(epsilon, delta, q float64, steps int) (float64, error) {
	switch {
	case math.IsNaN(epsilon) || math.IsInf(epsilon, 0) || epsilon <= 0:
		return 0, cohort.Errorf(cohort.EInvalid, "dp: target epsilon %v, want a finite value > 0", epsilon)
	case steps < 0:
		return 0, cohort.Errorf(cohort.EInvalid, "dp: %d steps, want >= 0", steps)
	}
	if err := CheckDelta(delta); err != nil {
		return 0, err
	}
	if err := CheckMechanism(q, 1); err != nil {
		return 0, err
	}
	eps := func(s float64) (float64, error) {
		sp, err := Epsilon(q, s, steps, delta)
		return sp.Epsilon, err
	}
	lo, hi := minNoise, maxNoise
	if e, err := eps(lo); err != nil || e <= epsilon {
		return lo, err
	}
	if e, err := eps(hi); err != nil {
		return 0, err
	} else if e > epsilon {
		return 0, cohort.Errorf(cohort.EInvalid, "dp: epsilon %v at delta %v is out of reach with noise multiplier <= %v", epsilon, delta, maxNoise)
	}
	for hi-lo > 1e-6*hi {
		mid := math.Sqrt(lo * hi)
		e, err := eps(mid)
		if err != nil {
			return 0, err
		}
		if e <= epsilon {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi, nil
}
