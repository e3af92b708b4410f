package he

import (
	"path/filepath"
)

// Fold returns the linear model that applies s before m, so that clients send raw features.
func (s Standardizer) Fold(m *LinearModel) *LinearModel {
	out := &LinearModel{W: make([][]float64, len(m.W)), B: make([]float64, len(m.B))}
	for c, w := range m.W {
		out.W[c] = make([]float64, len(w))
		out.B[c] = m.B[c]
		for j, v := range w {
			out.W[c][j] = v / s.Std[j]
			out.B[c] -= v * s.Mean[j] / s.Std[j]
		}
	}
	return out
}

// FoldMLP folds s into the first layer of m.
func (s Standardizer) FoldMLP(m *MLPModel) *MLPModel {
	first := s.Fold(&LinearModel{W: m.Layers[0].W, B: m.Layers[0].B})
	layers := append([]Dense{{W: first.W, B: first.B}}, m.Layers[1:]...)
	return &MLPModel{Layers: layers, Activation: m.Activation}
}

// Built-in model ids (`cohort fhe serve`).
const (
	ModelBreastCancerLogReg      = "breast-cancer-logreg"
	ModelBreastCancerLogRegProba = "breast-cancer-logreg-proba"
	ModelBreastCancerLogRegRow   = "breast-cancer-logreg-row"
	ModelBreastCancerLinReg      = "breast-cancer-linreg"
	ModelBreastCancerMLP         = "breast-cancer-mlp"
	ModelDigitsSoftmax           = "digits-softmax"
	ModelDigitsSoftmaxRow        = "digits-softmax-row"
)

// BuiltinModels trains the built-in models on the bundled data sets in dataDir (breast_cancer.csv,
// digits.csv) with plain gradient descent and compiles them. The z-score standardization is folded
// into the weights: clients encrypt raw feature values.
func BuiltinModels(dataDir string) ([]*Model, error) {
	bc, err := LoadCSV(filepath.Join(dataDir, "breast_cancer.csv"), "malignant")
	if err != nil {
		return nil, err
	}
	dg, err := LoadCSV(filepath.Join(dataDir, "digits.csv"), "digit")
	if err != nil {
		return nil, err
	}
	bcs, dgs := FitStandardizer(bc.X), FitStandardizer(dg.X)
	bcz := &Dataset{Features: bc.Features, X: bcs.Apply(bc.X), Y: bc.Y}
	dgz := &Dataset{Features: dg.Features, X: dgs.Apply(dg.X), Y: dg.Y}

	lr, err := TrainLinear(bcz, 1, true, TrainConfig{Epochs: 300, LR: 0.5, L2: 1e-3})
	if err != nil {
		return nil, err
	}
	// Stronger L2 keeps every logit inside the sigmoid approximation's interval.
	lrP, err := TrainLinear(bcz, 1, true, TrainConfig{Epochs: 300, LR: 0.5, L2: 0.05})
	if err != nil {
		return nil, err
	}
	linreg, err := TrainLinear(bcz, 1, false, TrainConfig{Epochs: 200, LR: 0.05, L2: 1e-3})
	if err != nil {
		return nil, err
	}
	mlp, err := TrainMLP(bcz, 8, 1, TrainConfig{Epochs: 300, LR: 0.05, L2: 1e-3, Seed: 1})
	if err != nil {
		return nil, err
	}
	sm, err := TrainLinear(dgz, 10, true, TrainConfig{Epochs: 150, LR: 0.5, L2: 1e-3})
	if err != nil {
		return nil, err
	}
	specs := []ModelSpec{
		{ID: ModelBreastCancerLogReg, Profile: ProfileLinear, Packing: FeatureMajor, Linear: bcs.Fold(lr)},
		{ID: ModelBreastCancerLogRegProba, Profile: ProfileLinear, Packing: FeatureMajor, Output: OutputProba, Linear: bcs.Fold(lrP)},
		{ID: ModelBreastCancerLogRegRow, Profile: ProfileLinear, Packing: RowMajor, Linear: bcs.Fold(lr)},
		{ID: ModelBreastCancerLinReg, Profile: ProfileLinear, Packing: FeatureMajor, Linear: bcs.Fold(linreg)},
		{ID: ModelBreastCancerMLP, Profile: ProfileMLP, Packing: FeatureMajor, MLP: bcs.FoldMLP(mlp)},
		{ID: ModelDigitsSoftmax, Profile: ProfileLinear, Packing: FeatureMajor, Linear: dgs.Fold(sm)},
		{ID: ModelDigitsSoftmaxRow, Profile: ProfileLinear, Packing: RowMajor, Linear: dgs.Fold(sm)},
	}
	out := make([]*Model, len(specs))
	for i, s := range specs {
		if out[i], err = NewModel(s); err != nil {
			return nil, err
		}
	}
	return out, nil
}
