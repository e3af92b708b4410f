// Package gatewaytest makes what tests, examples and benchmarks of the inference gateway need: a
// model file trained on a bundled data set, with the data set's held-out rows to send.
package gatewaytest

import (
	"context"
	"fmt"
	"time"

	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
	"github.com/cohort-net/cohort/internal/modelfile"
)

// Train trains a model of kind (logreg, softmax, mlp; hidden: the MLP's layer, e.g. 32) on the
// bundled data set ds (e.g. breast_cancer, digits) with fl's defaults for it, and returns it as a
// model file (standardized, with the data set's feature names) and the held-out split, in raw
// feature space.
func Train(ctx context.Context, ds, kind string, hidden int, seed uint64) (*modelfile.File, *dataset.Dataset, error) {
	train, test, name, err := dataset.LoadSource(ds, "", "", seed)
	if err != nil {
		return nil, nil, err
	}
	spec := fl.ModelSpec{Kind: kind, Inputs: train.D, Classes: len(train.Classes)}
	if kind == fl.KindMLP {
		spec.Hidden = []int{hidden}
	}
	sc := dataset.FitScaler(train)
	cfg, _, _ := fl.Defaults(name, kind)
	m, err := fl.TrainCentralized(ctx, spec, sc.Apply(train), cfg, seed)
	if err != nil {
		return nil, nil, fmt.Errorf("train %s on %s: %w", kind, name, err)
	}
	acc := fl.Evaluate(m, sc.Apply(test)).Accuracy
	f, err := modelfile.New(m, sc, train.Features, train.Label, train.Classes, modelfile.Provenance{Source: "gatewaytest", Dataset: name,
		Seed: seed, CreatedAt: time.Unix(0, 0).UTC(), Accuracy: &acc, AccuracyOn: "held-out split"})
	if err != nil {
		return nil, nil, err
	}
	return f, test, nil
}
