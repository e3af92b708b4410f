package fl

import (
	"math/rand/v2"
	"os"
	"testing"
)

func BenchmarkMLPStep(b *testing.B) {
	spec := ModelSpec{Kind: KindMLP, Inputs: 784, Classes: 10, Hidden: []int{128}}
	m, _ := NewModel(spec, 1)
	d := randData(32, 784, 10, 1)
	r := rand.New(rand.NewPCG(1, 1))
	for i := range d.X {
		if r.IntN(2) == 0 {
			d.X[i] = 0
		} else {
			d.X[i] = r.Float64()
		}
	}
	opt := OptSGD
	if os.Getenv("FL_BENCH_ADAM") != "" {
		opt = OptAdam
	}
	t := newTrainer(m, TrainConfig{Optimizer: opt, LR: 0.01, Momentum: 0.9, Epochs: 1, BatchSize: 32})
	idx := make([]int, 32)
	for i := range idx {
		idx[i] = i
	}
	b.ResetTimer()
	for range b.N {
		t.step(d, idx)
	}
	b.ReportMetric(float64(b.Elapsed().Seconds())/float64(b.N)*60000/32, "s/epoch")
}
