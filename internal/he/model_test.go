package he

import (
	"testing"
)

// runFL compiles the shipped trained model name with o, evaluates it under encryption on the first n
// rows of its whole data set, and returns the encrypted outputs, fl's plaintext outputs of the same
// rows (the reference) and the compiled model.
func runFL(t *testing.T, name string, o FLOptions, n int) (enc, want [][]float64, m *Model) {
	t.Helper()
	tm, s := shipped(t, name)
	m, err := tm.Compile(o)
	if err != nil {
		t.Fatal(err)
	}
	d := s.all.Subset(firstN(min(n, s.all.N)))
	return encryptedOutputs(t, m, rows(d)), flOutputs(tm.Model(), tm.Scaler(), d, o.Output == OutputProba), m
}

// checkAgainstFL fails unless enc is within 1e-3 of fl's outputs with identical labels.
func checkAgainstFL(t *testing.T, m *Model, enc, want [][]float64) {
	t.Helper()
	agree, maxErr := compare(m, enc, want, m.Layout().Output == OutputProba)
	if maxErr > 1e-3 {
		t.Fatalf("%s: max abs output error %g > 1e-3", m.ID(), maxErr)
	}
	if agree != 1 {
		t.Fatalf("%s: label agreement %.4f, want 1", m.ID(), agree)
	}
}

func TestLogisticFeatureMajorMatchesFL(t *testing.T) {
	enc, want, m := runFL(t, ModelBreastCancerLogReg, FLOptions{ID: "lr"}, 1<<20)
	if !m.Layout().Needs.None() {
		t.Fatalf("feature-major logits need no keys, got %+v", m.Layout().Needs)
	}
	checkAgainstFL(t, m, enc, want)
}

func TestLogisticRowMajorMatchesFL(t *testing.T) {
	enc, want, m := runFL(t, ModelBreastCancerLogReg, FLOptions{ID: "lr-row", Packing: RowMajor}, 40)
	if len(m.Layout().Needs.Galois) == 0 || m.Layout().Needs.Relin {
		t.Fatalf("row-major needs: %+v", m.Layout().Needs)
	}
	checkAgainstFL(t, m, enc, want)
}

func TestLogisticProbaChebyshev(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the built-in model is checked by TestBuiltinModelsMatchFL/breast-cancer-logreg-proba")
	}
	// Against fl's exact sigmoid: the Chebyshev approximation adds at most 1.5e-4.
	enc, want, m := runFL(t, ModelBreastCancerLogRegProba, FLOptions{ID: "lr-p", Output: OutputProba}, 1<<20)
	checkAgainstFL(t, m, enc, want)
}

func TestSoftmaxBothPackings(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the built-in models are checked by TestBuiltinModelsMatchFL/digits-softmax*")
	}
	for _, pk := range []Packing{FeatureMajor, RowMajor} {
		enc, want, m := runFL(t, ModelDigitsSoftmax, FLOptions{ID: "sm-" + string(pk), Packing: pk}, 64)
		checkAgainstFL(t, m, enc, want)
	}
}

func TestMLPSquareFeatureMajor(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the built-in model is checked by TestBuiltinModelsMatchFL/breast-cancer-mlp")
	}
	enc, want, m := runFL(t, ModelBreastCancerMLP, FLOptions{ID: "mlp"}, 1<<20)
	if m.Depth() != 3 || !m.Layout().Needs.Relin || len(m.Layout().Needs.Galois) != 0 {
		t.Fatalf("mlp depth %d needs %+v", m.Depth(), m.Layout().Needs)
	}
	checkAgainstFL(t, m, enc, want)
}
