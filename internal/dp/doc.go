// Package dp is Cohort's differential-privacy accountant: Rényi differential privacy (RDP) of the
// Poisson-subsampled Gaussian mechanism, composed over steps and converted to (ε, δ).
//
// # Mechanism
//
// One step releases f(S) + N(0, σ²C²I), where S is a Poisson sample of the data set (every record in it
// independently with probability q) and f sums per-record values clipped to L2 norm C (DP-SGD), or
// per-client updates clipped to C (DP-FedAvg). σ is the noise multiplier.
//
// # RDP of one step
//
// Following Mironov, Talwar and Zhang, "Rényi Differential Privacy of the Sampled Gaussian Mechanism"
// (2019), the RDP of order α > 1 is log(A_α)/(α−1) with
//
//	A_α = E_{z~N(0,σ²)} [((1−q) + q·exp((2z−1)/(2σ²)))^α].
//
// For integer α, A_α is the finite binomial sum Σ_i C(α,i) (1−q)^(α−i) q^i exp((i²−i)/(2σ²)), added in
// log space. For fractional α it is the two convergent series of their Section 3.3, each term a binomial
// coefficient (of either sign) times a Gaussian tail written with log erfc; the series stop once their
// terms are below e^−30, as TF Privacy's and Opacus's _compute_log_a_frac do. q = 1 is the plain
// Gaussian mechanism, α/(2σ²); q = 0 releases nothing about any record, RDP 0.
//
// # Composition and conversion
//
// RDP adds up over steps, order by order (Accountant). The (ε, δ) guarantee is the minimum over the
// orders of the conversion of Balle, Barthe, Gaboardi, Hsu and Sato, "Hypothesis Testing Interpretations
// and Rényi Differential Privacy" (AISTATS 2020, Theorem 21), also Canonne, Kamath and Steinke (2020,
// Proposition 12):
//
//	ε = RDP(α) + log((α−1)/α) − (log δ + log α)/(α−1),
//
// the one Opacus's get_privacy_spent and TF Privacy's compute_eps use; it is tighter than the classic
// conversion of Mironov (2017, Proposition 3), ε = RDP(α) + log(1/δ)/(α−1), which EpsilonClassic gives
// for comparison. The result is clamped at 0. DefaultOrders are Opacus's.
//
// The package is pure computation: no clocks, no globals, no I/O.
package dp
