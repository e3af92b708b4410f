package he_test

import (
	"fmt"

	"github.com/cohort-net/cohort/internal/he"
)

// A data owner scores two samples with an encrypted logistic regression: the server sees only
// ciphertexts and never needs a key for feature-major logits.
func Example() {
	model, err := he.NewModel(he.ModelSpec{
		ID: "demo", Profile: he.ProfileLinear, Packing: he.FeatureMajor,
		Linear: &he.LinearModel{W: [][]float64{{2, -1}}, B: []float64{0.5}},
	})
	if err != nil {
		panic(err)
	}
	// Client: keys, then one ciphertext per feature at the model's depth.
	keys := he.GenerateKeys(model.Params())
	in, _ := keys.EncryptFor(model.Layout(), [][]float64{{1, 2}, {3, 1}})

	// Server: an evaluator holding the client's evaluation keys (none needed here).
	evks, _ := keys.EvaluationKeys(model.Layout().Needs)
	ev, _ := he.NewEvaluator(model.Params(), evks)
	out, err := model.Eval(ev, in)
	if err != nil {
		panic(err)
	}

	// Client: decrypt the logits.
	logits, _ := keys.DecryptFor(model.Layout(), out, 2)
	for _, z := range logits {
		fmt.Printf("%.4f\n", z[0])
	}
	// Output:
	// 0.5000
	// 5.5000
}
