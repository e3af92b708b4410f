package bench

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
)

// TestTuneFLDefaults compares candidate defaults (adaptive local training, automatic rounds, server
// learning rates) on validation data only: each seed's training split (dataset.LoadSource, as the
// devnet draws it) is split again (fl.CarveValidation), the scaler is fitted on the fitting part, and
// every variant is scored by its federated accuracy on the validation part and its gap to the
// converged centralized baseline on the same part. The test split is never read. Sets: the bundled
// ones plus every CSV in COHORT_FL_SETS (scripts/export-sets.sh). Run with COHORT_FL_TUNE=1
// (minutes); COHORT_FL_TUNE=server compares the server optimizers' learning rates.
func TestTuneFLDefaults(t *testing.T) {
	mode := os.Getenv("COHORT_FL_TUNE")
	if mode == "" {
		t.Skip("set COHORT_FL_TUNE=1 (or server) to compare federated defaults on validation data")
	}
	sets, err := flSets(os.Getenv("COHORT_FL_SETS"))
	if err != nil {
		t.Fatal(err)
	}
	type split struct {
		name       string
		seed       uint64
		train, val *dataset.Dataset
	}
	var splits []split
	for _, s := range sets {
		for _, seed := range flSetSeeds {
			train, _, name, err := dataset.LoadSource(s.source, s.label, "", seed)
			if err != nil {
				t.Fatal(err)
			}
			fit, val, err := fl.CarveValidation(train, seed)
			if err != nil {
				t.Fatal(err)
			}
			sc := dataset.FitScaler(fit)
			splits = append(splits, split{name, seed, sc.Apply(fit), sc.Apply(val)})
		}
	}
	type variant struct {
		name  string
		tweak func(*fl.SimConfig)
	}
	var variants []variant
	switch mode {
	case "server":
		for _, strat := range []string{fl.StratFedAdam, fl.StratFedYogi, fl.StratFedAvgM} {
			lrs := []float64{0.01, 0.03, 0.1, 0.3}
			if strat == fl.StratFedAvgM {
				lrs = []float64{0.3, 0.5, 1}
			}
			for _, lr := range lrs {
				variants = append(variants, variant{fmt.Sprintf("%s lr %g", strat, lr), func(c *fl.SimConfig) {
					c.Strategy = fl.StrategyConfig{Name: strat, ServerLR: lr}
					c.CentralizedEpochs = -1
				}})
			}
		}
	default:
		variants = []variant{
			{"fixed batch and epochs", func(c *fl.SimConfig) { c.Train.Adapt = false }},
			{"adaptive", func(c *fl.SimConfig) { c.Train.Adapt = true }},
		}
	}
	for _, v := range variants {
		var lines []string
		var accSum, gapSum float64
		within := map[string]float64{}
		for _, sp := range splits {
			r, err := simFLSet(context.Background(), sp.name, sp.train, sp.val, sp.seed, v.tweak)
			if err != nil {
				t.Fatal(err)
			}
			accSum += r.fed
			if r.central > 0 {
				gapSum += 100 * (r.central - r.fed)
				within[sp.name] += 100 * (r.central - r.fed) / float64(len(flSetSeeds))
			}
			lines = append(lines, fmt.Sprintf("%s/%d %.3f(%.3f)", sp.name, sp.seed, r.fed, r.central))
		}
		ok := 0
		for _, g := range within {
			if g <= 2 {
				ok++
			}
		}
		n := float64(len(splits))
		t.Logf("%-24s mean val accuracy %.4f, mean gap %.2f points, sets within 2 points %d/%d\n    %s", v.name, accSum/n, gapSum/n, ok, len(sets), strings.Join(lines, " "))
	}
}

// TestTuneFashion re-chooses the Fashion-MNIST MLP preset on validation data: a 12,000-image subset
// of the training images (dataset.PartitionIID, seed 1) split 10,000 / 2,000 (fl.CarveValidation), 20
// IID clients, 10 rounds, Adam with batch 32, a grid of learning rates and local epochs ranked by
// validation accuracy. The t10k test images are never read. Run with COHORT_FASHION_TUNE=1 (minutes;
// needs Debian's dataset-fashion-mnist).
func TestTuneFashion(t *testing.T) {
	if os.Getenv("COHORT_FASHION_TUNE") == "" {
		t.Skip("set COHORT_FASHION_TUNE=1 to grid-search the Fashion-MNIST preset on validation data")
	}
	train, _, err := dataset.LoadFashionMNIST("")
	if err != nil {
		t.Fatal(err)
	}
	sub := train.Subset(dataset.PartitionIID(train.N, 5, 1)[0])
	fit, val, err := fl.CarveValidation(sub, 1)
	if err != nil {
		t.Fatal(err)
	}
	for _, lr := range []float64{0.0005, 0.001, 0.003} {
		for _, epochs := range []int{1, 2} {
			cfg := fl.PresetFor(fl.DatasetFashionMNIST, fl.KindMLP, fl.PartitionIID).SimConfig(fit, val)
			cfg.Train.LR, cfg.Train.Epochs, cfg.Rounds, cfg.CentralizedEpochs = lr, epochs, 10, -1
			res, err := fl.Simulate(context.Background(), cfg)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("adam lr %g, %d local epochs: validation accuracy %.4f after 10 rounds (round 5: %.4f)", lr, epochs, res.Final.Accuracy, res.PerRound[4].Accuracy)
		}
	}
}
