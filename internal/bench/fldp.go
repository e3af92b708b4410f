package bench

import (
	"context"
	"fmt"
	"log/slog"
	"math"

	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/dp"
	"github.com/cohort-net/cohort/internal/fl"
)

// DP benchmark settings: the privacy levels of issue 13 and the seeds each is measured over.
var (
	flDPEpsilons = []float64{1, 3, 8}
	flDPSeeds    = []uint64{1, 2, 3}
)

const flDPDelta = 1e-5

// dpRun is one record-level DP-SGD configuration of the breast cancer federation: the preset's 10
// Dirichlet(0.5) clients, with local training replaced by DP-SGD.
type dpRun struct {
	Train  fl.TrainConfig // DP.NoiseMultiplier is solved from the budget
	Rounds int
}

// dpSimConfig returns the simulation of run at (epsilon, delta) on train and eval, and the noise
// multiplier solved for it: every record is in one client's data, and that client runs
// Rounds*Epochs*StepsPerEpoch sampled Gaussian steps over it.
func dpSimConfig(run dpRun, epsilon, delta float64, seed uint64, train, eval *dataset.Dataset) (fl.SimConfig, error) {
	p := fl.PresetFor(fl.DatasetBreastCancer, fl.KindLogReg, fl.PartitionDirichlet)
	cfg := p.SimConfig(train, eval)
	cfg.Seed, cfg.Rounds, cfg.Train, cfg.CentralizedEpochs = seed, run.Rounds, run.Train, -1
	if epsilon > 0 {
		steps := run.Rounds * run.Train.Epochs * run.Train.DP.StepsPerEpoch()
		sigma, err := dp.NoiseFor(epsilon, delta, run.Train.DP.SampleRate, steps)
		if err != nil {
			return cfg, fmt.Errorf("noise for ε %v: %w", epsilon, err)
		}
		cfg.Train.DP.NoiseMultiplier = sigma
	}
	return cfg, nil
}

// flDPBreastCancer is the accuracy-against-ε entry: for each ε, the mean and standard deviation over
// flDPSeeds of the test accuracy of record-level DP-SGD (fl.DPDefaults), beside the preset's
// non-private accuracy on the same splits. Each seed draws its own 80/20 split, partition and noise.
func flDPBreastCancer(ctx context.Context, log *slog.Logger, dataDir string) ([]Result, error) {
	d, err := loadBundledCSV(dataDir, "breast_cancer.csv", "malignant")
	if err != nil {
		return nil, err
	}
	var nonPrivate []float64
	private := make([][]float64, len(flDPEpsilons))
	var sigmas []float64
	for _, seed := range flDPSeeds {
		train, test, err := dataset.StratifiedSplit(d, 0.2, seed)
		if err != nil {
			return nil, err
		}
		sc := dataset.FitScaler(train)
		train, test = sc.Apply(train), sc.Apply(test)
		p := fl.PresetFor(fl.DatasetBreastCancer, fl.KindLogReg, fl.PartitionDirichlet)
		base := p.SimConfig(train, test)
		base.Seed, base.CentralizedEpochs = seed, -1
		res, err := fl.Simulate(ctx, base)
		if err != nil {
			return nil, fmt.Errorf("bench breast cancer non-private, seed %d: %w", seed, err)
		}
		nonPrivate = append(nonPrivate, res.Final.Accuracy)
		for i, eps := range flDPEpsilons {
			run := fl.DPDefaults(fl.DatasetBreastCancer, eps)
			cfg, err := dpSimConfig(dpRun{Train: run.Train, Rounds: run.Rounds}, eps, flDPDelta, seed, train, test)
			if err != nil {
				return nil, err
			}
			res, err := fl.Simulate(ctx, cfg)
			if err != nil {
				return nil, fmt.Errorf("bench breast cancer dp ε %v, seed %d: %w", eps, seed, err)
			}
			private[i] = append(private[i], res.Final.Accuracy)
			if seed == flDPSeeds[0] {
				sigmas = append(sigmas, cfg.Train.DP.NoiseMultiplier)
			}
			log.Info("dp-sgd", "bench", "breast_cancer_dp", "epsilon", eps, "seed", seed, "sigma", cfg.Train.DP.NoiseMultiplier, "accuracy", res.Final.Accuracy)
		}
	}
	npMean, npSD := meanSD(nonPrivate)
	out := make([]Result, len(flDPEpsilons))
	for i, eps := range flDPEpsilons {
		run := fl.DPDefaults(fl.DatasetBreastCancer, eps)
		m, sd := meanSD(private[i])
		steps := run.Rounds * run.Train.Epochs * run.Train.DP.StepsPerEpoch()
		out[i] = Result{
			Name: fmt.Sprintf("breast_cancer_logreg_dp_eps%g", eps),
			Metrics: map[string]any{
				"epsilon": eps, "delta": flDPDelta, "accuracy": roundTo(m, 4), "accuracy_sd": roundTo(sd, 4),
				"nonprivate_accuracy": roundTo(npMean, 4), "nonprivate_accuracy_sd": roundTo(npSD, 4),
				"gap_points": roundTo(100*(npMean-m), 3), "seeds": len(flDPSeeds),
				"noise_multiplier": roundTo(sigmas[i], 4), "clip": run.Train.DP.Clip, "sample_rate": run.Train.DP.SampleRate,
				"steps": steps, "rounds": run.Rounds, "local_epochs": run.Train.Epochs, "lr": run.Train.LR, "clients": 10,
			},
			Compare: "the preset's non-private federation on the same splits (10 Dirichlet(0.5) clients); feature standardization is fitted on the training split without noise",
			Target:  "record-level ε = 3, δ = 1e-5: within 3 accuracy points of non-private",
		}
		if eps == 3 {
			out[i].Metrics["meets_target"] = 100*(npMean-m) <= 3
		}
	}
	return out, nil
}

// meanSD returns the mean and the sample standard deviation.
func meanSD(xs []float64) (float64, float64) {
	m := 0.0
	for _, x := range xs {
		m += x
	}
	m /= float64(len(xs))
	if len(xs) < 2 {
		return m, 0
	}
	s := 0.0
	for _, x := range xs {
		s += (x - m) * (x - m)
	}
	return m, math.Sqrt(s / float64(len(xs)-1))
}
