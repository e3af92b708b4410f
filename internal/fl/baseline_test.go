package fl

import (
	"context"
	"testing"

	"github.com/cohort-net/cohort/internal/dataset"
)

// sklearnLogReg holds scikit-learn's LogisticRegression test accuracy on Cohort's own splits
// (dataset.LoadSource, seeds 1-3), from scripts/sklearn-reference.py with Debian's python3-sklearn
// 1.2.1 (numpy 1.24.2): standardized on the training rows, C=1.0, lbfgs, max_iter=10000.
var sklearnLogReg = map[string][3]float64{
	"breast_cancer": {1.0000, 0.9735, 0.9912},
	"digits":        {0.9666, 0.9582, 0.9638},
}

// TestBaselineMatchesScikitLearn checks that the centralized baseline `cohort devnet` and `cohort
// bench fl` report is a converged model: on the bundled sets, with the task defaults (logreg for
// breast cancer, softmax for digits), its test accuracy is within 1.5 points of scikit-learn's
// logistic regression on the same split, seed by seed.
func TestBaselineMatchesScikitLearn(t *testing.T) {
	for ds, ref := range sklearnLogReg {
		kind := KindSoftmax
		if ds == DatasetBreastCancer {
			kind = KindLogReg
		}
		for i, want := range ref {
			seed := uint64(i + 1)
			train, test, _, err := dataset.LoadSource(ds, "", "", seed)
			if err != nil {
				t.Fatal(err)
			}
			sc := dataset.FitScaler(train)
			train, test = sc.Apply(train), sc.Apply(test)
			spec := ModelSpec{Kind: kind, Inputs: train.D, Classes: train.NumClasses()}
			tc, _, _ := Defaults(ds, kind)
			m, st, err := TrainBaseline(context.Background(), spec, train, tc, seed, EarlyStop{})
			if err != nil {
				t.Fatal(err)
			}
			got := Evaluate(m, test).Accuracy
			t.Logf("%s seed %d: baseline %.4f (%d epochs, stopped early %v, val %.4f), scikit-learn %.4f", ds, seed, got, st.Epochs, st.StoppedEarly, st.ValAccuracy, want)
			if got < want-0.015 {
				t.Errorf("%s seed %d: baseline accuracy %.4f, more than 1.5 points below scikit-learn's %.4f", ds, seed, got, want)
			}
		}
	}
}
