package secagg

import (
	"math"

	"github.com/cohort-net/cohort"
)

// Threat-model defaults and the failure target of PlanParams.
const (
	DefaultCorrupt     = 0.2   // γ: the fraction of clients assumed to collude with the server
	DefaultDropout     = 0.1   // δ: the fraction of clients assumed to drop out during a round
	TargetFailureLog2  = -40.0 // a round's failure probability (privacy or correctness) is at most 2^-40
	ZeroFailureLog2    = -1000 // FailureLog2 when the bound is exactly zero (the worst case is covered)
	maxPlanClients     = MaxClients
	log2e              = 1.4426950408889634
	failureUnreachable = 0.0 // log2 of a bound of 1 (no guarantee)
)

// Plan is the choice of k and t for n clients under a threat model, with the bound it achieves.
type Plan struct {
	Clients     int     // n
	Neighbours  int     // k: even, or n-1 (the complete graph)
	Threshold   int     // t
	MaxCorrupt  int     // c: corrupt neighbours tolerated by any client; 2t > k + c
	FailureLog2 float64 // log2 of the bound on the failure probability (ZeroFailureLog2 when it is 0)
}

// PlanParams chooses the smallest ring degree k, and for it the threshold t, such that a SecAgg+ round of
// n clients, of which at most ceil(γn) collude with the server and at most ceil(δn) drop out, fails with
// probability at most 2^TargetFailureLog2, following the analysis of Bell et al. 2020 ("Secure
// Single-Server Aggregation with (Poly)Logarithmic Overhead", §4) for our graph: a ring permuted by public
// randomness, so a client's k neighbours are a uniform k-subset of the others. Failure is the union of
//
//   - privacy: some client has more than c corrupt neighbours, where 2t > k + c (then the server with
//     them can hold neither t self-mask shares and t key shares of one honest client, nor t of either
//     from the corrupt ones alone); hypergeometric tail, union over n clients;
//   - correctness: some client has fewer than t neighbours still there (more than k-t of its neighbours
//     among the ceil(δn) dropped clients); as in Bell et al., correctness is promised against dropouts,
//     not against corrupt clients that withhold their shares (they can make a round abort, never
//     make it return a wrong sum);
//   - connectivity: the honest survivors' graph splits (the server would learn partial sums), which on
//     the ring needs two disjoint runs of k/2 consecutive bad clients: at most n²/2 times the
//     probability that k given positions are all bad.
//
// When no k below n-1 reaches the target, the complete graph is returned with its bound (which may
// exceed the target for tiny n; SecAggConfig refuses such a task). Pure and deterministic.
func PlanParams(n int, corrupt, dropout float64) (Plan, error) {
	if n < 2 || n > maxPlanClients {
		return Plan{}, cohort.Errorf(cohort.EInvalid, "secagg plan: %d clients, want 2 to %d", n, maxPlanClients)
	}
	if !(corrupt >= 0 && corrupt < 1) || !(dropout >= 0 && dropout < 1) || corrupt+dropout >= 1 {
		return Plan{}, cohort.Errorf(cohort.EInvalid, "secagg plan: corrupt fraction %g and dropout fraction %g must be in [0, 1) with a sum below 1", corrupt, dropout)
	}
	for k := 2; k <= n-2; k += 2 {
		if p := planFor(n, k, corrupt, dropout); p.FailureLog2 <= TargetFailureLog2 {
			return p, nil
		}
	}
	return planFor(n, n-1, corrupt, dropout), nil
}

// Assess returns the failure bound (log2) of given k and t, and the corrupt neighbours tolerated
// (c = 2t-k-1); k is capped at n-1.
func Assess(n, k, t int, corrupt, dropout float64) (maxCorrupt int, failureLog2 float64) {
	k = min(k, n-1)
	bad, drop, crp := counts(n, corrupt, dropout)
	tailC := hyperTailLog2(n-1, crp, k)
	tailB := hyperTailLog2(n-1, drop, k)
	conn := connLog2(n, k, bad)
	c := 2*t - k - 1
	if c < 0 || t > k || t < 1 {
		return c, failureUnreachable
	}
	return c, failureOf(n, tailC, tailB, conn, c, k-t)
}

// counts returns the numbers of bad (corrupt or dropped), dropped and corrupt clients the model assumes.
func counts(n int, corrupt, dropout float64) (bad, drop, crp int) {
	crp = int(math.Ceil(corrupt*float64(n) - 1e-9))
	drop = int(math.Ceil(dropout*float64(n) - 1e-9))
	return min(crp+drop, n-1), min(drop, n-1), min(crp, n-1)
}

// planFor picks, for degree k, the threshold with the smallest failure bound.
func planFor(n, k int, corrupt, dropout float64) Plan {
	bad, drop, crp := counts(n, corrupt, dropout)
	tailC := hyperTailLog2(n-1, crp, k)
	tailB := hyperTailLog2(n-1, drop, k)
	conn := connLog2(n, k, bad)
	p := Plan{Clients: n, Neighbours: k, FailureLog2: math.Inf(1)}
	for t := k/2 + 1; t <= k; t++ {
		c := 2*t - k - 1
		f := failureOf(n, tailC, tailB, conn, c, k-t)
		if f < p.FailureLog2 {
			p.Threshold, p.MaxCorrupt, p.FailureLog2 = t, c, f
		}
	}
	return p
}

// failureOf sums the three bounds: n·P[corrupt neighbours > c] + n·P[dropped neighbours > k-t] + conn.
func failureOf(n int, tailC, tailB []float64, conn float64, c, slack int) float64 {
	ln := math.Log2(float64(n))
	f := log2Add(log2Add(ln+tailC[c], ln+tailB[slack]), conn)
	if f <= ZeroFailureLog2 {
		return ZeroFailureLog2
	}
	return min(f, failureUnreachable)
}

// hyperTailLog2 returns tail[x] = log2 P[X > x] for x in 0..k, X hypergeometric: k draws without
// replacement from N items of which K are marked.
func hyperTailLog2(N, K, k int) []float64 {
	tail := make([]float64, k+1)
	acc := math.Inf(-1)
	for x := k; x >= 0; x-- {
		tail[x] = acc
		acc = log2Add(acc, hyperPMFLog2(N, K, k, x))
	}
	return tail
}

// hyperPMFLog2 is log2 of C(K,x) C(N-K,k-x) / C(N,k) (-Inf when impossible).
func hyperPMFLog2(N, K, k, x int) float64 {
	if x < 0 || x > K || k-x > N-K || x > k {
		return math.Inf(-1)
	}
	return (lchoose(K, x) + lchoose(N-K, k-x) - lchoose(N, k)) * log2e
}

// connLog2 bounds the probability that the ring's good clients are disconnected: two disjoint runs
// of k/2 bad clients, at most n²/2 placements, each all bad with probability ∏ (bad-i)/(n-i).
func connLog2(n, k, bad int) float64 {
	if k >= n-1 || k > bad {
		return math.Inf(-1)
	}
	p := math.Log2(float64(n) * float64(n) / 2)
	for i := 0; i < k; i++ {
		p += math.Log2(float64(bad-i) / float64(n-i))
	}
	return p
}

func lchoose(n, k int) float64 {
	a, _ := math.Lgamma(float64(n + 1))
	b, _ := math.Lgamma(float64(k + 1))
	c, _ := math.Lgamma(float64(n - k + 1))
	return a - b - c
}

// log2Add returns log2(2^a + 2^b).
func log2Add(a, b float64) float64 {
	if math.IsInf(a, -1) {
		return b
	}
	if math.IsInf(b, -1) {
		return a
	}
	if a < b {
		a, b = b, a
	}
	return a + math.Log2(1+math.Exp2(b-a))
}
