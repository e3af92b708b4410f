package zk

import (
	"context"
	"math"
	"testing"

	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
)

func TestFromFLLayout(t *testing.T) {
	// fl layout: per layer W input-major (i*out + j), then b.
	m := &fl.Model{Spec: fl.ModelSpec{Kind: fl.KindSoftmax, Inputs: 3, Classes: 2}, Params: []float64{1, 2, 3, 4, 5, 6, 0.5, -0.5}}
	f, err := floatFromFL(m)
	if err != nil {
		t.Fatal(err)
	}
	if f.Layers[0].W[0][1] != 3 || f.Layers[0].W[1][2] != 6 || f.Layers[0].B[1] != -0.5 {
		t.Errorf("converted layer %+v", f.Layers[0])
	}
	short := &fl.Model{Spec: fl.ModelSpec{Kind: fl.KindMLP, Inputs: 3, Classes: 2, Hidden: []int{2}}, Params: m.Params}
	if _, err := FromFL(short, QuantOptions{}); err == nil {
		t.Error("too few parameters accepted")
	}
	sq := &fl.Model{Spec: fl.ModelSpec{Kind: fl.KindMLP, Inputs: 1, Classes: 2, Hidden: []int{1}, Activation: fl.ActSquare}, Params: make([]float64, 6)}
	if _, err := FromFL(sq, QuantOptions{}); err == nil {
		t.Error("square activation accepted")
	}
}

// TestFromFLMatchesFL: the quantized reference predicts what fl's float forward pass predicts, on
// random data, for an MLP.
func TestFromFLMatchesFL(t *testing.T) {
	d := &dataset.Dataset{N: 200, D: 5, Classes: []string{"0", "1", "2"}}
	for i := range d.N {
		s := 0.0
		for j := range d.D {
			v := math.Sin(float64(i*7+j*13)) * 2
			d.X = append(d.X, v)
			s += v * float64(j-2)
		}
		d.Y = append(d.Y, min(max(int(s)+1, 0), 2))
	}
	spec := fl.ModelSpec{Kind: fl.KindMLP, Inputs: 5, Classes: 3, Hidden: []int{8}}
	m, err := fl.TrainCentralized(context.Background(), spec, d, fl.TrainConfig{Optimizer: fl.OptSGD, LR: 0.05, Momentum: 0.9, Epochs: 20, BatchSize: 16}, 1)
	if err != nil {
		t.Fatal(err)
	}
	q := func() *QModel {
		q, err := FromFL(m, QuantOptions{InFrac: 10, InBits: 16})
		if err != nil {
			t.Fatal(err)
		}
		return q
	}()
	a := Evaluate(m, q, d)
	t.Logf("%+v", a)
	if a.Failed > 0 || a.Agreement < 0.97 || a.Float < 0.6 {
		t.Errorf("accuracy %+v", a)
	}
	if Class([]int64{-3}) != 0 || Class([]int64{5}) != 1 || Class([]int64{1, 7, 2}) != 1 {
		t.Error("Class")
	}
}
