package he

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
)

// Built-in model ids (`cohort fhe serve`). The feature-major ids also name the trained models shipped
// in models/ (LoadTrained); the row-major ones compile the same trained model with RowMajor packing.
const (
	ModelBreastCancerLogReg      = "breast-cancer-logreg"
	ModelBreastCancerLogRegProba = "breast-cancer-logreg-proba"
	ModelBreastCancerLogRegRow   = "breast-cancer-logreg-row"
	ModelBreastCancerMLP         = "breast-cancer-mlp"
	ModelDigitsSoftmax           = "digits-softmax"
	ModelDigitsSoftmaxRow        = "digits-softmax-row"
)

// builtinCatalog says which trained model each built-in model compiles, and how, in listing order.
var builtinCatalog = []struct {
	trained string
	o       FLOptions
}{
	{ModelBreastCancerLogReg, FLOptions{ID: ModelBreastCancerLogReg}},
	{ModelBreastCancerLogRegProba, FLOptions{ID: ModelBreastCancerLogRegProba, Output: OutputProba}},
	{ModelBreastCancerLogReg, FLOptions{ID: ModelBreastCancerLogRegRow, Packing: RowMajor}},
	{ModelBreastCancerMLP, FLOptions{ID: ModelBreastCancerMLP}},
	{ModelDigitsSoftmax, FLOptions{ID: ModelDigitsSoftmax}},
	{ModelDigitsSoftmax, FLOptions{ID: ModelDigitsSoftmaxRow, Packing: RowMajor}},
}

// trainedFiles are the models the federated learning engine trained once on the bundled data sets;
// TestTrainedModelsReproduce re-trains them bit for bit (go test -run TestTrainedModelsReproduce
// -update rewrites them).
//
//go:embed models/*.json
var trainedFiles embed.FS

// TrainedModel is a model trained by the federated learning engine (internal/fl) as shipped in
// models/<name>.json: its spec and flat parameters, the z-score scaler it was trained behind (fitted on
// the training split), and the data it came from.
type TrainedModel struct {
	Name     string   `json:"name"`
	Data     string   `json:"data"`     // the bundled CSV it was trained on
	Label    string   `json:"label"`    // its label column
	Features []string `json:"features"` // the feature columns, in input order
	Classes  []string `json:"classes"`  // the label value of each class index
	// TestAccuracy is fl.Evaluate's accuracy on the held-out split.
	TestAccuracy float64      `json:"test_accuracy"`
	Mean         []float64    `json:"mean"` // the scaler
	Std          []float64    `json:"std"`
	Spec         fl.ModelSpec `json:"spec"`
	Params       []float64    `json:"params"`
}

// Model returns the fl model.
func (t *TrainedModel) Model() *fl.Model { return &fl.Model{Spec: t.Spec, Params: t.Params} }

// Scaler returns the z-score scaler the model was trained behind.
func (t *TrainedModel) Scaler() *dataset.Scaler { return &dataset.Scaler{Mean: t.Mean, Std: t.Std} }

// Check reports whether the model, its scaler, features and classes agree; errors are cohort.EInvalid.
func (t *TrainedModel) Check() error {
	if err := t.Model().Check(); err != nil {
		return err
	}
	if err := t.Scaler().Check(t.Spec.Inputs); err != nil {
		return err
	}
	if len(t.Features) != t.Spec.Inputs || len(t.Classes) != t.Spec.Classes {
		return cohort.Errorf(cohort.EInvalid, "%d features and %d classes for %s", len(t.Features), len(t.Classes), t.Spec)
	}
	return nil
}

// Compile compiles the model for encrypted evaluation, its scaler folded in (see FromFL).
func (t *TrainedModel) Compile(o FLOptions) (*Model, error) { return FromFL(t.Model(), t.Scaler(), o) }

// encode returns the shipped file's encoding: indented JSON and a final newline.
func (t *TrainedModel) encode() ([]byte, error) {
	b, err := json.MarshalIndent(t, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// LoadTrained returns the shipped trained model name (one of the feature-major built-in ids).
func LoadTrained(name string) (*TrainedModel, error) {
	b, err := trainedFiles.ReadFile("models/" + name + ".json")
	if err != nil {
		return nil, cohort.Errorf(cohort.ENotFound, "trained model %q: not shipped", name)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var t TrainedModel
	if err := dec.Decode(&t); err != nil {
		return nil, cohort.Errorf(cohort.EInvalid, "trained model %s: %v", name, err)
	}
	if err := t.Check(); err != nil {
		return nil, fmt.Errorf("trained model %s: %w", name, err)
	}
	return &t, nil
}

// BuiltinModels compiles the built-in models from the trained models shipped in the binary: logistic
// regression (logits feature-major and row-major, and a stronger-L2 twin with Chebyshev-sigmoid
// probabilities) and a 30-8-2 MLP with square activation on breast cancer, softmax regression on digits
// (feature-major and row-major). The z-score scaler is folded into the weights: clients encrypt raw
// feature values.
func BuiltinModels() ([]*Model, error) {
	trained := map[string]*TrainedModel{}
	out := make([]*Model, 0, len(builtinCatalog))
	for _, e := range builtinCatalog {
		t, ok := trained[e.trained]
		if !ok {
			var err error
			if t, err = LoadTrained(e.trained); err != nil {
				return nil, err
			}
			trained[e.trained] = t
		}
		m, err := t.Compile(e.o)
		if err != nil {
			return nil, fmt.Errorf("built-in model %s: %w", e.o.ID, err)
		}
		out = append(out, m)
	}
	return out, nil
}
