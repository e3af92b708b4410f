package fl

import (
	"math/rand/v2"
	"testing"
)

func BenchmarkMLPStep(b *testing.B) {
	spec := ModelSpec{Kind: KindMLP, Inputs: 784, Classes: 10, Hidden: []int{128}}
	m, _ := NewModel(spec, 1)
	d := randData(64, 784, 10, 1)
	r := rand.New(rand.NewPCG(1, 1))
	for i := range d.X {
		if r.IntN(2) == 0 {
			d.X[i] = 0
		} else {
			d.X[i] = r.Float64()
		}
	}
	t := newTrainer(m, TrainConfig{Optimizer: OptSGD, LR: 0.01, Momentum: 0.9, Epochs: 1, BatchSize: 64})
	idx := make([]int, 64)
	for i := range idx {
		idx[i] = i
	}
	b.ResetTimer()
	for range b.N {
		t.step(d, idx)
	}
	b.ReportMetric(float64(b.Elapsed().Seconds())/float64(b.N)*60000/64, "s/epoch")
}
