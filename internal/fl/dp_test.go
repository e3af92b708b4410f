package fl

import (
	"context"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/cohort-net/cohort/internal/dataset"
)

func dpConfig(sigma, clip, q float64) TrainConfig {
	return TrainConfig{Optimizer: OptSGD, LR: 1, Epochs: 1, BatchSize: 1, Seed: 7,
		DP: DPSGD{NoiseMultiplier: sigma, Clip: clip, SampleRate: q}}
}

func logregOn(t testing.TB, d *dataset.Dataset) *Model {
	m, err := NewModel(ModelSpec{Kind: KindLogReg, Inputs: d.D, Classes: 2}, 1)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// withOutlier returns a copy of d whose row i is replaced by an extreme record (features ×1000, label
// flipped): its unclipped gradient dwarfs every other row's.
func withOutlier(d *dataset.Dataset, i int) *dataset.Dataset {
	o := d.Subset(slices.Collect(func(yield func(int) bool) {
		for k := range d.N {
			if !yield(k) {
				return
			}
		}
	}))
	for k := range o.D {
		o.X[i*o.D+k] *= 1000
	}
	o.Y[i] = 1 - o.Y[i]
	return o
}

func paramDist(a, b []float64) float64 {
	s := 0.0
	for k := range a {
		s += (a[k] - b[k]) * (a[k] - b[k])
	}
	return math.Sqrt(s)
}

// Clipping bounds one record's influence: with the noise off, replacing one record moves the
// parameters after one full-batch step (q = 1) by at most lr*2C/n. With the clip effectively off
// (C huge) the same replacement moves them far more, so the bound is the clipping's doing.
func TestDPSGDClippingBoundsSensitivity(t *testing.T) {
	train, _ := breastCancer(t)
	d := train.Subset([]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19})
	d2 := withOutlier(d, 3)
	run := func(data *dataset.Dataset, clip float64) []float64 {
		m := logregOn(t, data)
		m.Params[0] = 0.3 // away from the symmetric start
		if _, err := Train(context.Background(), m, data, dpConfig(0, clip, 1)); err != nil {
			t.Fatal(err)
		}
		return m.Params
	}
	const clip = 0.5
	bound := 1 * 2 * clip / float64(d.N)
	if got := paramDist(run(d, clip), run(d2, clip)); got > bound*(1+1e-9) {
		t.Errorf("replacing one record moved the parameters by %v, over lr*2C/n = %v", got, bound)
	}
	if got := paramDist(run(d, 1e9), run(d2, 1e9)); got <= bound {
		t.Errorf("without clipping the outlier moved the parameters only %v (bound %v): the test cannot tell clipping from none", got, bound)
	}
}

// The noise is really there and has the configured scale: after one full-batch step with lr 1, every
// parameter is the same deterministic value plus N(0, (σC/n)²). Across noise seeds the spread matches;
// with σ = 0 it is zero.
func TestDPSGDNoiseScale(t *testing.T) {
	train, _ := breastCancer(t)
	d := train.Subset([]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
	spread := func(sigma float64) float64 {
		var xs [][]float64
		for s := range 300 {
			m := logregOn(t, d)
			cfg := dpConfig(sigma, 1, 1)
			cfg.NoiseSeed = uint64(s + 1)
			if _, err := Train(context.Background(), m, d, cfg); err != nil {
				t.Fatal(err)
			}
			xs = append(xs, m.Params)
		}
		sum2, cnt := 0.0, 0
		for k := range xs[0] {
			mean := 0.0
			for _, x := range xs {
				mean += x[k]
			}
			mean /= float64(len(xs))
			for _, x := range xs {
				sum2 += (x[k] - mean) * (x[k] - mean)
				cnt++
			}
		}
		return math.Sqrt(sum2 / float64(cnt))
	}
	const sigma = 2.0
	want := sigma * 1 / float64(d.N)
	if got := spread(sigma); math.Abs(got-want) > 0.05*want {
		t.Errorf("parameter spread %v, want σC/n = %v", got, want)
	}
	if got := spread(0); got > 1e-12 {
		t.Errorf("σ = 0: spread %v, want 0", got)
	}
}

// DP-SGD is deterministic given its seeds, and the noise seed changes the result.
func TestDPSGDDeterministic(t *testing.T) {
	train, _ := breastCancer(t)
	run := func(noiseSeed uint64) []float64 {
		m := logregOn(t, train)
		cfg := dpConfig(1.1, 1, 0.05)
		cfg.LR, cfg.Epochs, cfg.NoiseSeed = 0.1, 2, noiseSeed
		st, err := Train(context.Background(), m, train, cfg)
		if err != nil {
			t.Fatal(err)
		}
		if st.Steps != 2*20 {
			t.Errorf("%d steps, want 2 epochs of 1/q = 20", st.Steps)
		}
		return m.Params
	}
	a, b, c := run(5), run(5), run(6)
	if !slices.Equal(a, b) {
		t.Error("same seeds, different parameters")
	}
	if slices.Equal(a, c) {
		t.Error("different noise seeds, same parameters")
	}
}

// Poisson sampling: every row is in a step's batch with probability q, independently.
func TestDPSGDPoissonSampling(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	n, q, steps := 1000, 0.03, 400
	total := 0
	for range steps {
		for range n {
			if r.Float64() < q {
				total++
			}
		}
	}
	mean := float64(total) / float64(steps)
	if math.Abs(mean-q*float64(n)) > 1 {
		t.Errorf("mean batch %v, want %v", mean, q*float64(n))
	}
}

func TestGaussianAndDetLog(t *testing.T) {
	for _, x := range []float64{1e-300, 1e-10, 0.1, 0.5, 0.7071, 0.9999999, 1, 1.5, 2, 10, 1e10, 1e300} {
		if got, want := detLog(x), math.Log(x); math.Abs(got-want) > 4e-16*math.Max(1, math.Abs(want)) {
			t.Errorf("detLog(%v) = %v, math.Log %v", x, got, want)
		}
	}
	r := rand.New(rand.NewPCG(3, 4))
	const n = 200000
	s, s2, s4 := 0.0, 0.0, 0.0
	for range n {
		z := gaussian(r)
		s += z
		s2 += z * z
		s4 += z * z * z * z
	}
	mean, vr, k := s/n, s2/n, s4/n
	if math.Abs(mean) > 0.01 || math.Abs(vr-1) > 0.015 || math.Abs(k-3) > 0.1 {
		t.Errorf("gaussian: mean %v, variance %v, fourth moment %v; want 0, 1, 3", mean, vr, k)
	}
}

func TestDPSGDValidate(t *testing.T) {
	for name, d := range map[string]DPSGD{
		"no clip":   {NoiseMultiplier: 1, SampleRate: 0.1},
		"neg noise": {NoiseMultiplier: -1, Clip: 1, SampleRate: 0.1},
		"q 0":       {NoiseMultiplier: 1, Clip: 1},
		"q > 1":     {NoiseMultiplier: 1, Clip: 1, SampleRate: 1.5},
		"NaN clip":  {NoiseMultiplier: 1, Clip: math.NaN(), SampleRate: 0.1},
		"tiny q":    {NoiseMultiplier: 1, Clip: 1, SampleRate: 1e-9},
		"inf noise": {NoiseMultiplier: math.Inf(1), Clip: 1, SampleRate: 0.1},
	} {
		if err := d.Validate(); err == nil {
			t.Errorf("%s: %+v accepted", name, d)
		}
	}
}

// Client-level DP-FedAvg: updates are clipped, averaged with equal weights, and the mean gets noise of
// standard deviation z*C/n; without a noise source Aggregate refuses.
func TestClientLevelDP(t *testing.T) {
	dim, n := 2000, 4
	global := make([]float64, dim)
	ups := make([]Update, n)
	for i := range ups {
		d := make([]float64, dim)
		for k := range d {
			d[k] = 10 // norm far above the clip
		}
		ups[i] = Update{Client: ClientName(i), Delta: d, Samples: 1 + 100*i}
	}
	cfg := StrategyConfig{Name: StratFedAvg, ClipNorm: 1, DPNoise: 3}
	s, err := NewStrategy(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Aggregate(global, ups); err == nil {
		t.Fatal("aggregated without a noise source")
	}
	s.(*Aggregator).SetNoise(rand.New(rand.NewPCG(1, 1)))
	out, err := s.Aggregate(global, ups)
	if err != nil {
		t.Fatal(err)
	}
	clipped := 1 / math.Sqrt(float64(dim)) // each coordinate of a clipped update, equal for all
	sum2 := 0.0
	for _, v := range out {
		sum2 += (v - clipped) * (v - clipped)
	}
	got, want := math.Sqrt(sum2/float64(dim)), 3.0*1/float64(n)
	if math.Abs(got-want) > 0.05*want {
		t.Errorf("noise std %v, want zC/n = %v", got, want)
	}
	// A secure aggregate of 4 clients' clipped updates gets the same noise as the 4 updates.
	mean := make([]float64, dim)
	for k := range mean {
		mean[k] = clipped
	}
	s.(*Aggregator).SetNoise(rand.New(rand.NewPCG(2, 2)))
	out, err = s.Aggregate(global, []Update{{Client: "secure", Delta: mean, Samples: 1, Clients: n}})
	if err != nil {
		t.Fatal(err)
	}
	sum2 = 0
	for _, v := range out {
		sum2 += (v - clipped) * (v - clipped)
	}
	if got := math.Sqrt(sum2 / float64(dim)); math.Abs(got-want) > 0.05*want {
		t.Errorf("secure aggregate of %d: noise std %v, want zC/n = %v", n, got, want)
	}
	if _, err := NewStrategy(StrategyConfig{Name: StratFedAvg, DPNoise: 1}); err == nil {
		t.Error("dp noise without a clip norm accepted")
	}
	if _, err := NewStrategy(StrategyConfig{Name: StratMedian, DPNoise: 1, ClipNorm: 1}); err == nil {
		t.Error("dp noise with the median accepted")
	}
}

// Distributed client-level DP: the secure aggregate already carries the clients' noise, so the
// aggregator takes the equal-weight mean and adds none; AddGaussian draws a client's share.
func TestClientLevelDPDistributed(t *testing.T) {
	dim, n := 4000, 5
	s, err := NewStrategy(StrategyConfig{Name: StratFedAvg, ClipNorm: 1, DPNoise: 2})
	if err != nil {
		t.Fatal(err)
	}
	sum := make([]float64, dim)
	for i := range n {
		AddGaussian(sum, 2/math.Sqrt(float64(n)), rand.New(rand.NewPCG(uint64(i), 9)))
	}
	mean := make([]float64, dim)
	var sq float64
	for k, v := range sum {
		mean[k] = v / float64(n)
		sq += v * v
	}
	if v := sq / float64(dim); math.Abs(v-4) > 0.3 { // n shares of σ²C²/n: σ²C² = 4 on the sum
		t.Errorf("variance of %d summed shares %v, want 4", n, v)
	}
	s.(*Aggregator).SetClientNoise()
	global := make([]float64, dim)
	out, err := s.Aggregate(global, []Update{{Client: "secure", Delta: mean, Samples: 1, Clients: n}})
	if err != nil {
		t.Fatal(err)
	}
	for k := range out {
		if math.Abs(out[k]-mean[k]) > 1e-12 {
			t.Fatalf("coordinate %d: %v, want the secure mean %v (no noise added)", k, out[k], mean[k])
		}
	}
}
