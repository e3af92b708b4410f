package he

import (
	"math"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
)

func repoFile(t testing.TB, name string) string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "datasets", name)
}

type refData struct {
	bc, digits *Dataset
	lr         *LinearModel
	lrProba    *LinearModel
	linreg     *LinearModel
	softmax    *LinearModel
	mlp        *MLPModel
}

var (
	refOnce sync.Once
	ref     refData
)

// reference loads the bundled data sets (z-scored) and trains tiny reference models once per test binary.
func reference(t testing.TB) *refData {
	t.Helper()
	refOnce.Do(func() {
		bc, err := LoadCSV(repoFile(t, "breast_cancer.csv"), "malignant")
		if err != nil {
			t.Fatal(err)
		}
		bc.X = FitStandardizer(bc.X).Apply(bc.X)
		dg, err := LoadCSV(repoFile(t, "digits.csv"), "digit")
		if err != nil {
			t.Fatal(err)
		}
		dg.X = FitStandardizer(dg.X).Apply(dg.X)
		ref.bc, ref.digits = bc, dg
		ref.lr, _ = TrainLinear(bc, 1, true, TrainConfig{Epochs: 300, LR: 0.5, L2: 1e-3})
		ref.lrProba, _ = TrainLinear(bc, 1, true, TrainConfig{Epochs: 300, LR: 0.5, L2: 0.05})
		ref.linreg, _ = TrainLinear(bc, 1, false, TrainConfig{Epochs: 200, LR: 0.05, L2: 1e-3})
		ref.softmax, _ = TrainLinear(dg, 10, true, TrainConfig{Epochs: 150, LR: 0.5, L2: 1e-3})
		ref.mlp, _ = TrainMLP(bc, 8, 1, TrainConfig{Epochs: 300, LR: 0.05, L2: 1e-3, Seed: 1})
	})
	if ref.bc == nil {
		t.Fatal("reference data failed to load")
	}
	return &ref
}

func maxAbsDiff(a, b [][]float64) float64 {
	var m float64
	for i := range a {
		for j := range a[i] {
			m = math.Max(m, math.Abs(a[i][j]-b[i][j]))
		}
	}
	return m
}
