package bench

import (
	"bufio"
	"context"
	"encoding/csv"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/cohort-net/cohort/internal/dataset"
	"github.com/cohort-net/cohort/internal/fl"
)

// flSetSeeds are the seeds (splits, partitions, initializations) every sets entry averages over.
var flSetSeeds = []uint64{1, 2, 3}

// flSet is one data set of the sets group: a bundled name or a CSV path, with its label column.
type flSet struct{ name, source, label string }

// flSetRun is one seed of one set: the federated and centralized test accuracies.
type flSetRun struct {
	fed, central float64
	rounds       int
	baseline     fl.BaselineStats
}

// runFLSet trains set with the task defaults `cohort devnet --data SET --nodes 10` would use (fl.Defaults
// for its name and the default model kind, 10 IID trainers) on dataset.LoadSource's split for seed,
// beside the converged centralized baseline (fl.TrainBaseline) on the same split. tweak, when set,
// changes the simulation before it runs (tuning).
func runFLSet(ctx context.Context, set flSet, seed uint64, tweak func(*fl.SimConfig)) (flSetRun, error) {
	train, test, name, err := dataset.LoadSource(set.source, set.label, "", seed)
	if err != nil {
		return flSetRun{}, err
	}
	sc := dataset.FitScaler(train)
	train, test = sc.Apply(train), sc.Apply(test)
	return simFLSet(ctx, name, train, test, seed, tweak)
}

// simFLSet is runFLSet on a split already made and standardized.
func simFLSet(ctx context.Context, name string, train, test *dataset.Dataset, seed uint64, tweak func(*fl.SimConfig)) (flSetRun, error) {
	kind := fl.KindSoftmax
	if train.NumClasses() == 2 {
		kind = fl.KindLogReg
	}
	p := fl.PresetFor(name, kind, fl.PartitionIID)
	p.Seed, p.Clients = seed, 10
	cfg := p.SimConfig(train, test)
	if tweak != nil {
		tweak(&cfg)
	}
	res, err := fl.Simulate(ctx, cfg)
	if err != nil {
		return flSetRun{}, fmt.Errorf("%s seed %d: %w", name, seed, err)
	}
	return flSetRun{fed: res.Final.Accuracy, central: res.Centralized.Accuracy, rounds: res.Rounds, baseline: res.Baseline}, nil
}

// flSets lists the sets of the group: the bundled breast_cancer and digits, then every *.csv in dir
// (sorted; the label is the last column), as scripts/export-sets.sh writes them.
func flSets(dir string) ([]flSet, error) {
	sets := []flSet{{name: "breast_cancer", source: "breast_cancer"}, {name: "digits", source: "digits"}}
	if dir == "" {
		return sets, nil
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.csv"))
	if err != nil {
		return nil, err
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("--sets %s: no .csv files", dir)
	}
	slices.Sort(paths)
	for _, p := range paths {
		label, err := lastColumn(p)
		if err != nil {
			return nil, err
		}
		sets = append(sets, flSet{name: strings.TrimSuffix(filepath.Base(p), ".csv"), source: p, label: label})
	}
	return sets, nil
}

// lastColumn returns the name of a CSV file's last header column.
func lastColumn(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h, err := csv.NewReader(bufio.NewReader(f)).Read()
	if err != nil {
		return "", fmt.Errorf("%s: header: %w", path, err)
	}
	return h[len(h)-1], nil
}

// runFLSets is the sets group of `cohort bench fl`: every set, 10 IID trainers with the default
// settings, mean ± sd over flSetSeeds of the federated and the converged centralized accuracy, and a
// summary entry with the share of sets whose mean gap is at most 2 points (issue 15's target: 80 %).
func runFLSets(ctx context.Context, log *slog.Logger, dir string) ([]Result, error) {
	sets, err := flSets(dir)
	if err != nil {
		return nil, err
	}
	var out []Result
	met := 0
	for _, s := range sets {
		var fed, central, gaps, rounds, epochs []float64
		for _, seed := range flSetSeeds {
			r, err := runFLSet(ctx, s, seed, nil)
			if err != nil {
				return nil, err
			}
			log.Info("set", "bench", "fl_sets", "set", s.name, "seed", seed, "federated", r.fed, "centralized", r.central)
			fed, central = append(fed, r.fed), append(central, r.central)
			gaps = append(gaps, 100*(r.central-r.fed))
			rounds, epochs = append(rounds, float64(r.rounds)), append(epochs, float64(r.baseline.Epochs))
		}
		fm, fsd := meanSD(fed)
		cm, csd := meanSD(central)
		gm, gsd := meanSD(gaps)
		rm, _ := meanSD(rounds)
		em, _ := meanSD(epochs)
		ok := gm <= 2
		if ok {
			met++
		}
		out = append(out, Result{
			Name: "set_" + s.name,
			Metrics: map[string]any{
				"federated_accuracy": roundTo(fm, 4), "federated_accuracy_sd": roundTo(fsd, 4),
				"centralized_accuracy": roundTo(cm, 4), "centralized_accuracy_sd": roundTo(csd, 4),
				"gap_points": roundTo(gm, 3), "gap_points_sd": roundTo(gsd, 3), "seeds": len(flSetSeeds),
				"rounds": rm, "centralized_epochs": roundTo(em, 1), "clients": 10, "meets_target": ok,
			},
			Compare: "a centralized model of the same kind on the same split, trained to convergence (L2 chosen on a validation split of the training rows)",
			Target:  "federated within 2 accuracy points of centralized (mean over seeds)",
		})
	}
	share := float64(met) / float64(len(sets))
	out = append(out, Result{
		Name:    "sets_summary",
		Metrics: map[string]any{"sets": len(sets), "sets_within_2_points": met, "share": roundTo(share, 3), "meets_target": share >= 0.8},
		Compare: "one entry per set above",
		Target:  "federated within 2 points of a converged centralized model on at least 80 % of sets (10 trainers, IID, default settings)",
	})
	return out, nil
}
