package fl

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"time"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/bench"
	"github.com/cohort-net/cohort/internal/dataset"
)

// BenchOptions configures RunBenchmark.
type BenchOptions struct {
	// Quick shrinks every entry (Fashion-MNIST: a 3,000-image subset, 2 rounds) so a test can smoke-run
	// the suite in seconds; its accuracies say nothing about the targets.
	Quick bool
	// DataDir holds breast_cancer.csv (when empty: ./datasets or the nearest enclosing one); FashionDir the Fashion-MNIST IDX files
	// (dataset.DefaultFashionMNISTDir when empty). Fashion-MNIST entries are skipped when absent.
	DataDir, FashionDir string
	Log                 *slog.Logger // progress per round at Info; nil: silent
}

// RunBenchmark runs the federated-learning accuracy suite of issue 2: breast cancer logistic regression
// with 10 clients on Dirichlet(0.5), and the Fashion-MNIST 784-128-10 MLP with 20 clients, IID and
// Dirichlet(0.5), each beside a centralized model on the same split; plus the MLP's training speed.
func RunBenchmark(ctx context.Context, opts BenchOptions) ([]bench.Result, error) {
	log := opts.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if opts.DataDir == "" {
		opts.DataDir = findDataDir()
	}
	var out []bench.Result

	d, err := dataset.LoadCSVFile(filepath.Join(opts.DataDir, "breast_cancer.csv"), "malignant")
	if err != nil {
		return nil, err
	}
	train, test, err := dataset.StratifiedSplit(d, 0.2, 1)
	if err != nil {
		return nil, err
	}
	sc := dataset.FitScaler(train)
	train, test = sc.Apply(train), sc.Apply(test)
	p := PresetFor(DatasetBreastCancer, KindLogReg, PartitionDirichlet)
	r, err := simEntry(ctx, log, "breast_cancer_logreg_dirichlet0.5", p.SimConfig(train, test), 0)
	if err != nil {
		return nil, err
	}
	r.Compare = "centralized logistic regression on the same 80/20 split (scikit-learn reference about 0.981)"
	r.Target = "federated within 1.0 accuracy point of centralized"
	r.Metrics["meets_target"] = r.Metrics["gap_points"].(float64) <= 1.0
	out = append(out, r)

	ftrain, ftest, err := dataset.LoadFashionMNIST(opts.FashionDir)
	if cohort.Code(err) == cohort.ENotFound {
		log.Warn("Fashion-MNIST entries skipped", "err", err)
		return append(out, bench.Result{Name: "fashion_mnist_mlp", Metrics: map[string]any{"skipped": err.Error()}}), nil
	}
	if err != nil {
		return nil, err
	}
	rounds := 0
	if opts.Quick {
		ftrain = ftrain.Subset(dataset.PartitionIID(ftrain.N, 20, 1)[0])
		ftest = ftest.Subset(dataset.PartitionIID(ftest.N, 10, 1)[0])
		rounds = 2
	}

	// Training speed: one epoch of the MLP on the whole training set, one goroutine.
	fp := PresetFor(DatasetFashionMNIST, KindMLP, PartitionIID)
	cfg := fp.SimConfig(ftrain, ftest)
	m, err := InitialModel(cfg.Spec, 1)
	if err != nil {
		return nil, err
	}
	tc := cfg.Train
	tc.Epochs = 1
	bench.ResetPeakRSS()
	t0 := time.Now()
	if _, err := Train(ctx, m, ftrain, tc); err != nil {
		return nil, err
	}
	epoch := time.Since(t0).Seconds()
	out = append(out, bench.Result{
		Name: "fashion_mnist_mlp_epoch",
		Metrics: map[string]any{
			"epoch_s": round3(epoch), "images": ftrain.N, "images_per_s": math.Round(float64(ftrain.N) / epoch),
			"optimizer": tc.Optimizer, "batch_size": tc.BatchSize, "peak_rss_mb": round3(bench.PeakRSSMB()),
		},
		Compare: "one goroutine, pure Go float64, no SIMD",
		Target:  "one epoch over 60,000 images in a few seconds",
	})

	// One centralized baseline serves both partitions: same data, configuration and seed.
	ctc := cfg.Train
	ctc.Epochs = 10
	if rounds > 0 {
		ctc.Epochs = 1
	}
	cm, err := TrainCentralized(ctx, cfg.Spec, ftrain, ctc, cfg.Seed)
	if err != nil {
		return nil, err
	}
	central := Evaluate(cm, ftest)
	log.Info("centralized baseline", "bench", "fashion_mnist_mlp", "epochs", ctc.Epochs, "accuracy", central.Accuracy)

	for _, part := range []string{PartitionIID, PartitionDirichlet} {
		fp := PresetFor(DatasetFashionMNIST, KindMLP, part)
		cfg := fp.SimConfig(ftrain, ftest)
		cfg.CentralizedEpochs = -1
		if rounds > 0 {
			cfg.Rounds = rounds
		}
		name, target := "fashion_mnist_mlp_iid", 0.87
		if part == PartitionDirichlet {
			name, target = "fashion_mnist_mlp_dirichlet0.5", 0.84
		}
		r, err := simEntry(ctx, log, name, cfg, target)
		if err != nil {
			return nil, err
		}
		fed := r.Metrics["federated_accuracy"].(float64)
		r.Metrics["centralized_accuracy"] = round4(central.Accuracy)
		r.Metrics["centralized_epochs"] = ctc.Epochs
		r.Metrics["gap_points"] = round3(100 * (central.Accuracy - fed))
		r.Compare = "centralized MLP on the same data, same optimizer (scikit-learn MLP reference about 0.877)"
		r.Target = fmt.Sprintf(">= %.2f test accuracy within 30 rounds", target)
		r.Metrics["meets_target"] = r.Metrics["federated_accuracy"].(float64) >= target && cfg.Rounds <= 30
		out = append(out, r)
	}
	return out, nil
}

func simEntry(ctx context.Context, log *slog.Logger, name string, cfg SimConfig, target float64) (bench.Result, error) {
	bench.ResetPeakRSS()
	t0 := time.Now()
	first := 0
	cfg.OnRound = func(round int, m Metrics) {
		if target > 0 && first == 0 && m.Accuracy >= target {
			first = round
		}
		log.Info("round", "bench", name, "round", round, "accuracy", m.Accuracy, "log_loss", m.LogLoss, "elapsed", time.Since(t0).Round(time.Millisecond))
	}
	res, err := Simulate(ctx, cfg)
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return bench.Result{}, err
		}
		return bench.Result{}, fmt.Errorf("bench %s: %w", name, err)
	}
	wall := time.Since(t0).Seconds()
	met := map[string]any{
		"federated_accuracy":   round4(res.Final.Accuracy),
		"centralized_accuracy": round4(res.Centralized.Accuracy),
		"gap_points":           round3(100 * (res.Centralized.Accuracy - res.Final.Accuracy)),
		"federated_log_loss":   round4(res.Final.LogLoss),
		"rounds":               cfg.Rounds,
		"clients":              cfg.Clients,
		"model":                cfg.Spec.String(),
		"strategy":             cfg.Strategy.Name,
		"local_epochs":         cfg.Train.Epochs,
		"optimizer":            cfg.Train.Optimizer,
		"wall_s":               round3(wall),
		"peak_rss_mb":          round3(bench.PeakRSSMB()),
	}
	if target > 0 {
		met["first_round_at_target"] = first
	}
	if res.Final.AUC != nil {
		met["federated_auc"] = round4(*res.Final.AUC)
	}
	return bench.Result{Name: name, Metrics: met}, nil
}

func findDataDir() string {
	dir, err := os.Getwd()
	if err != nil {
		return "datasets"
	}
	for {
		p := filepath.Join(dir, "datasets")
		if _, err := os.Stat(filepath.Join(p, "breast_cancer.csv")); err == nil {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "datasets"
		}
		dir = parent
	}
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }
func round4(x float64) float64 { return math.Round(x*10000) / 10000 }
