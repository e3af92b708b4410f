package fl

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/cohort-net/cohort/internal/dataset"
)

// sklearnLogReg holds scikit-learn's LogisticRegression test accuracy on Cohort's own splits
// (dataset.LoadSource, seeds 1-3), from scripts/sklearn-reference.py with Debian's python3-sklearn
// 1.2.1 (numpy 1.24.2): standardized on the training rows, C=1.0, lbfgs, max_iter=10000. iris and
// wine are testdata/flsets' copies (scripts/sklearn-reference.py testdata/flsets/iris.csv:class ...).
var sklearnLogReg = []struct {
	source, label string
	acc           [3]float64
}{
	{"breast_cancer", "", [3]float64{1.0000, 0.9735, 0.9912}},
	{"digits", "", [3]float64{0.9666, 0.9582, 0.9638}},
	{"../../testdata/flsets/iris.csv", "class", [3]float64{0.9667, 0.9667, 0.9333}},
	{"../../testdata/flsets/wine.csv", "class", [3]float64{1.0000, 0.9722, 0.9722}},
}

// sklearnMASS holds the same for R's MASS sets, which scripts/export-sets.sh writes (not committed: MASS
// is GPL); TestBaselineMatchesScikitLearn checks them when COHORT_FL_SETS names that directory.
// Recorded 2026-12-03 with scripts/sklearn-reference.py $DIR/fgl.csv:type $DIR/pima.csv:type
// $DIR/crabs.csv:sp $DIR/synth.csv:yc (scikit-learn 1.2.1, numpy 1.24.2).
var sklearnMASS = []struct {
	file, label string
	acc         [3]float64
}{
	{"fgl.csv", "type", [3]float64{0.6744, 0.6512, 0.5814}},
	{"pima.csv", "type", [3]float64{0.7736, 0.7736, 0.8019}},
	{"crabs.csv", "sp", [3]float64{1, 1, 1}},
	{"synth.csv", "yc", [3]float64{0.9080, 0.8400, 0.9040}},
}

// TestBaselineMatchesScikitLearn checks that the centralized baseline `cohort devnet` and `cohort
// bench fl` report is a converged model: with the task defaults (logreg for two classes, softmax
// otherwise), its test accuracy is within 1.5 points of scikit-learn's logistic regression on the
// same split, seed by seed. With COHORT_FL_SETS=DIR (scripts/export-sets.sh DIR) it also checks the
// MASS sets, forensic glass (6 classes, 171 training rows) among them.
func TestBaselineMatchesScikitLearn(t *testing.T) {
	refs := sklearnLogReg
	if dir := os.Getenv("COHORT_FL_SETS"); dir != "" {
		for _, m := range sklearnMASS {
			refs = append(refs, struct {
				source, label string
				acc           [3]float64
			}{filepath.Join(dir, m.file), m.label, m.acc})
		}
	} else {
		t.Log("COHORT_FL_SETS unset: the MASS sets (fgl, Pima, crabs, synth) not checked")
	}
	for _, ref := range refs {
		for i, want := range ref.acc {
			seed := uint64(i + 1)
			train, test, name, err := dataset.LoadSource(ref.source, ref.label, "", seed)
			if err != nil {
				t.Fatal(err)
			}
			kind := KindSoftmax
			if train.NumClasses() == 2 {
				kind = KindLogReg
			}
			sc := dataset.FitScaler(train)
			train, test = sc.Apply(train), sc.Apply(test)
			spec := ModelSpec{Kind: kind, Inputs: train.D, Classes: train.NumClasses()}
			tc, _, _ := Defaults(name, kind)
			m, st, err := TrainBaseline(context.Background(), spec, train, tc, seed, EarlyStop{})
			if err != nil {
				t.Fatal(err)
			}
			got := Evaluate(m, test).Accuracy
			t.Logf("%s seed %d: baseline %.4f (%d epochs, l2 %g, val %.4f), scikit-learn %.4f, gap %+.2f points", name, seed, got, st.Epochs, st.L2, st.ValAccuracy, want, 100*(got-want))
			if got < want-0.015 {
				t.Errorf("%s seed %d: baseline accuracy %.4f, more than 1.5 points below scikit-learn's %.4f", name, seed, got, want)
			}
		}
	}
}

func TestPlateau(t *testing.T) {
	p := NewPlateau(EarlyStop{Patience: 3, MinDelta: 0.01}, 100)
	losses := []float64{1, 0.5, 0.495, 0.499, 0.3, 0.31, 0.295}
	for i, l := range losses {
		if p.Add(l) {
			t.Fatalf("stopped at evaluation %d", i+1)
		}
	}
	if at, best := p.Best(); at != 5 || best != 0.3 {
		t.Fatalf("best %d %v, want 5 0.3 (drops under MinDelta do not count)", at, best)
	}
	if !p.Add(0.296) { // third evaluation without a drop of 0.01 after evaluation 5
		t.Fatal("no stop after Patience evaluations without improvement")
	}
	p.Restart()
	if p.Add(0.2999) {
		t.Fatal("stopped right after Restart")
	}
	capped := NewPlateau(EarlyStop{Patience: 100}, 4)
	for i := range 4 {
		if stop := capped.Add(float64(10 - i)); stop != (i == 3) {
			t.Fatalf("evaluation %d: stop %v, want the cap at 4", i+1, stop)
		}
	}
	nan := NewPlateau(EarlyStop{Patience: 2}, 10)
	nan.Add(math.NaN())
	if at, _ := nan.Best(); at != 0 {
		t.Fatal("a NaN loss counted as an improvement")
	}
}

func TestAdaptTo(t *testing.T) {
	base := TrainConfig{Optimizer: OptSGD, LR: 0.1, Epochs: 2, BatchSize: 32, Adapt: true}
	for _, c := range []struct{ rows, batch, epochs int }{
		{24, 8, 6},    // the trainer: one batch an epoch before
		{45, 12, 4},   // breast cancer over 10 trainers
		{3, 8, 16},    // tiny: batches never below 8, epochs up to 16 steps
		{1, 8, 16},    // one row
		{1000, 32, 2}, // enough rows: unchanged
		{143, 32, 4},  // digits over 10 trainers
		{100000, 32, 2},
	} {
		got := base.AdaptTo(c.rows)
		if got.BatchSize != c.batch || got.Epochs != c.epochs || got.Adapt {
			t.Errorf("%d rows: batch %d, epochs %d, adapt %v; want %d, %d", c.rows, got.BatchSize, got.Epochs, got.Adapt, c.batch, c.epochs)
		}
	}
	if got := (TrainConfig{Epochs: 50, BatchSize: 4}).AdaptTo(24); got.Epochs != 50 || got.BatchSize != 4 {
		t.Errorf("adapt lowered epochs or raised the batch: %+v", got)
	}
	// Train applies it: a 24-row set takes 18 steps, not 2.
	train, _ := breastCancer(t)
	sub := train.Subset([]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23})
	m, err := NewModel(ModelSpec{Kind: KindLogReg, Inputs: sub.D, Classes: 2}, 1)
	if err != nil {
		t.Fatal(err)
	}
	st, err := Train(context.Background(), m, sub, base)
	if err != nil || st.Steps != 18 {
		t.Fatalf("adaptive training on 24 rows: %d steps, %v; want 18", st.Steps, err)
	}
	base.Adapt = false
	if st, _ := Train(context.Background(), m, sub, base); st.Steps != 2 {
		t.Fatalf("fixed training on 24 rows: %d steps, want 2", st.Steps)
	}
}

// TestSimulateAutoRounds checks automatic rounds: the run stops on the validation plateau before the
// cap, and never reads the test set to decide (scrambled test labels give the same rounds and model).
func TestSimulateAutoRounds(t *testing.T) {
	train, test := breastCancer(t)
	rest, val, err := CarveValidation(train, 1)
	if err != nil {
		t.Fatal(err)
	}
	cfg := PresetFor(DatasetBreastCancer, KindLogReg, PartitionIID).SimConfig(rest, test)
	cfg.Rounds, cfg.CentralizedEpochs = 200, -1
	cfg.Stop, cfg.ValSet = &EarlyStop{Patience: 5}, val
	res, err := Simulate(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if res.Rounds >= cfg.Rounds || res.Rounds < 6 || len(res.PerRound) != res.Rounds {
		t.Fatalf("automatic rounds ran %d of at most %d", res.Rounds, cfg.Rounds)
	}
	scrambled := *test
	scrambled.Y = make([]int, test.N)
	for i := range scrambled.Y {
		scrambled.Y[i] = 1 - test.Y[i]
	}
	cfg.TestSet = &scrambled
	again, err := Simulate(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if again.Rounds != res.Rounds || !slices.Equal(again.Model.Params, res.Model.Params) {
		t.Fatalf("the test labels changed when training stopped: %d rounds, then %d", res.Rounds, again.Rounds)
	}
	t.Logf("stopped after %d rounds, test accuracy %.4f", res.Rounds, res.Final.Accuracy)
	cfg.ValSet = nil
	if _, err := Simulate(context.Background(), cfg); err == nil {
		t.Fatal("automatic rounds without a validation set accepted")
	}
}
