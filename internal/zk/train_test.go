package zk

import (
	"math"
	"testing"
)

func breastCancer(t testing.TB) (train, test *Dataset) {
	t.Helper()
	p, err := findFile("", "breast_cancer.csv")
	if err != nil {
		t.Skip(err)
	}
	d, err := LoadCSV(p, "malignant")
	if err != nil {
		t.Fatal(err)
	}
	train, test = d.Split(0.2, 1)
	test.Standardize(train)
	train.Standardize(train)
	return train, test
}

func TestCompileLogRegAccuracy(t *testing.T) {
	train, test := breastCancer(t)
	m := Train(train, 2, TrainConfig{Epochs: 30, LR: 0.05, L2: 1e-4, Seed: 1})
	q := mustQuantize(t, m, QuantOptions{InFrac: 8, InBits: 13})
	a := Evaluate(m, q, test)
	t.Logf("%+v", a)
	if a.Float < 0.93 || math.Abs(a.Float-a.Quantized) > 0.01 || a.Failed > 0 {
		t.Errorf("accuracy %+v", a)
	}
}

func TestFromFL(t *testing.T) {
	// fl layout: per layer W input-major (i*out + j), then b.
	params := []float64{1, 2, 3, 4, 5, 6, 0.5, -0.5} // 3 inputs, 2 outputs: W[i][j] = params[i*2+j]
	m, err := FromFL(FLSpec{Kind: "softmax", Inputs: 3, Classes: 2}, params)
	if err != nil {
		t.Fatal(err)
	}
	if m.Layers[0].W[0][1] != 3 || m.Layers[0].W[1][2] != 6 || m.Layers[0].B[1] != -0.5 {
		t.Errorf("converted layer %+v", m.Layers[0])
	}
	if _, err := FromFL(FLSpec{Kind: "mlp", Inputs: 3, Classes: 2, Hidden: []int{2}}, params); err == nil {
		t.Error("too few parameters accepted")
	}
	if _, err := FromFL(FLSpec{Kind: "mlp", Inputs: 1, Classes: 2, Hidden: []int{1}, Activation: "square"}, make([]float64, 6)); err == nil {
		t.Error("square activation accepted")
	}
}
