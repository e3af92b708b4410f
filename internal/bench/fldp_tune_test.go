package bench

import (
	"context"
	"fmt"
	"os"
	"sort"
	"testing"

	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/dp"
	"github.com/cohort-net/cohort/internal/fl"
)

// TestTuneDP searches the DP-SGD hyperparameters of fl.DPDefaults on validation data only: each seed's
// training split (the same 80/20 split flDPBreastCancer draws) is split again 80/20, the scaler is
// fitted on the inner training part, and configurations are ranked by mean validation accuracy over
// flDPSeeds. The test split is never read. Run with COHORT_DP_TUNE=1 (minutes).
func TestTuneDP(t *testing.T) {
	if os.Getenv("COHORT_DP_TUNE") == "" {
		t.Skip("set COHORT_DP_TUNE=1 to search DP-SGD hyperparameters")
	}
	d, err := loadBundledCSV("", "breast_cancer.csv", "malignant")
	if err != nil {
		t.Fatal(err)
	}
	tuneSeeds := []uint64{1, 2, 3, 4, 5}
	type split struct{ train, val *dataset.Dataset }
	var splits []split
	for _, seed := range tuneSeeds {
		train, _, err := dataset.StratifiedSplit(d, 0.2, seed)
		if err != nil {
			t.Fatal(err)
		}
		tr, val, err := dataset.StratifiedSplit(train, 0.2, seed+100)
		if err != nil {
			t.Fatal(err)
		}
		sc := dataset.FitScaler(tr)
		splits = append(splits, split{sc.Apply(tr), sc.Apply(val)})
	}
	var runs []dpRun
	for _, q := range []float64{0.1, 0.25, 0.5, 1} {
		for _, c := range []float64{0.1, 0.5, 2} {
			for _, lr := range []float64{0.1, 0.5, 1, 2} {
				for _, mom := range []float64{0, 0.5, 0.9} {
					for _, ep := range []int{1, 2} {
						for _, rounds := range []int{3, 5, 10, 20} {
							runs = append(runs, dpRun{Rounds: rounds, Train: fl.TrainConfig{Optimizer: fl.OptSGD, LR: lr, Momentum: mom,
								Epochs: ep, BatchSize: 32, DP: fl.DPSGD{Clip: c, SampleRate: q}}})
						}
					}
				}
			}
		}
	}
	sigmas := map[[3]float64]float64{} // (q, steps, ε) -> σ
	for _, eps := range append([]float64{0}, flDPEpsilons...) {
		type scored struct {
			run dpRun
			acc float64
		}
		var res []scored
		for _, run := range runs {
			if eps == 0 && (run.Train.DP.Clip != 2 || run.Train.DP.SampleRate != 0.1 || run.Train.Momentum == 0.5) {
				continue
			}
			key := [3]float64{run.Train.DP.SampleRate, float64(run.Rounds * run.Train.Epochs * run.Train.DP.StepsPerEpoch()), eps}
			sum := 0.0
			for i, s := range splits {
				cfg, err := dpSimConfig(run, 0, flDPDelta, tuneSeeds[i], s.train, s.val)
				if err != nil {
					t.Fatal(err)
				}
				if eps > 0 {
					sg, ok := sigmas[key]
					if !ok {
						if sg, err = dp.NoiseFor(eps, flDPDelta, key[0], int(key[1])); err != nil {
							t.Fatal(err)
						}
						sigmas[key] = sg
					}
					cfg.Train.DP.NoiseMultiplier = sg
				}
				if eps == 0 {
					cfg.Train.DP = fl.DPSGD{}
				}
				r, err := fl.Simulate(context.Background(), cfg)
				if err != nil {
					sum = -1e9
					break
				}
				sum += r.Final.Accuracy
			}
			res = append(res, scored{run, sum / float64(len(splits))})
			_ = 0
		}
		sort.SliceStable(res, func(i, j int) bool { return res[i].acc > res[j].acc })
		for _, r := range res[:min(12, len(res))] {
			tr := r.run.Train
			fmt.Printf("eps %g: val %.4f  q %g C %g lr %g mom %g epochs %d rounds %d\n", eps, r.acc, tr.DP.SampleRate, tr.DP.Clip, tr.LR, tr.Momentum, tr.Epochs, r.run.Rounds)
		}
	}
}
