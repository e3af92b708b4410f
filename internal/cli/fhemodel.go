package cli

import (
	"fmt"
	"os"

	"github.com/spf13/pflag"

	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/he"
)

// The fhe commands and model files (internal/modelfile): `fhe serve --model FILE` compiles a model
// file for encrypted inference (its scaler folded into the first layer, so clients encrypt raw
// features) and serves it under the file's name; `fhe infer --model FILE` finds it there by that name,
// takes the CSV's columns by feature name and reports class names.

// fheModelFiles compiles the model files `fhe serve --model` names.
func fheModelFiles(paths []string) ([]*he.Model, error) {
	var out []*he.Model
	for _, p := range paths {
		mf, err := readModelFlag("--model", p)
		if err != nil {
			return nil, err
		}
		m, err := he.FromFL(mf.FL(), mf.DatasetScaler(), he.FLOptions{ID: mf.Name()})
		if err != nil {
			return nil, fmt.Errorf("--model %s: %w", p, err)
		}
		out = append(out, m)
	}
	return out, nil
}

// fheRows are the rows `fhe infer` sends and what it needs to score the answers.
type fheRows struct {
	model    string      // the server's model id
	X        [][]float64 // raw feature rows
	labelled bool
	isLabel  func(i, class int) bool // whether row i's label is class
	classes  []string                // class names (a model file's), nil for built-in models
}

// fheInferRows resolves `fhe infer --model ID|FILE` and reads --data for it: a built-in model takes
// every column but --label in file order; a model file its feature columns by name.
func fheInferRows(model, data, label string) (*fheRows, error) {
	if st, err := os.Stat(model); err != nil || st.IsDir() {
		ds, X, err := loadRows(data, label)
		if err != nil {
			return nil, err
		}
		return &fheRows{model: model, X: X, labelled: label != "", isLabel: func(i, c int) bool { return labelIs(ds, i, c) }}, nil
	}
	mf, err := readModelFlag("--model", model)
	if err != nil {
		return nil, err
	}
	tab, err := readTableFlag(mf, "--data", data, label)
	if err != nil {
		return nil, err
	}
	X := make([][]float64, tab.N)
	for i := range X {
		X[i] = tab.Row(i)
	}
	return &fheRows{model: mf.Name(), X: X, labelled: tab.Labelled, isLabel: func(i, c int) bool { return tab.Y[i] == c },
		classes: mf.Classes}, nil
}

// classNames names predicted classes when the model's class names are known.
func (r *fheRows) classNames(preds []int) []string {
	if r.classes == nil {
		return nil
	}
	out := make([]string, len(preds))
	for i, c := range preds {
		if c >= 0 && c < len(r.classes) {
			out[i] = r.classes[c]
		}
	}
	return out
}

// fheEncryptIn is what `fhe encrypt` encrypts: the rows, and with a model file its name and layout.
type fheEncryptIn struct {
	ds     *dataset.Dataset
	X      [][]float64
	model  string
	layout *he.Layout // nil: from the flags
}

// fheEncryptInput reads `fhe encrypt --data`: with a model file (--model), its feature columns by name
// and the layout of the model compiled with packing, which fixes the level and outputs; else every
// column but --label.
func fheEncryptInput(fs *pflag.FlagSet, modelFile, data, label string, packing he.Packing) (*fheEncryptIn, error) {
	if modelFile == "" {
		ds, X, err := loadRows(data, label)
		return &fheEncryptIn{ds: ds, X: X}, err
	}
	if fs.Changed("level") || fs.Changed("outputs") {
		return nil, usagef("--level and --outputs come from --model's layout: drop them")
	}
	if packing != he.FeatureMajor && packing != he.RowMajor {
		return nil, usagef("--packing %q: want feature-major|row-major", packing)
	}
	mf, err := readModelFlag("--model", modelFile)
	if err != nil {
		return nil, err
	}
	m, err := he.FromFL(mf.FL(), mf.DatasetScaler(), he.FLOptions{ID: mf.Name(), Packing: packing})
	if err != nil {
		return nil, fmt.Errorf("--model %s: %w", modelFile, err)
	}
	tab, err := readTableFlag(mf, "--data", data, label)
	if err != nil {
		return nil, err
	}
	X := make([][]float64, tab.N)
	for i := range X {
		X[i] = tab.Row(i)
	}
	l := m.Layout()
	return &fheEncryptIn{ds: tab.Dataset, X: X, model: m.ID(), layout: &l}, nil
}
