package consensus

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"
)

func stakes(xs ...int64) []*big.Int {
	out := make([]*big.Int, len(xs))
	for i, x := range xs {
		out[i] = big.NewInt(x)
	}
	return out
}

// TestComputeByHand checks a small epoch against numbers worked out by hand.
func TestComputeByHand(t *testing.T) {
	// three validators, stakes 1:1:2 (shares 0.25, 0.25, 0.5); two nodes.
	st := stakes(1, 1, 2)
	e := Epoch{Nodes: 2, Reward: big.NewInt(1_000_000), Validators: []Validator{
		{Stake: st[0], Weights: []uint16{10_000, 0}},    // w = (1, 0)
		{Stake: st[1], Weights: []uint16{5_000, 5_000}}, // w = (0.5, 0.5)
		{Stake: st[2], Weights: []uint16{2_500, 7_500}}, // w = (0.25, 0.75)
	}}
	r, err := Compute(Default, e)
	if err != nil {
		t.Fatal(err)
	}
	// node 0: weights 1 (0.25), 0.5 (0.25), 0.25 (0.5): half the stake reached at 0.5.
	// node 1: 0.75 (0.5) reaches half alone.
	want := []uint64{One / 2, One * 3 / 4}
	for j := range want {
		if r.Consensus[j] != want[j] {
			t.Errorf("consensus[%d] = %d, want %d", j, r.Consensus[j], want[j])
		}
	}
	// ranks: node 0 = 0.25·0.5 + 0.25·0.5 + 0.5·0.25 = 0.375; node 1 = 0 + 0.25·0.5 + 0.5·0.75 = 0.5.
	if r.Rank[0] != One*375/1000 || r.Rank[1] != One/2 {
		t.Errorf("ranks %v", r.Rank)
	}
	// consensus weights 3/7 and 4/7, floored; reputations 7499 (floored) and 10000.
	if r.Weight[0] != One*3/7 || r.Weight[1] != One*4/7 || r.Reputation[0] != 7_499 || r.Reputation[1] != 10_000 {
		t.Errorf("weights %v reputation %v", r.Weight, r.Reputation)
	}
	// votes: v0 = 0.25·0.5 = 0.125, v1 = 0.25·1 = 0.25, v2 = 0.5·1 = 0.5; shares of 0.875: 1/7, 2/7, 4/7;
	// bonds from zero: α·share.
	for i, share := range []uint64{One / 7, One * 2 / 7, One * 4 / 7} {
		if want := Default.Alpha * share / One; r.Bonds[i] != want {
			t.Errorf("bond[%d] = %d, want %d", i, r.Bonds[i], want)
		}
	}
	// half the reward to the nodes by weight, half to the validators by bond.
	if got := r.NodeRewards[0].Int64(); got != 500_000*3/7 {
		t.Errorf("node 0 reward %d", got)
	}
	if r.Paid.Cmp(e.Reward) > 0 || r.Paid.Int64() < 999_990 {
		t.Errorf("paid %v of %v", r.Paid, e.Reward)
	}
}

func TestComputeRefusesBadInput(t *testing.T) {
	good := func() Epoch {
		return Epoch{Nodes: 2, Reward: big.NewInt(1), Validators: []Validator{{Stake: big.NewInt(1), Weights: []uint16{1, 2}}}}
	}
	cases := map[string]func(*Epoch){
		"no nodes":       func(e *Epoch) { e.Nodes = 0 },
		"too many nodes": func(e *Epoch) { e.Nodes = MaxNodes + 1 },
		"short vector":   func(e *Epoch) { e.Validators[0].Weights = []uint16{1} },
		"weight too big": func(e *Epoch) { e.Validators[0].Weights[1] = MaxWeight + 1 },
		"all zero":       func(e *Epoch) { e.Validators[0].Weights = []uint16{0, 0} },
		"no stake":       func(e *Epoch) { e.Validators[0].Stake = nil },
		"huge stake":     func(e *Epoch) { e.Validators[0].Stake = new(big.Int).Lsh(big.NewInt(1), 96) },
		"bond above one": func(e *Epoch) { e.Validators[0].Bond = One + 1 },
		"no reward":      func(e *Epoch) { e.Reward = nil },
		"too many validators": func(e *Epoch) {
			for range MaxValidators {
				e.Validators = append(e.Validators, e.Validators[0])
			}
		},
	}
	for name, mutate := range cases {
		e := good()
		mutate(&e)
		if _, err := Compute(Default, e); !errors.Is(err, ErrInput) {
			t.Errorf("%s: err = %v, want ErrInput", name, err)
		}
	}
	if _, err := Compute(Params{Alpha: 0}, good()); err == nil {
		t.Error("alpha 0 accepted")
	}
	if _, err := Compute(good2(), good()); err != nil {
		t.Errorf("good epoch: %v", err)
	}
}

func good2() Params { return Params{Alpha: One, NodeShareBps: 10_000} }

func TestDecay(t *testing.T) {
	if got := Decay(Default, One, 0); got != One {
		t.Errorf("no idle epoch: %d", got)
	}
	if got := Decay(Default, One, 2); got != One*81/100 {
		t.Errorf("two idle epochs: %d, want 0.81", got)
	}
	if got := Decay(Default, One, MaxIdle); got != 0 {
		t.Errorf("after MaxIdle: %d", got)
	}
}

func TestMixWeight(t *testing.T) {
	m := DefaultMix
	if got := m.Weight(Score{1, 1, 1}); got != 10_000 {
		t.Errorf("perfect node: %d", got)
	}
	if got := m.Weight(Score{Quality: 0.5, Uptime: 1}); got != 4_500 {
		t.Errorf("half quality, up: %d", got)
	}
	if got := m.Weight(Score{Quality: 7, Inference: -1}); got != 5_000 {
		t.Errorf("clamped: %d", got)
	}
}

// randomEpoch draws an epoch: m validators with random stakes, weights and bonds.
func randomEpoch(rng *rand.Rand, n, m int) Epoch {
	e := Epoch{Nodes: n, Reward: new(big.Int).Mul(big.NewInt(rng.Int64N(1_000_000)+1), big.NewInt(1e12))}
	for range m {
		v := Validator{Stake: new(big.Int).Mul(big.NewInt(rng.Int64N(1_000_000)), big.NewInt(1e12)), Weights: make([]uint16, n),
			Bond: rng.Uint64N(One + 1), Idle: rng.Uint64N(4)}
		for j := range v.Weights {
			if rng.IntN(4) != 0 {
				v.Weights[j] = uint16(rng.IntN(MaxWeight + 1))
			}
		}
		v.Weights[rng.IntN(n)] = 1 + uint16(rng.IntN(MaxWeight))
		e.Validators = append(e.Validators, v)
	}
	return e
}

// TestComputeProperties: over random epochs, rewards never exceed the epoch's reward, bonds and weights
// stay within One, every clipped weight is at most the consensus, and the result is deterministic.
func TestComputeProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 300 {
		e := randomEpoch(rng, 1+rng.IntN(MaxNodes), 1+rng.IntN(MaxValidators))
		r, err := Compute(Default, e)
		if err != nil {
			t.Fatal(err)
		}
		if r.Paid.Cmp(e.Reward) > 0 {
			t.Fatalf("trial %d: paid %v of %v", trial, r.Paid, e.Reward)
		}
		var ws uint64
		for j := range e.Nodes {
			ws += r.Weight[j]
			if r.Reputation[j] > MaxReputation {
				t.Fatalf("trial %d: reputation %d", trial, r.Reputation[j])
			}
		}
		if ws > One {
			t.Fatalf("trial %d: weights sum to %d", trial, ws)
		}
		for _, b := range r.Bonds {
			if b > One {
				t.Fatalf("trial %d: bond %d", trial, b)
			}
		}
		again, _ := Compute(Default, e)
		for j := range r.Weight {
			if again.Weight[j] != r.Weight[j] {
				t.Fatalf("trial %d: not deterministic", trial)
			}
		}
	}
}
