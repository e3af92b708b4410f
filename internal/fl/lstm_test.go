package fl

import (
	"context"
	"math"
	"slices"
	"strings"
	"testing"
)

// TestLSTMLayout checks the documented parameter layout and cell equations on a one-unit cell, two
// steps, computed by hand.
func TestLSTMLayout(t *testing.T) {
	spec := ModelSpec{Kind: KindLSTM, Inputs: 2, Steps: 2, Classes: 2, Hidden: []int{1}}
	if n := spec.NumParams(); n != (1+1+1)*4+(1+1)*2 {
		t.Fatalf("NumParams %d", n)
	}
	// Wx (1x4: i f g o), Wh (1x4), b (4), head W (1x2), head b (2).
	p := []float64{0.5, -0.25, 1, 0.75, 0.3, 0.2, -0.1, 0.4, 0.1, 1, -0.2, 0, 2, -1, 0.5, 0.25}
	m := &Model{Spec: spec, Params: p}
	x := []float64{1, -2}
	var h, c float64
	for _, xt := range x {
		pre := func(k int) float64 { return p[8+k] + p[k]*xt + p[4+k]*h }
		i, f, g, o := sigmoid(pre(0)), sigmoid(pre(1)), math.Tanh(pre(2)), sigmoid(pre(3))
		c = f*c + i*g
		h = o * math.Tanh(c)
	}
	want := []float64{p[14] + p[12]*h, p[15] + p[13]*h}
	got := m.Logits(x, 1)
	for j := range want {
		if math.Abs(got[j]-want[j]) > 1e-12 {
			t.Fatalf("logits %v, want %v", got, want)
		}
	}
}

func TestLSTMSpecRefused(t *testing.T) {
	for name, s := range map[string]ModelSpec{
		"no steps":      {Kind: KindLSTM, Inputs: 4, Classes: 2, Hidden: []int{3}},
		"uneven steps":  {Kind: KindLSTM, Inputs: 5, Steps: 2, Classes: 2, Hidden: []int{3}},
		"no cells":      {Kind: KindLSTM, Inputs: 4, Steps: 2, Classes: 2},
		"five cells":    {Kind: KindLSTM, Inputs: 4, Steps: 2, Classes: 2, Hidden: []int{1, 1, 1, 1, 1}},
		"activation":    {Kind: KindLSTM, Inputs: 4, Steps: 2, Classes: 2, Hidden: []int{3}, Activation: ActReLU},
		"steps for mlp": {Kind: KindMLP, Inputs: 4, Steps: 2, Classes: 2, Hidden: []int{3}},
		"huge cell":     {Kind: KindLSTM, Inputs: 4, Steps: 2, Classes: 2, Hidden: []int{MaxLSTMHidden + 1}},
	} {
		if err := s.Validate(); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if s := (ModelSpec{Kind: KindLSTM, Inputs: 15, Steps: 5, Classes: 2, Hidden: []int{50, 50}}); !strings.Contains(s.String(), "2x50") {
		t.Errorf("String %q", s)
	}
}

// TestLSTMLearnsOrder: an LSTM learns whether a sequence's last value exceeds its first, which a
// model that sees one step at a time can only tell by carrying state across steps.
func TestLSTMLearnsOrder(t *testing.T) {
	const steps, n = 4, 600
	d := randData(n, steps, 2, 11)
	for i := range n {
		row := d.Row(i)
		d.Y[i] = 0
		if row[steps-1] > row[0] {
			d.Y[i] = 1
		}
	}
	train, test := d.Subset(seqRows(0, 500)), d.Subset(seqRows(500, n))
	spec := ModelSpec{Kind: KindLSTM, Inputs: steps, Steps: steps, Classes: 2, Hidden: []int{8}}
	cfg := TrainConfig{Optimizer: OptAdam, LR: 0.02, Epochs: 15, BatchSize: 16}
	m, err := TrainCentralized(context.Background(), spec, train, cfg, 1)
	if err != nil {
		t.Fatal(err)
	}
	acc := Evaluate(m, test).Accuracy
	if acc < 0.85 {
		t.Errorf("test accuracy %.3f, want >= 0.85", acc)
	}
	t.Logf("test accuracy %.3f", acc)
}

func seqRows(lo, hi int) []int {
	s := make([]int, 0, hi-lo)
	for i := lo; i < hi; i++ {
		s = append(s, i)
	}
	return s
}

// TestLSTMWeightDecaySkipsBiases: L2 applies to Wx, Wh and the head's weights, not to any bias.
func TestLSTMWeightDecaySkipsBiases(t *testing.T) {
	spec := ModelSpec{Kind: KindLSTM, Inputs: 2, Steps: 2, Classes: 2, Hidden: []int{1}}
	m, err := NewModel(spec, 1)
	if err != nil {
		t.Fatal(err)
	}
	tr := newTrainer(m, TrainConfig{Optimizer: OptSGD, LR: 0.1, L2: 0.1, Epochs: 1, BatchSize: 1})
	// Wx 0..3, Wh 4..7, b 8..11 (forget gate's at 9), head W 12..13, head b 14..15.
	want := []bool{true, true, true, true, true, true, true, true, false, false, false, false, true, true, false, false}
	if !slices.Equal(tr.isWeight, want) {
		t.Errorf("weights %v, want %v", tr.isWeight, want)
	}
	if m.Params[9] != 1 || m.Params[8] != 0 {
		t.Errorf("gate biases %v: want the forget gate's at 1", m.Params[8:12])
	}
}
