package he

import (
	"math"
	"sync"
	"testing"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
)

// The held-out split behind every trained model: 80/20, stratified, seed 1; the scaler is fitted on the
// training part.
const (
	builtinTestFrac = 0.2
	builtinSeed     = 1
)

// builtinSplit is one bundled data set, split, with the scaler fitted on its training part.
type builtinSplit struct {
	all, train, test *dataset.Dataset // raw features
	scaler           *dataset.Scaler
}

var splitCache sync.Map // data file -> *builtinSplit

// loadSplit loads a bundled data set (the copy embedded in the cohort package) and splits it.
func loadSplit(t testing.TB, data, label string) *builtinSplit {
	t.Helper()
	if s, ok := splitCache.Load(data); ok {
		return s.(*builtinSplit)
	}
	f, err := cohort.Datasets.Open("datasets/" + data)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := dataset.LoadCSV(f, label)
	if err != nil {
		t.Fatal(err)
	}
	tr, te, err := dataset.StratifiedSplit(d, builtinTestFrac, builtinSeed)
	if err != nil {
		t.Fatal(err)
	}
	s, _ := splitCache.LoadOrStore(data, &builtinSplit{all: d, train: tr, test: te, scaler: dataset.FitScaler(tr)})
	return s.(*builtinSplit)
}

// shipped returns a shipped trained model and the split of its data set.
func shipped(t testing.TB, name string) (*TrainedModel, *builtinSplit) {
	t.Helper()
	tm, err := LoadTrained(name)
	if err != nil {
		t.Fatal(err)
	}
	return tm, loadSplit(t, tm.Data, tm.Label)
}

// rows returns the rows of d as slices (views into d.X).
func rows(d *dataset.Dataset) [][]float64 {
	out := make([][]float64, d.N)
	for i := range out {
		out[i] = d.Row(i)
	}
	return out
}

func firstN(n int) []int {
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	return idx
}

// keyCache holds one client key set per profile, shared by the subtests of a test binary.
var keyCache sync.Map // Profile -> *ClientKeys

func keysFor(p Params) *ClientKeys {
	if k, ok := keyCache.Load(p.Profile()); ok {
		return k.(*ClientKeys)
	}
	k, _ := keyCache.LoadOrStore(p.Profile(), GenerateKeys(p))
	return k.(*ClientKeys)
}

// encryptedOutputs runs m on the raw rows X under encryption, through the wire format.
func encryptedOutputs(t *testing.T, m *Model, X [][]float64) [][]float64 {
	t.Helper()
	keys := keysFor(m.Params())
	evks, err := keys.EvaluationKeys(m.Layout().Needs)
	if err != nil {
		t.Fatal(err)
	}
	ev, err := NewEvaluator(m.Params(), evks)
	if err != nil {
		t.Fatal(err)
	}
	in, err := keys.EncryptFor(m.Layout(), X)
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range in {
		b, err := c.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		if in[i], err = m.Params().UnmarshalCiphertext(b, CiphertextLimits{MinLevel: m.Depth(), MaxLevel: m.Depth()}); err != nil {
			t.Fatal(err)
		}
	}
	out, err := m.Eval(ev, in)
	if err != nil {
		t.Fatal(err)
	}
	got, err := keys.DecryptFor(m.Layout(), out, len(X))
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// flOutputs returns fl's plaintext logits (or, with proba, P(class 1)) for the raw rows of d, scaled
// by std as fl was trained: one vector per row.
func flOutputs(m *fl.Model, std *dataset.Scaler, d *dataset.Dataset, proba bool) [][]float64 {
	z := std.Apply(d)
	var flat []float64
	w := m.Spec.Classes
	if m.Spec.Kind == fl.KindLogReg {
		w = 1
	}
	if proba {
		p := m.Predict(z.X, z.N)
		for i := range z.N {
			flat = append(flat, p[2*i+1])
		}
	} else {
		flat = m.Logits(z.X, z.N)
	}
	out := make([][]float64, d.N)
	for i := range out {
		out[i] = flat[i*w : (i+1)*w]
	}
	return out
}

func flLabel(out []float64, proba bool) int {
	if proba {
		if out[0] > 0.5 {
			return 1
		}
		return 0
	}
	return fl.Class(out)
}

// compare returns the label agreement and the largest absolute output difference of got against want
// (fl's outputs).
func compare(m *Model, got, want [][]float64, proba bool) (agree, maxErr float64) {
	ok := 0
	for i := range want {
		if m.Layout().Label(got[i]) == flLabel(want[i], proba) {
			ok++
		}
		for c := range want[i] {
			maxErr = math.Max(maxErr, math.Abs(got[i][c]-want[i][c]))
		}
	}
	return float64(ok) / float64(len(want)), maxErr
}
