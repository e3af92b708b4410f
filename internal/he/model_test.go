package he

import (
	"testing"
)

func runModel(t *testing.T, spec ModelSpec, ds *Dataset, n int) (enc, plain [][]float64, m *Model) {
	t.Helper()
	m, err := NewModel(spec)
	if err != nil {
		t.Fatal(err)
	}
	keys := GenerateKeys(m.Params())
	evks, err := keys.EvaluationKeys(m.Layout().Needs)
	if err != nil {
		t.Fatal(err)
	}
	ev, err := NewEvaluator(m.Params(), evks)
	if err != nil {
		t.Fatal(err)
	}
	X := ds.X[:n]
	in, err := keys.EncryptFor(m.Layout(), X)
	if err != nil {
		t.Fatal(err)
	}
	// Through the wire format, as a server sees them.
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
	enc, err = keys.DecryptFor(m.Layout(), out, n)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range X {
		plain = append(plain, m.Plain(x))
	}
	return enc, plain, m
}

func labelAgreement(a, b [][]float64) float64 {
	ok := 0
	for i := range a {
		if Argmax(a[i]) == Argmax(b[i]) {
			ok++
		}
	}
	return float64(ok) / float64(len(a))
}

func TestLogisticFeatureMajorMatchesPlain(t *testing.T) {
	r := reference(t)
	if acc := Accuracy(r.bc, r.lr.Eval); acc < 0.95 {
		t.Fatalf("reference logistic regression accuracy %.3f", acc)
	}
	enc, plain, _ := runModel(t, ModelSpec{ID: "lr", Profile: ProfileLinear, Packing: FeatureMajor, Linear: r.lr}, r.bc, len(r.bc.X))
	if e := maxAbsDiff(enc, plain); e > 1e-3 {
		t.Fatalf("max abs logit error %g > 1e-3", e)
	}
	if a := labelAgreement(enc, plain); a != 1 {
		t.Fatalf("label agreement %.4f, want 1", a)
	}
}

func TestLogisticRowMajorMatchesPlain(t *testing.T) {
	r := reference(t)
	enc, plain, m := runModel(t, ModelSpec{ID: "lr-row", Profile: ProfileLinear, Packing: RowMajor, Linear: r.lr}, r.bc, 40)
	if len(m.Layout().Needs.Galois) == 0 || m.Layout().Needs.Relin {
		t.Fatalf("row-major needs: %+v", m.Layout().Needs)
	}
	if e := maxAbsDiff(enc, plain); e > 1e-3 {
		t.Fatalf("max abs logit error %g > 1e-3", e)
	}
	if a := labelAgreement(enc, plain); a != 1 {
		t.Fatalf("label agreement %.4f", a)
	}
}

func TestLogisticProbaChebyshev(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the fl-trained built-in model is checked by TestBuiltinModelsMatchFL/breast-cancer-logreg-proba")
	}
	r := reference(t)
	for _, x := range r.bc.X {
		if z := r.lrProba.Eval(x)[0]; z < -24 || z > 24 {
			t.Fatalf("reference logit %g outside the sigmoid interval", z)
		}
	}
	enc, plain, _ := runModel(t, ModelSpec{ID: "lr-p", Profile: ProfileLinear, Packing: FeatureMajor, Output: OutputProba, Linear: r.lrProba}, r.bc, len(r.bc.X))
	if e := maxAbsDiff(enc, plain); e > 1e-3 {
		t.Fatalf("max abs probability error %g > 1e-3", e)
	}
	for i := range enc {
		if (enc[i][0] > 0.5) != (plain[i][0] > 0.5) {
			t.Fatalf("sample %d: label differs (%g vs %g)", i, enc[i][0], plain[i][0])
		}
	}
}

func TestSoftmaxAndLinearRegression(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the fl-trained built-in model is checked by TestBuiltinModelsMatchFL/digits-softmax*, breast-cancer-linreg")
	}
	r := reference(t)
	if acc := Accuracy(r.digits, r.softmax.Eval); acc < 0.93 {
		t.Fatalf("reference softmax accuracy %.3f", acc)
	}
	for _, pk := range []Packing{FeatureMajor, RowMajor} {
		enc, plain, _ := runModel(t, ModelSpec{ID: "sm", Profile: ProfileLinear, Packing: pk, Linear: r.softmax}, r.digits, 64)
		if e := maxAbsDiff(enc, plain); e > 1e-3 {
			t.Fatalf("%s softmax: max abs logit error %g", pk, e)
		}
		if a := labelAgreement(enc, plain); a != 1 {
			t.Fatalf("%s softmax: label agreement %.4f", pk, a)
		}
	}
	enc, plain, _ := runModel(t, ModelSpec{ID: "linreg", Profile: ProfileLinear, Packing: FeatureMajor, Linear: r.linreg}, r.bc, 100)
	if e := maxAbsDiff(enc, plain); e > 1e-3 {
		t.Fatalf("linear regression: max abs error %g", e)
	}
}

func TestMLPSquareFeatureMajor(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the fl-trained built-in model is checked by TestBuiltinModelsMatchFL/breast-cancer-mlp")
	}
	r := reference(t)
	if acc := Accuracy(r.bc, r.mlp.Eval); acc < 0.93 {
		t.Fatalf("reference MLP accuracy %.3f", acc)
	}
	enc, plain, m := runModel(t, ModelSpec{ID: "mlp", Profile: ProfileMLP, Packing: FeatureMajor, MLP: r.mlp}, r.bc, len(r.bc.X))
	if m.Depth() != 3 || !m.Layout().Needs.Relin || len(m.Layout().Needs.Galois) != 0 {
		t.Fatalf("mlp depth %d needs %+v", m.Depth(), m.Layout().Needs)
	}
	if e := maxAbsDiff(enc, plain); e > 1e-3 {
		t.Fatalf("max abs logit error %g", e)
	}
	if a := labelAgreement(enc, plain); a != 1 {
		t.Fatalf("label agreement %.4f", a)
	}
}
