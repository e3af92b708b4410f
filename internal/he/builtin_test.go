package he

import (
	"bytes"
	"context"
	"flag"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/cohort-net/cohort/internal/fl"
)

var update = flag.Bool("update", false, "rewrite models/*.json from a fresh fl training run")

// recipe is how one shipped model was trained: a federated run of the learning engine (fl.Simulate:
// 10 clients, IID partition, FedAvg) on the z-scored training split of a bundled data set.
type recipe struct {
	name, data, label string
	preset            fl.Preset
}

// recipes are the runs behind models/: breast-cancer logistic regression (fl.PresetFor as tuned), the
// same with a stronger L2 for the probability model (every logit of the bundled data stays within about
// 17 of zero, inside the Chebyshev sigmoid's [-24, 24]), a 30-8-2 MLP trained with the square
// activation it is evaluated with (Adam 0.02 and L2 0.01 over 30 rounds keep its logits within about
// 30 while reaching 0.97 test accuracy), and digits softmax regression.
func recipes() []recipe {
	lr := fl.PresetFor(fl.DatasetBreastCancer, fl.KindLogReg, fl.PartitionIID)
	lrProba := lr
	lrProba.Train.L2 = 0.1
	mlp := fl.PresetFor(fl.DatasetBreastCancer, fl.KindMLP, fl.PartitionIID)
	mlp.Spec.Hidden = []int{8}
	mlp.Spec.Activation = fl.ActSquare
	mlp.Train.LR, mlp.Train.L2 = 0.02, 0.01
	mlp.Rounds = 30
	softmax := fl.PresetFor(fl.DatasetDigits, fl.KindSoftmax, fl.PartitionIID)
	const bc, digits = "breast_cancer.csv", "digits.csv"
	return []recipe{
		{ModelBreastCancerLogReg, bc, "malignant", lr},
		{ModelBreastCancerLogRegProba, bc, "malignant", lrProba},
		{ModelBreastCancerMLP, bc, "malignant", mlp},
		{ModelDigitsSoftmax, digits, "digit", softmax},
	}
}

// train runs the recipe and returns the model as it is shipped.
func (r recipe) train(t *testing.T) *TrainedModel {
	t.Helper()
	s := loadSplit(t, r.data, r.label)
	cfg := r.preset.SimConfig(s.scaler.Apply(s.train), s.scaler.Apply(s.test))
	cfg.CentralizedEpochs = -1
	res, err := fl.Simulate(context.Background(), cfg)
	if err != nil {
		t.Fatalf("train %s: %v", r.name, err)
	}
	return &TrainedModel{
		Name: r.name, Data: r.data, Label: r.label, Features: s.all.Features, Classes: s.all.Classes,
		TestAccuracy: fl.Evaluate(res.Model, s.scaler.Apply(s.test)).Accuracy,
		Mean:         s.scaler.Mean, Std: s.scaler.Std, Spec: res.Model.Spec, Params: res.Model.Params,
	}
}

// TestTrainedModelsReproduce re-trains every shipped model with fl, whose training is bit-exact on every
// machine, and checks the file in models/ is what it gives. With -update it rewrites the files.
func TestTrainedModelsReproduce(t *testing.T) {
	for _, r := range recipes() {
		t.Run(r.name, func(t *testing.T) {
			want, err := r.train(t).encode()
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("models", r.name+".json")
			if *update {
				if err := os.WriteFile(path, want, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			got, err := trainedFiles.ReadFile("models/" + r.name + ".json")
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("%s differs from a fresh fl training run: go test ./internal/he -run TestTrainedModelsReproduce -update", path)
			}
		})
	}
}

// TestBuiltinModelsMatchFL evaluates every built-in model under encryption on the breast-cancer (or
// digits) test split and compares it with fl's own plaintext prediction.
func TestBuiltinModelsMatchFL(t *testing.T) {
	models, err := BuiltinModels()
	if err != nil {
		t.Fatal(err)
	}
	if len(models) != len(builtinCatalog) {
		t.Fatalf("%d built-in models, catalog has %d", len(models), len(builtinCatalog))
	}
	short := map[string]int{ModelBreastCancerLogRegRow: 16, ModelDigitsSoftmax: 64, ModelDigitsSoftmaxRow: 16}
	for i, m := range models {
		e := builtinCatalog[i]
		t.Run(m.ID(), func(t *testing.T) {
			tm, s := shipped(t, e.trained)
			test := s.test
			if n := short[m.ID()]; n > 0 && testing.Short() {
				test = test.Subset(firstN(n))
			}
			// Against fl's exact sigmoid: the Chebyshev approximation adds at most 1.5e-4.
			proba := e.o.Output == OutputProba
			want := flOutputs(tm.Model(), tm.Scaler(), test, proba)
			agree, maxErr := compare(m, encryptedOutputs(t, m, rows(test)), want, proba)
			t.Logf("%s: %d test rows, label agreement %.4f, max abs error %.2g, fl test accuracy %.4f",
				m.ID(), len(want), agree, maxErr, tm.TestAccuracy)
			if maxErr > 1e-3 {
				t.Errorf("max abs error %g > 1e-3", maxErr)
			}
			if agree < 1 {
				t.Errorf("label agreement %.4f < 1", agree)
			}
		})
	}
}

func TestTrainedModelsAccuracy(t *testing.T) {
	for name, min := range map[string]float64{ModelBreastCancerLogReg: 0.97, ModelBreastCancerLogRegProba: 0.97,
		ModelBreastCancerMLP: 0.95, ModelDigitsSoftmax: 0.95} {
		tm, s := shipped(t, name)
		if acc := fl.Evaluate(tm.Model(), tm.Scaler().Apply(s.test)).Accuracy; acc < min || acc != tm.TestAccuracy {
			t.Errorf("%s: fl test accuracy %.4f (file says %.4f), want >= %.2f", name, acc, tm.TestAccuracy, min)
		}
	}
	mlp, _ := shipped(t, ModelBreastCancerMLP)
	if mlp.Spec.Activation != fl.ActSquare || len(mlp.Spec.Hidden) != 1 {
		t.Fatalf("mlp spec %s", mlp.Spec)
	}
	m, err := mlp.Compile(FLOptions{ID: "mlp"})
	if err != nil {
		t.Fatal(err)
	}
	if m.Depth() != 3 || m.Layout().Outputs != 2 || m.Params().Profile() != ProfileMLP {
		t.Fatalf("mlp: depth %d, %d outputs, profile %s", m.Depth(), m.Layout().Outputs, m.Params().Profile())
	}
}

// TestProbaLogitsInsideSigmoid checks that every logit of the probability model on the whole bundled
// data set lies inside the Chebyshev sigmoid's interval: one outside would corrupt its whole ciphertext.
func TestProbaLogitsInsideSigmoid(t *testing.T) {
	tm, s := shipped(t, ModelBreastCancerLogRegProba)
	var z float64
	for _, out := range flOutputs(tm.Model(), tm.Scaler(), s.all, false) {
		z = math.Max(z, math.Abs(out[0]))
	}
	if z > defaultSigmoid.Bound {
		t.Fatalf("logit %.1f outside the sigmoid interval +-%g", z, defaultSigmoid.Bound)
	}
}

func TestLoadTrainedRefuses(t *testing.T) {
	if _, err := LoadTrained("nope"); err == nil {
		t.Fatal("loaded a model that is not shipped")
	}
	tm, _ := shipped(t, ModelBreastCancerLogReg)
	bad := *tm
	bad.Classes = bad.Classes[:1]
	if err := bad.Check(); err == nil {
		t.Fatal("accepted one class for a binary model")
	}
}
