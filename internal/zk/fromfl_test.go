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

// TestFromFLLSTMLayout: an fl LSTM compiled with a fine fixed-point format gives the logits of fl's
// float forward pass, so the parameter layout (gate order, input-major blocks, head) is read as fl
// writes it.
func TestFromFLLSTMLayout(t *testing.T) {
	spec := fl.ModelSpec{Kind: fl.KindLSTM, Inputs: 6, Steps: 3, Classes: 3, Hidden: []int{4, 4}}
	m, err := fl.NewModel(spec, 5)
	if err != nil {
		t.Fatal(err)
	}
	for k := range m.Params {
		m.Params[k] += 0.2 * math.Sin(float64(k*31)) // break the init's symmetries (forget bias 1)
	}
	q, err := FromFL(m, QuantOptions{InFrac: 12, InBits: 16, WBits: 20, ActBits: 24, TableBits: 16})
	if err != nil {
		t.Fatal(err)
	}
	for s := range 5 {
		x := make([]float64, spec.Inputs)
		for i := range x {
			x[i] = math.Cos(float64(s*7 + i*3))
		}
		want := m.Logits(x, 1)
		got, err := q.Infer(q.QuantizeInput(x))
		if err != nil {
			t.Fatal(err)
		}
		for j := range want {
			if g := math.Ldexp(float64(got[j]), -(q.InFrac + q.WFrac)); math.Abs(g-want[j]) > 0.01 {
				t.Fatalf("input %d: logits %v (dequantized), fl %v", s, got, want)
			}
		}
	}
	uneven := &fl.Model{Spec: fl.ModelSpec{Kind: fl.KindLSTM, Inputs: 2, Steps: 2, Classes: 2, Hidden: []int{2, 3}}}
	uneven.Params = make([]float64, uneven.Spec.NumParams())
	if _, err := FromFL(uneven, QuantOptions{}); err == nil {
		t.Error("cells of unequal widths accepted")
	}
}

// TestFromFLLSTMCO2: an LSTM trained federatedly on the bundled CO2 windows (the co2 preset with 8
// units a cell, to keep the test short) keeps its test accuracy within 1 point once quantized with
// LSTMQuant, every test window is provable, and the circuit accepts the trained weights.
func TestFromFLLSTMCO2(t *testing.T) {
	train, _, test, err := dataset.LoadDirectionTask(dataset.BundledCO2, fl.DefaultLSTMSteps)
	if err != nil {
		t.Fatal(err)
	}
	sc := dataset.FitScaler(train)
	train, test = sc.Apply(train), sc.Apply(test)
	p := fl.PresetFor(fl.DatasetCO2, fl.KindLSTM, fl.PartitionTime)
	p.Spec.Hidden = []int{8, 8}
	cfg := p.SimConfig(train, test)
	cfg.CentralizedEpochs = -1
	res, err := fl.Simulate(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	q, err := FromFL(res.Model, LSTMQuant)
	if err != nil {
		t.Fatal(err)
	}
	a := Evaluate(res.Model, q, test)
	t.Logf("%+v", a)
	if a.Failed > 0 || math.Abs(a.Quantized-a.Float) > 0.01 || a.Float < 0.6 {
		t.Errorf("accuracy %+v: want quantized within 1 point of float, every window provable", a)
	}
	checkCircuit(t, q, false, q.QuantizeInput(test.Row(0)))
}
