package fl

import (
	"context"
	"slices"
	"testing"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
)

func breastCancer(t testing.TB) (train, test *dataset.Dataset) {
	t.Helper()
	d, err := dataset.LoadCSVFile("../../datasets/breast_cancer.csv", "malignant")
	if err != nil {
		t.Fatal(err)
	}
	train, test, err = dataset.StratifiedSplit(d, 0.2, 1)
	if err != nil {
		t.Fatal(err)
	}
	sc := dataset.FitScaler(train)
	return sc.Apply(train), sc.Apply(test)
}

func TestSimulateBreastCancer(t *testing.T) {
	train, test := breastCancer(t)
	p := PresetFor(DatasetBreastCancer, KindLogReg, PartitionDirichlet)
	cfg := p.SimConfig(train, test)
	rounds := 0
	cfg.OnRound = func(r int, m Metrics) { rounds = r }
	res, err := Simulate(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if res.Final.Accuracy <= 0.9 || res.Centralized.Accuracy <= 0.9 || rounds != cfg.Rounds || len(res.PerRound) != cfg.Rounds {
		t.Errorf("federated %.4f centralized %.4f after %d rounds", res.Final.Accuracy, res.Centralized.Accuracy, rounds)
	}
	if res.Final.AUC == nil || *res.Final.AUC < 0.95 {
		t.Errorf("AUC %v", res.Final.AUC)
	}
	t.Logf("federated %.4f centralized %.4f", res.Final.Accuracy, res.Centralized.Accuracy)
	// Bit-for-bit reproducible, and every global model is float32-representable.
	again, err := Simulate(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(res.Model.Params, again.Model.Params) {
		t.Error("two simulations differ")
	}
	for _, v := range res.Model.Params {
		if float64(float32(v)) != v {
			t.Fatal("global parameters not rounded to float32")
		}
	}
}

// TestSimulateMatchesManualRounds replays Simulate's protocol by hand, as a networked coordinator and
// trainers would, and expects the same bits.
func TestSimulateMatchesManualRounds(t *testing.T) {
	train, test := breastCancer(t)
	cfg := SimConfig{
		Spec:     ModelSpec{Kind: KindMLP, Inputs: train.D, Classes: 2, Hidden: []int{8}},
		Train:    TrainConfig{Optimizer: OptAdam, LR: 0.01, Epochs: 1, BatchSize: 16},
		Strategy: StrategyConfig{Name: StratFedProx, ProxMu: 0.1}, Clients: 4, Rounds: 3, Partition: PartitionIID,
		Seed: 11, TrainSet: train, TestSet: test, CentralizedEpochs: -1,
	}
	res, err := Simulate(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	parts, _ := Partitions(cfg)
	global, _ := InitialModel(cfg.Spec, cfg.Seed)
	strat, _ := NewStrategy(cfg.Strategy)
	for round := 1; round <= cfg.Rounds; round++ {
		var ups []Update
		for i := cfg.Clients - 1; i >= 0; i-- { // any order
			local := global.Clone()
			tc := ClientConfig(cfg.Train, cfg.Strategy, cfg.Seed, round, ClientName(i))
			if tc.ProxMu != 0.1 {
				t.Fatalf("fedprox mu %v", tc.ProxMu)
			}
			if _, err := Train(context.Background(), local, train.Subset(parts[i]), tc); err != nil {
				t.Fatal(err)
			}
			delta := make([]float64, len(local.Params))
			for k := range delta {
				delta[k] = local.Params[k] - global.Params[k]
			}
			RoundFloat32(delta)
			ups = append(ups, Update{Client: ClientName(i), Delta: delta, Samples: len(parts[i])})
		}
		p, err := strat.Aggregate(global.Params, ups)
		if err != nil {
			t.Fatal(err)
		}
		RoundFloat32(p)
		global.Params = p
	}
	if !slices.Equal(global.Params, res.Model.Params) {
		t.Error("manual replay differs from Simulate")
	}
}

func TestSimulateStrategies(t *testing.T) {
	train, test := breastCancer(t)
	for _, name := range StrategyNames {
		cfg := PresetFor(DatasetBreastCancer, KindLogReg, PartitionIID).SimConfig(train, test)
		cfg.Strategy = StrategyConfig{Name: name, Byzantine: 1, ClipNorm: 10}
		cfg.Rounds = 5
		cfg.CentralizedEpochs = -1
		res, err := Simulate(context.Background(), cfg)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if res.Final.Accuracy < 0.85 {
			t.Errorf("%s: accuracy %.3f", name, res.Final.Accuracy)
		}
	}
}

func TestSimulateErrors(t *testing.T) {
	train, test := breastCancer(t)
	base := PresetFor(DatasetBreastCancer, KindLogReg, PartitionIID).SimConfig(train, test)
	for name, mut := range map[string]func(*SimConfig){
		"no clients":     func(c *SimConfig) { c.Clients = 0 },
		"partition":      func(c *SimConfig) { c.Partition = "shards" },
		"strategy":       func(c *SimConfig) { c.Strategy.Name = "fedsgd" },
		"spec width":     func(c *SimConfig) { c.Spec.Inputs = 3 },
		"no test set":    func(c *SimConfig) { c.TestSet = nil },
		"too many parts": func(c *SimConfig) { c.Clients = 10000 },
	} {
		cfg := base
		mut(&cfg)
		if _, err := Simulate(context.Background(), cfg); cohort.Code(err) != cohort.EInvalid {
			t.Errorf("%s: %v", name, err)
		}
	}
}
