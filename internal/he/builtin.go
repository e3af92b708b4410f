package he

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
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

// Training of the built-in models: the bundled data sets, split 80/20 (stratified, seed 1), z-scored
// with a scaler fitted on the training split, and trained by the federated learning engine (fl.Simulate:
// 10 clients, IID partition, FedAvg) with the tuned presets, except where noted in builtinPresets.
const (
	builtinTestFrac = 0.2
	builtinSeed     = 1
)

// builtinPresets returns the federated runs behind the built-in models: breast-cancer logistic regression
// (fl.PresetFor as tuned), the same with a stronger L2 for the probability model (every logit of the
// bundled data stays within about 17 of zero, inside the Chebyshev sigmoid's [-24, 24]), a 30-8-2 MLP
// trained with the square activation it is evaluated with (Adam 0.02 and L2 0.01 over 30 rounds keep
// its logits within about 30 while reaching 0.97 test accuracy), and digits softmax regression.
func builtinPresets() (lr, lrProba, mlp, softmax fl.Preset) {
	lr = fl.PresetFor(fl.DatasetBreastCancer, fl.KindLogReg, fl.PartitionIID)
	lrProba = lr
	lrProba.Train.L2 = 0.1
	mlp = fl.PresetFor(fl.DatasetBreastCancer, fl.KindMLP, fl.PartitionIID)
	mlp.Spec.Hidden = []int{8}
	mlp.Spec.Activation = fl.ActSquare
	mlp.Train.LR, mlp.Train.L2 = 0.02, 0.01
	mlp.Rounds = 30
	softmax = fl.PresetFor(fl.DatasetDigits, fl.KindSoftmax, fl.PartitionIID)
	return lr, lrProba, mlp, softmax
}

// builtinSplit is one bundled data set, split and with the scaler fitted on its training part.
type builtinSplit struct {
	all, train, test *dataset.Dataset // raw features
	scaler           *dataset.Scaler
}

func loadBuiltinSplit(path, label string) (*builtinSplit, error) {
	d, err := dataset.LoadCSVFile(path, label)
	if err != nil {
		return nil, err
	}
	tr, te, err := dataset.StratifiedSplit(d, builtinTestFrac, builtinSeed)
	if err != nil {
		return nil, err
	}
	return &builtinSplit{all: d, train: tr, test: te, scaler: dataset.FitScaler(tr)}, nil
}

// simulate runs preset p on the split (standardized) and returns the final global model.
func (s *builtinSplit) simulate(ctx context.Context, p fl.Preset) (*fl.Model, error) {
	cfg := p.SimConfig(s.scaler.Apply(s.train), s.scaler.Apply(s.test))
	cfg.CentralizedEpochs = -1
	res, err := fl.Simulate(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("train %s: %w", p.Spec.Kind, err)
	}
	return res.Model, nil
}

// rows returns the rows of d as slices (views into d.X).
func rows(d *dataset.Dataset) [][]float64 {
	out := make([][]float64, d.N)
	for i := range out {
		out[i] = d.Row(i)
	}
	return out
}

// builtinSet is everything BuiltinModels trains: the compiled models and, for tests, the fl models
// they came from with their data.
type builtinSet struct {
	models                 []*Model
	bc, digits             *builtinSplit
	lr, lrProba, mlp, soft *fl.Model
	linreg                 *LinearModel // z-scored inputs (fl has no regression kind)
}

// BuiltinModels trains the built-in models on the bundled data sets in dataDir (breast_cancer.csv,
// digits.csv) and compiles them. The classifiers are trained by the federated learning engine
// (internal/fl, see builtinPresets) on an 80/20 stratified split; linear regression, which fl has no
// model kind for, by TrainLinear's least squares on the same split. The z-score standardization,
// fitted on the training split, is folded into the weights: clients encrypt raw feature values.
func BuiltinModels(dataDir string) ([]*Model, error) {
	s, err := trainBuiltins(context.Background(), dataDir)
	if err != nil {
		return nil, err
	}
	return s.models, nil
}

func trainBuiltins(ctx context.Context, dataDir string) (*builtinSet, error) {
	bc, err := loadBuiltinSplit(filepath.Join(dataDir, "breast_cancer.csv"), "malignant")
	if err != nil {
		return nil, err
	}
	dg, err := loadBuiltinSplit(filepath.Join(dataDir, "digits.csv"), "digit")
	if err != nil {
		return nil, err
	}
	s := &builtinSet{bc: bc, digits: dg}
	pLR, pProba, pMLP, pSoft := builtinPresets()
	if s.lr, err = bc.simulate(ctx, pLR); err != nil {
		return nil, err
	}
	if s.lrProba, err = bc.simulate(ctx, pProba); err != nil {
		return nil, err
	}
	if s.mlp, err = bc.simulate(ctx, pMLP); err != nil {
		return nil, err
	}
	if s.soft, err = dg.simulate(ctx, pSoft); err != nil {
		return nil, err
	}
	bcz := bc.scaler.Apply(bc.train)
	y := make([]float64, bcz.N)
	for i, v := range bcz.Y {
		y[i] = float64(v)
	}
	if s.linreg, err = TrainLinear(&Dataset{Features: bcz.Features, X: rows(bcz), Y: y}, 1, false,
		TrainConfig{Epochs: 200, LR: 0.05, L2: 1e-3}); err != nil {
		return nil, err
	}
	bcStd := Standardizer(*bc.scaler)

	type entry struct {
		m   *fl.Model
		std *dataset.Scaler
		o   FLOptions
	}
	entries := []entry{
		{s.lr, bc.scaler, FLOptions{ID: ModelBreastCancerLogReg}},
		{s.lrProba, bc.scaler, FLOptions{ID: ModelBreastCancerLogRegProba, Output: OutputProba}},
		{s.lr, bc.scaler, FLOptions{ID: ModelBreastCancerLogRegRow, Packing: RowMajor}},
		{nil, nil, FLOptions{ID: ModelBreastCancerLinReg}}, // linear regression: not an fl kind
		{s.mlp, bc.scaler, FLOptions{ID: ModelBreastCancerMLP}},
		{s.soft, dg.scaler, FLOptions{ID: ModelDigitsSoftmax}},
		{s.soft, dg.scaler, FLOptions{ID: ModelDigitsSoftmaxRow, Packing: RowMajor}},
	}
	for _, e := range entries {
		var m *Model
		if e.m == nil {
			m, err = NewModel(ModelSpec{ID: e.o.ID, Profile: ProfileLinear, Packing: FeatureMajor,
				Linear: bcStd.Fold(s.linreg)})
		} else {
			m, err = FromFL(e.m, e.std, e.o)
		}
		if err != nil {
			return nil, fmt.Errorf("built-in model %s: %w", e.o.ID, err)
		}
		if m.spec.Output == OutputProba {
			// A logit outside the sigmoid's interval would corrupt its whole ciphertext.
			if z := maxAbsLogit(m, rows(bc.all)); z > m.spec.Sigmoid.Bound {
				return nil, fmt.Errorf("built-in model %s: logit %.1f outside the sigmoid interval +-%g", m.ID(), z, m.spec.Sigmoid.Bound)
			}
		}
		s.models = append(s.models, m)
	}
	return s, nil
}
