package he

import (
	"context"
	"math"
	"sync"
	"testing"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
)

var (
	builtinOnce sync.Once
	builtinRef  *builtinSet
	builtinErr  error
)

// builtins trains the built-in models once per test binary.
func builtins(t testing.TB) *builtinSet {
	t.Helper()
	builtinOnce.Do(func() {
		builtinRef, builtinErr = trainBuiltins(context.Background(), repoFile(t, ""))
	})
	if builtinErr != nil {
		t.Fatal(builtinErr)
	}
	return builtinRef
}

func (s *builtinSet) model(t testing.TB, id string) *Model {
	t.Helper()
	for _, m := range s.models {
		if m.ID() == id {
			return m
		}
	}
	t.Fatalf("no built-in model %s", id)
	return nil
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

func flLabel(m *fl.Model, out []float64, proba bool) int {
	if proba {
		if out[0] > 0.5 {
			return 1
		}
		return 0
	}
	return Argmax(out)
}

// TestBuiltinModelsMatchFL evaluates every fl-trained built-in model under encryption on the
// breast-cancer (or digits) test split and compares it with fl's own plaintext prediction.
func TestBuiltinModelsMatchFL(t *testing.T) {
	s := builtins(t)
	cases := []struct {
		id       string
		fm       *fl.Model
		split    *builtinSplit
		proba    bool
		n        int     // test rows (0: all)
		maxErr   float64 // outputs
		minAgree float64 // labels
	}{
		{id: ModelBreastCancerLogReg, fm: s.lr, split: s.bc, maxErr: 1e-3, minAgree: 1},
		{id: ModelBreastCancerLogRegRow, fm: s.lr, split: s.bc, n: 16, maxErr: 1e-3, minAgree: 1},
		// Against fl's exact sigmoid: the Chebyshev approximation adds at most 1.5e-4.
		{id: ModelBreastCancerLogRegProba, fm: s.lrProba, split: s.bc, proba: true, maxErr: 1e-3, minAgree: 1},
		{id: ModelBreastCancerMLP, fm: s.mlp, split: s.bc, maxErr: 1e-3, minAgree: 1},
		{id: ModelDigitsSoftmax, fm: s.soft, split: s.digits, n: 64, maxErr: 1e-3, minAgree: 1},
		{id: ModelDigitsSoftmaxRow, fm: s.soft, split: s.digits, n: 16, maxErr: 1e-3, minAgree: 1},
	}
	for _, tc := range cases {
		t.Run(tc.id, func(t *testing.T) {
			m := s.model(t, tc.id)
			test := tc.split.test
			if tc.n > 0 && testing.Short() {
				test = test.Subset(firstN(tc.n))
			}
			want := flOutputs(tc.fm, tc.split.scaler, test, tc.proba)
			got := encryptedOutputs(t, m, rows(test))
			agree, maxErr := 0, 0.0
			for i := range want {
				if m.Layout().Label(got[i]) == flLabel(tc.fm, want[i], tc.proba) {
					agree++
				}
				for c := range want[i] {
					maxErr = math.Max(maxErr, math.Abs(got[i][c]-want[i][c]))
				}
			}
			a := float64(agree) / float64(len(want))
			t.Logf("%s: %d test rows, label agreement %.4f, max abs error %.2g, fl test accuracy %.4f",
				tc.id, len(want), a, maxErr, fl.Evaluate(tc.fm, tc.split.scaler.Apply(tc.split.test)).Accuracy)
			if maxErr > tc.maxErr {
				t.Errorf("max abs error %g > %g", maxErr, tc.maxErr)
			}
			if a < tc.minAgree {
				t.Errorf("label agreement %.4f < %.4f", a, tc.minAgree)
			}
		})
	}
}

// TestBuiltinLinearRegression checks the one built-in model fl does not train (fl has no regression
// kind): encrypted against its plaintext on the breast-cancer test split.
func TestBuiltinLinearRegression(t *testing.T) {
	s := builtins(t)
	m := s.model(t, ModelBreastCancerLinReg)
	X := rows(s.bc.test)
	got := encryptedOutputs(t, m, X)
	var want [][]float64
	for _, x := range X {
		want = append(want, m.Plain(x))
	}
	if e := maxAbsDiff(got, want); e > 1e-3 {
		t.Fatalf("linear regression: max abs error %g", e)
	}
}

func firstN(n int) []int {
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	return idx
}

func TestBuiltinModelsAccuracy(t *testing.T) {
	s := builtins(t)
	for _, c := range []struct {
		name string
		m    *fl.Model
		sp   *builtinSplit
		min  float64
	}{{"logreg", s.lr, s.bc, 0.97}, {"logreg-proba", s.lrProba, s.bc, 0.97}, {"mlp", s.mlp, s.bc, 0.95}, {"softmax", s.soft, s.digits, 0.95}} {
		if acc := fl.Evaluate(c.m, c.sp.scaler.Apply(c.sp.test)).Accuracy; acc < c.min {
			t.Errorf("%s: fl test accuracy %.4f < %.2f", c.name, acc, c.min)
		}
	}
	if s.mlp.Spec.Activation != fl.ActSquare || len(s.mlp.Spec.Hidden) != 1 {
		t.Fatalf("mlp spec %s", s.mlp.Spec)
	}
	if m := s.model(t, ModelBreastCancerMLP); m.Depth() != 3 || m.Layout().Outputs != 2 || m.Params().Profile() != ProfileMLP {
		t.Fatalf("mlp: depth %d, %d outputs, profile %s", m.Depth(), m.Layout().Outputs, m.Params().Profile())
	}
	ids := map[string]bool{}
	for _, m := range s.models {
		ids[m.ID()] = true
	}
	for _, id := range []string{ModelBreastCancerLogReg, ModelBreastCancerLogRegProba, ModelBreastCancerLogRegRow,
		ModelBreastCancerLinReg, ModelBreastCancerMLP, ModelDigitsSoftmax, ModelDigitsSoftmaxRow} {
		if !ids[id] {
			t.Errorf("missing built-in model %s", id)
		}
	}
}

// TestFromFLLayout checks the transposition of fl's input-major layout and the scaler folding on a
// hand-made model, in the clear.
func TestFromFLLayout(t *testing.T) {
	// mlp 3-2-2 square: layer 0 W[i*2+j], b; layer 1 W[i*2+j], b.
	spec := fl.ModelSpec{Kind: fl.KindMLP, Inputs: 3, Classes: 2, Hidden: []int{2}, Activation: fl.ActSquare}
	fm := &fl.Model{Spec: spec, Params: make([]float64, spec.NumParams())}
	for i := range fm.Params {
		fm.Params[i] = 0.1 * float64(i%7-3)
	}
	std := &dataset.Scaler{Mean: []float64{1, -2, 0.5}, Std: []float64{2, 0.5, 1}}
	hm, err := FromFL(fm, std, FLOptions{ID: "t"})
	if err != nil {
		t.Fatal(err)
	}
	d := &dataset.Dataset{X: []float64{0.3, 1, -4, 2, 2, 2, -1, 0, 7}, Y: []int{0, 1, 0}, N: 3, D: 3, Classes: []string{"0", "1"}}
	want := flOutputs(fm, std, d, false)
	for i := range d.N {
		got := hm.Plain(d.Row(i))
		for c := range got {
			if math.Abs(got[c]-want[i][c]) > 1e-12 {
				t.Fatalf("row %d: %v, fl %v", i, got, want[i])
			}
		}
	}
	for _, kind := range []string{fl.KindLogReg, fl.KindSoftmax} {
		spec := fl.ModelSpec{Kind: kind, Inputs: 3, Classes: 3}
		if kind == fl.KindLogReg {
			spec.Classes = 2
		}
		fm := &fl.Model{Spec: spec, Params: make([]float64, spec.NumParams())}
		for i := range fm.Params {
			fm.Params[i] = float64(i) - 4
		}
		hm, err := FromFL(fm, nil, FLOptions{ID: kind})
		if err != nil {
			t.Fatal(err)
		}
		want := flOutputs(fm, &dataset.Scaler{Mean: make([]float64, 3), Std: []float64{1, 1, 1}}, d, false)
		for i := range d.N {
			got := hm.Plain(d.Row(i))
			for c := range got {
				if math.Abs(got[c]-want[i][c]) > 1e-12 {
					t.Fatalf("%s row %d: %v, fl %v", kind, i, got, want[i])
				}
			}
		}
	}
}

func TestFromFLRefuses(t *testing.T) {
	relu := fl.ModelSpec{Kind: fl.KindMLP, Inputs: 3, Classes: 2, Hidden: []int{4}}
	fm, err := fl.NewModel(relu, 1)
	if err != nil {
		t.Fatal(err)
	}
	_, err = FromFL(fm, nil, FLOptions{ID: "relu"})
	if cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("relu mlp: %v", err)
	}
	t.Log(err)
	sm, _ := fl.NewModel(fl.ModelSpec{Kind: fl.KindSoftmax, Inputs: 3, Classes: 3}, 1)
	if _, err := FromFL(sm, nil, FLOptions{ID: "p", Output: OutputProba}); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("softmax proba: %v", err)
	}
	lr, _ := fl.NewModel(fl.ModelSpec{Kind: fl.KindLogReg, Inputs: 3, Classes: 2}, 1)
	if _, err := FromFL(lr, &dataset.Scaler{Mean: []float64{0}, Std: []float64{1}}, FLOptions{ID: "s"}); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("scaler of the wrong width: %v", err)
	}
	if _, err := FromFL(&fl.Model{Spec: lr.Spec, Params: []float64{1}}, nil, FLOptions{ID: "short"}); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("short params: %v", err)
	}
	if _, err := FromFL(nil, nil, FLOptions{ID: "nil"}); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("nil: %v", err)
	}
	if _, err := FromFL(lr, nil, FLOptions{}); cohort.Code(err) != cohort.EInvalid {
		t.Fatalf("no id: %v", err)
	}
}
