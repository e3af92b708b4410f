package fl_test

import (
	"context"
	"fmt"

	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
)

// A federated logistic regression on the bundled breast cancer data: 10 clients with label skew
// (Dirichlet 0.5), FedAvg, beside a centralized model on the same split.
func ExampleSimulate() {
	d, err := dataset.LoadCSVFile("../../datasets/breast_cancer.csv", "malignant")
	if err != nil {
		panic(err)
	}
	train, test, _ := dataset.StratifiedSplit(d, 0.2, 1)
	scaler := dataset.FitScaler(train) // fitted on training rows only
	train, test = scaler.Apply(train), scaler.Apply(test)

	cfg := fl.PresetFor(fl.DatasetBreastCancer, fl.KindLogReg, fl.PartitionDirichlet).SimConfig(train, test)
	res, err := fl.Simulate(context.Background(), cfg)
	if err != nil {
		panic(err)
	}
	fmt.Printf("%s, %d clients, %d rounds: federated %.3f, centralized %.3f\n",
		cfg.Spec, cfg.Clients, cfg.Rounds, res.Final.Accuracy, res.Centralized.Accuracy)
	// Output: logreg 30-1, 10 clients, 20 rounds: federated 1.000, centralized 1.000
}

// Aggregating two clients' updates with FedAvg: the new global model moves by the sample-weighted
// mean of the deltas.
func ExampleNewStrategy() {
	s, _ := fl.NewStrategy(fl.StrategyConfig{Name: fl.StratFedAvg})
	global := []float64{1, 1}
	next, _ := s.Aggregate(global, []fl.Update{
		{Client: "b", Delta: []float64{0.4, 0}, Samples: 1},
		{Client: "a", Delta: []float64{0, 0.4}, Samples: 3},
	})
	fmt.Println(next)
	// Output: [1.1 1.3]
}
