package fl

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"math"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
)

func randData(n, d, classes int, seed uint64) *dataset.Dataset {
	r := rand.New(rand.NewPCG(seed, 1))
	ds := &dataset.Dataset{X: make([]float64, n*d), Y: make([]int, n), N: n, D: d}
	for i := range ds.X {
		if r.IntN(4) == 0 {
			continue // some exact zeros, as in images
		}
		ds.X[i] = r.NormFloat64()
	}
	for i := range ds.Y {
		ds.Y[i] = r.IntN(classes)
	}
	for c := range classes {
		ds.Classes = append(ds.Classes, itoa(c))
	}
	return ds
}

// batchLoss is the mean cross-entropy of m over d.
func batchLoss(m *Model, d *dataset.Dataset) float64 {
	nt := newNetwork(m.Spec)
	g := make([]float64, len(m.Params))
	s := 0.0
	for i := range d.N {
		s += nt.backward(m.Params, g, d.Row(i), d.Y[i], 1)
	}
	return s / float64(d.N)
}

func TestGradientsMatchFiniteDifferences(t *testing.T) {
	for _, spec := range []ModelSpec{
		{Kind: KindLogReg, Inputs: 5, Classes: 2},
		{Kind: KindSoftmax, Inputs: 5, Classes: 4},
		{Kind: KindMLP, Inputs: 5, Classes: 3, Hidden: []int{7, 4}},
		{Kind: KindMLP, Inputs: 5, Classes: 3, Hidden: []int{6}, Activation: ActSquare},
		{Kind: KindLSTM, Inputs: 6, Steps: 3, Classes: 3, Hidden: []int{4, 3}},
		{Kind: KindLSTM, Inputs: 4, Steps: 4, Classes: 2, Hidden: []int{5}},
	} {
		t.Run(spec.String(), func(t *testing.T) {
			m, err := NewModel(spec, 3)
			if err != nil {
				t.Fatal(err)
			}
			r := rand.New(rand.NewPCG(9, 9))
			for k := range m.Params {
				m.Params[k] += 0.3 * r.NormFloat64()
			}
			d := randData(12, spec.Inputs, spec.Classes, 4)
			nt := newNetwork(spec)
			g := make([]float64, len(m.Params))
			for i := range d.N {
				nt.backward(m.Params, g, d.Row(i), d.Y[i], 1/float64(d.N))
			}
			const h = 1e-6
			worst := 0.0
			for k := range m.Params {
				orig := m.Params[k]
				m.Params[k] = orig + h
				up := batchLoss(m, d)
				m.Params[k] = orig - h
				down := batchLoss(m, d)
				m.Params[k] = orig
				num := (up - down) / (2 * h)
				err := math.Abs(num-g[k]) / max(1e-4, math.Abs(num)+math.Abs(g[k]))
				worst = max(worst, err)
				if err > 1e-4 {
					t.Errorf("param %d: analytic %.8g numeric %.8g", k, g[k], num)
				}
			}
			t.Logf("%d params, worst relative error %.2g", len(m.Params), worst)
		})
	}
}

func TestSpecLayout(t *testing.T) {
	spec := ModelSpec{Kind: KindMLP, Inputs: 784, Classes: 10, Hidden: []int{128}}
	if n := spec.NumParams(); n != 784*128+128+128*10+10 {
		t.Errorf("NumParams %d", n)
	}
	ls := spec.layers()
	if ls[0].w != 0 || ls[0].b != 784*128 || ls[1].w != 784*128+128 || ls[1].b != 784*128+128+1280 {
		t.Errorf("layout %+v", ls)
	}
	if (ModelSpec{Kind: KindLogReg, Inputs: 30, Classes: 2}).NumParams() != 31 {
		t.Error("logreg params")
	}
	// The documented formula: z_j = b[j] + sum_i x_i W[i*out+j].
	m := &Model{Spec: ModelSpec{Kind: KindSoftmax, Inputs: 2, Classes: 3}, Params: []float64{1, 2, 3, 4, 5, 6, 10, 20, 30}}
	z := m.Logits([]float64{1, 10}, 1)
	if !slices.Equal(z, []float64{1 + 40 + 10, 2 + 50 + 20, 3 + 60 + 30}) {
		t.Errorf("logits %v", z)
	}
	p := (&Model{Spec: ModelSpec{Kind: KindLogReg, Inputs: 1, Classes: 2}, Params: []float64{0, 0}}).Predict([]float64{3}, 1)
	if !slices.Equal(p, []float64{0.5, 0.5}) {
		t.Errorf("logreg predict %v", p)
	}
}

func TestSpecValidate(t *testing.T) {
	for _, s := range []ModelSpec{
		{Kind: "cnn", Inputs: 3, Classes: 2},
		{Kind: KindLogReg, Inputs: 3, Classes: 3},
		{Kind: KindSoftmax, Inputs: 0, Classes: 3},
		{Kind: KindSoftmax, Inputs: 3, Classes: 3, Hidden: []int{4}},
		{Kind: KindMLP, Inputs: 3, Classes: 3},
		{Kind: KindMLP, Inputs: 3, Classes: 3, Hidden: []int{0}},
		{Kind: KindMLP, Inputs: 3, Classes: 3, Hidden: []int{4}, Activation: "tanh"},
		{Kind: KindMLP, Inputs: 1 << 20, Classes: 3, Hidden: []int{1 << 16}},
	} {
		if err := s.Validate(); cohort.Code(err) != cohort.EInvalid {
			t.Errorf("%+v: %v", s, err)
		}
	}
}

func TestTrainDeterministic(t *testing.T) {
	d := randData(200, 6, 3, 1)
	for _, opt := range []string{OptSGD, OptAdam} {
		cfg := TrainConfig{Optimizer: opt, LR: 0.01, Momentum: 0.9, L2: 1e-4, ProxMu: 0.1, Epochs: 2, BatchSize: 16, Seed: 42}
		spec := ModelSpec{Kind: KindMLP, Inputs: 6, Classes: 3, Hidden: []int{8}}
		var runs [2][]float64
		for i := range runs {
			m, _ := NewModel(spec, 5)
			if _, err := Train(context.Background(), m, d, cfg); err != nil {
				t.Fatal(err)
			}
			runs[i] = m.Params
		}
		if !slices.Equal(runs[0], runs[1]) {
			t.Errorf("%s: two runs differ", opt)
		}
		// Training on row indices equals training on the subset.
		rows := []int{3, 5, 8, 13, 21, 34, 55, 89, 144}
		a, _ := NewModel(spec, 5)
		b, _ := NewModel(spec, 5)
		trainRows(context.Background(), a, d, rows, cfg)
		Train(context.Background(), b, d.Subset(rows), cfg)
		if !slices.Equal(a.Params, b.Params) {
			t.Errorf("%s: rows and subset differ", opt)
		}
	}
}

func TestTrainLearns(t *testing.T) {
	d, err := dataset.LoadCSVFile("../../datasets/digits.csv", "digit")
	if err != nil {
		t.Fatal(err)
	}
	tr, te, _ := dataset.StratifiedSplit(d, 0.2, 1)
	sc := dataset.FitScaler(tr)
	tr, te = sc.Apply(tr), sc.Apply(te)
	for _, tc := range []struct {
		spec ModelSpec
		cfg  TrainConfig
		min  float64
	}{
		{ModelSpec{Kind: KindSoftmax, Inputs: 64, Classes: 10}, TrainConfig{Optimizer: OptSGD, LR: 0.05, Momentum: 0.9, Epochs: 5, BatchSize: 32}, 0.94},
		{ModelSpec{Kind: KindMLP, Inputs: 64, Classes: 10, Hidden: []int{32}}, TrainConfig{Optimizer: OptAdam, LR: 0.003, Epochs: 5, BatchSize: 32}, 0.94},
	} {
		m, err := TrainCentralized(context.Background(), tc.spec, tr, tc.cfg, 1)
		if err != nil {
			t.Fatal(err)
		}
		if acc := Evaluate(m, te).Accuracy; acc < tc.min {
			t.Errorf("%s: accuracy %.3f < %.2f", tc.spec, acc, tc.min)
		}
	}
}

func TestTrainErrors(t *testing.T) {
	d := randData(10, 3, 2, 1)
	m, _ := NewModel(ModelSpec{Kind: KindSoftmax, Inputs: 4, Classes: 2}, 1)
	ok := TrainConfig{Optimizer: OptSGD, LR: 0.1, Epochs: 1, BatchSize: 4}
	if _, err := Train(context.Background(), m, d, ok); cohort.Code(err) != cohort.EInvalid {
		t.Errorf("wrong width: %v", err)
	}
	m, _ = NewModel(ModelSpec{Kind: KindSoftmax, Inputs: 3, Classes: 2}, 1)
	for _, bad := range []TrainConfig{
		{Optimizer: "rmsprop", LR: 0.1, Epochs: 1, BatchSize: 4},
		{Optimizer: OptSGD, LR: 0, Epochs: 1, BatchSize: 4},
		{Optimizer: OptSGD, LR: math.NaN(), Epochs: 1, BatchSize: 4},
		{Optimizer: OptSGD, LR: 0.1, Epochs: 0, BatchSize: 4},
		{Optimizer: OptSGD, LR: 0.1, Epochs: 1, BatchSize: 0},
		{Optimizer: OptSGD, LR: 0.1, Momentum: 1, Epochs: 1, BatchSize: 4},
	} {
		if _, err := Train(context.Background(), m, d, bad); cohort.Code(err) != cohort.EInvalid {
			t.Errorf("%+v: %v", bad, err)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Train(ctx, m, d, ok); err != context.Canceled {
		t.Errorf("cancelled: %v", err)
	}
}

func TestClientSeedAndRounding(t *testing.T) {
	a := ClientSeed(1, 1, "client-000")
	if a != ClientSeed(1, 1, "client-000") || a == ClientSeed(1, 2, "client-000") || a == ClientSeed(1, 1, "client-001") || a == ClientSeed(2, 1, "client-000") {
		t.Error("client seeds not distinct or not stable")
	}
	v := []float64{0.1, 1e300, -3}
	RoundFloat32(v)
	if v[0] != float64(float32(0.1)) || !math.IsInf(v[1], 1) || v[2] != -3 {
		t.Errorf("rounded %v", v)
	}
}

func TestMetrics(t *testing.T) {
	auc, ok := AUC([]float64{0.1, 0.4, 0.35, 0.8}, []int{0, 0, 1, 1})
	if !ok || auc != 0.75 {
		t.Errorf("AUC %v", auc)
	}
	auc, _ = AUC([]float64{0.5, 0.5, 0.5, 0.5}, []int{0, 1, 0, 1})
	if auc != 0.5 {
		t.Errorf("tied AUC %v", auc)
	}
	if _, ok := AUC([]float64{1, 2}, []int{1, 1}); ok {
		t.Error("AUC with one class")
	}
	m := &Model{Spec: ModelSpec{Kind: KindLogReg, Inputs: 1, Classes: 2}, Params: []float64{1, 0}}
	d := &dataset.Dataset{X: []float64{-2, -1, 1, 3}, Y: []int{0, 1, 1, 1}, N: 4, D: 1, Classes: []string{"0", "1"}}
	met := Evaluate(m, d)
	if met.Accuracy != 0.75 || met.AUC == nil || *met.AUC != 1 || met.Confusion[1][0] != 1 || met.Confusion[1][1] != 2 || met.Confusion[0][0] != 1 {
		t.Errorf("metrics %+v", met)
	}
	want := (softplus(-2) + softplus(1) + softplus(-1) + softplus(-3)) / 4
	if math.Abs(met.LogLoss-want) > 1e-12 {
		t.Errorf("log loss %v, want %v", met.LogLoss, want)
	}
}

// TestTrainingGolden pins the exact bits that training produces, so a change of arithmetic (a fused
// multiply-add, a library exp that differs by a bit, a different loop order) on any architecture shows.
func TestTrainingGolden(t *testing.T) {
	train, _ := breastCancer(t)
	spec := ModelSpec{Kind: KindMLP, Inputs: train.D, Classes: 2, Hidden: []int{16, 8}}
	h := sha256.New()
	for _, cfg := range []TrainConfig{
		{Optimizer: OptAdam, LR: 0.01, L2: 1e-3, Epochs: 2, BatchSize: 16, Seed: 3},
		{Optimizer: OptSGD, LR: 0.05, Momentum: 0.9, ProxMu: 0.01, Epochs: 2, BatchSize: 16, Seed: 4},
	} {
		m, _ := NewModel(spec, 7)
		if _, err := Train(context.Background(), m, train, cfg); err != nil {
			t.Fatal(err)
		}
		for _, v := range m.Params {
			binary.Write(h, binary.BigEndian, math.Float64bits(v))
		}
		lr, _ := NewModel(ModelSpec{Kind: KindLogReg, Inputs: train.D, Classes: 2}, 0)
		Train(context.Background(), lr, train, cfg)
		for _, v := range lr.Params {
			binary.Write(h, binary.BigEndian, math.Float64bits(v))
		}
	}
	const want = "d7400d41fc22a84525d89e34e58f2e955756e50dd892c6fd5003145b0d0677f1"
	if got := hex.EncodeToString(h.Sum(nil)); got != want {
		t.Errorf("training bits changed: sha256 %s, want %s", got, want)
	}
}
