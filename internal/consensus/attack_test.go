package consensus

import (
	"math/big"
	"math/rand/v2"
	"testing"
)

// toWeight turns a consensus value (units of One) back into a revealed weight (basis points).
func toWeight(c uint64) uint16 { return uint16(min(c/(One/MaxWeight), MaxWeight)) }

// world is a network whose nodes' true quality drifts every epoch; honest validators measure it with a
// little noise.
type world struct {
	rng     *rand.Rand
	quality []float64
}

func (w *world) step() {
	for j := range w.quality {
		w.quality[j] = min(max(w.quality[j]+w.rng.NormFloat64()*0.15, 0.02), 1)
	}
}

func (w *world) measure() []uint16 {
	out := make([]uint16, len(w.quality))
	for j, q := range w.quality {
		out[j] = DefaultMix.Weight(Score{Quality: q + w.rng.NormFloat64()*0.01, Inference: q, Uptime: 1})
	}
	return out
}

// TestCopierEarnsLess is the target "a weight-copying validator earns less than an honest one": the
// copier cannot see this epoch's vectors before it commits (commit-reveal, checked on chain by the
// connector's attack tests), so the best it can copy is the previous epoch's consensus. Over 60 epochs of
// a drifting network it earns less than every honest validator of the same stake, for several seeds.
func TestCopierEarnsLess(t *testing.T) {
	for seed := uint64(1); seed <= 5; seed++ {
		honest, copier := copierRun(t, seed)
		for i, h := range honest {
			if copier.Cmp(h) >= 0 {
				t.Errorf("seed %d: copier earned %v, honest validator %d only %v", seed, copier, i, h)
			}
		}
		ratio, _ := new(big.Rat).SetFrac(copier, honest[0]).Float64()
		t.Logf("seed %d: copier earns %.3f of an honest validator", seed, ratio)
	}
}

// copierRun plays 60 epochs with four honest validators and one copier, all of equal stake; it returns
// each validator's total reward.
func copierRun(t *testing.T, seed uint64) (honest []*big.Int, copier *big.Int) {
	t.Helper()
	const nodes, epochs = 16, 60
	w := &world{rng: rand.New(rand.NewPCG(seed, 7)), quality: make([]float64, nodes)}
	for j := range w.quality {
		w.quality[j] = 0.2 + 0.8*w.rng.Float64()
	}
	vals := make([]Validator, 5)
	totals := make([]*big.Int, 5)
	for i := range vals {
		vals[i] = Validator{Stake: big.NewInt(1_000)}
		totals[i] = new(big.Int)
	}
	last := make([]uint16, nodes)
	for j := range last {
		last[j] = MaxWeight
	}
	for range epochs {
		w.step()
		for i := range 4 {
			vals[i].Weights = w.measure()
		}
		vals[4].Weights = append([]uint16(nil), last...)
		r, err := Compute(Default, Epoch{Nodes: nodes, Validators: vals, Reward: big.NewInt(1_000_000)})
		if err != nil {
			t.Fatal(err)
		}
		for i := range vals {
			vals[i].Bond = r.Bonds[i]
			totals[i].Add(totals[i], r.ValidatorRewards[i])
		}
		for j, c := range r.Consensus {
			last[j] = toWeight(c)
		}
	}
	return totals[:4], totals[4]
}

// cartelEpoch draws an epoch of ten validators: the first two (a cartel holding 20 % of the stake) push
// one target node with all their weight; the other eight measure the nodes honestly with noise.
func cartelEpoch(rng *rand.Rand, nodes, target int) Epoch {
	e := Epoch{Nodes: nodes, Reward: big.NewInt(1_000_000)}
	truth := make([]float64, nodes)
	for j := range truth {
		truth[j] = rng.Float64()
	}
	for i := range 10 {
		v := Validator{Stake: big.NewInt(1_000), Weights: make([]uint16, nodes)}
		for j := range nodes {
			switch {
			case i < 2 && j == target:
				v.Weights[j] = MaxWeight
			case i < 2:
				v.Weights[j] = 0
			default:
				v.Weights[j] = uint16(min(max(truth[j]+rng.NormFloat64()*0.05, 0), 1) * MaxWeight)
			}
		}
		if k := rng.IntN(nodes); v.Weights[k] == 0 {
			v.Weights[k] = 1
		}
		e.Validators = append(e.Validators, v)
	}
	return e
}

// TestCartelBoundedByClip is the target "a 20 %-stake cartel cannot move any node's consensus weight by
// more than the clip allows". For every node: the consensus stays between the honest validators'
// stake-weighted quantiles (honest stake at or above it ≥ S/2 − σS, and the honest median at most it),
// the cartel adds at most σ·c_j to the node's rank, and the node's consensus weight stays within what
// those two bounds allow.
func TestCartelBoundedByClip(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := range 200 {
		nodes := 2 + rng.IntN(MaxNodes-1)
		e := cartelEpoch(rng, nodes, rng.IntN(nodes))
		r, err := Compute(Default, e)
		if err != nil {
			t.Fatal(err)
		}
		shares := stakeShares(e.Validators)
		w := normalized(e.Validators)
		var total, sigma uint64
		for i, s := range shares {
			total += s
			if i < 2 {
				sigma += s
			}
		}
		var honestRank []uint64
		var honestSum uint64
		for j := range nodes {
			c := r.Consensus[j]
			var above uint64 // honest stake with weight ≥ c
			var a uint64     // honest part of the rank
			for i := 2; i < 10; i++ {
				if w[i][j] >= c {
					above += shares[i]
				}
				a += shares[i] * min(w[i][j], c)
			}
			if 2*(above+sigma) < total {
				t.Fatalf("trial %d node %d: consensus %d above the honest quantile", trial, j, c)
			}
			if hm := weightedMedian(shares[2:], w[2:], j, total); c < hm {
				t.Fatalf("trial %d node %d: consensus %d below the honest median %d", trial, j, c, hm)
			}
			a /= One
			if r.Rank[j] > a+sigma*c/One+1 {
				t.Fatalf("trial %d node %d: rank %d, honest part %d, cartel may add only %d", trial, j, r.Rank[j], a, sigma*c/One)
			}
			honestRank = append(honestRank, a)
			honestSum += a
		}
		var cons uint64
		for j := range nodes {
			cons += sigma * r.Consensus[j] / One
		}
		for j := range nodes {
			hi := mulDiv(honestRank[j]+sigma*r.Consensus[j]/One+1, One, honestSum)
			lo := mulDiv(honestRank[j], One, honestSum+cons+uint64(nodes))
			if r.Weight[j] > hi || r.Weight[j]+1 < lo {
				t.Fatalf("trial %d node %d: consensus weight %d outside [%d, %d]", trial, j, r.Weight[j], lo, hi)
			}
		}
	}
}
