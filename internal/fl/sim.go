package fl

import (
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"sync"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/dataset"
)

// Partitions.
const (
	PartitionIID       = "iid"
	PartitionDirichlet = "dirichlet"
	// PartitionTime gives each client one contiguous block of rows, in order: for rows in time order
	// (a time series' windows), client i holds the i-th period, as stations or years would.
	PartitionTime = "time"
)

// SimConfig configures an in-process federated run.
type SimConfig struct {
	Spec      ModelSpec
	Train     TrainConfig // clients' local training; Seed is replaced per client and round (ClientConfig)
	Strategy  StrategyConfig
	Clients   int
	Rounds    int
	Partition string  // iid|dirichlet
	Alpha     float64 // dirichlet concentration
	Seed      uint64  // task seed: model init, partition, client seeds
	// Data already split and standardized by the caller.
	TrainSet, TestSet *dataset.Dataset
	// CentralizedEpochs for the baseline: 0 trains it to convergence (TrainBaseline, with a validation
	// split carved from TrainSet); > 0 trains that many epochs; < 0 skips it.
	CentralizedEpochs int
	// Stop, when set, makes Rounds a cap: the run stops once the global model's log-loss on ValSet
	// plateaus (Stop.Max, when set, lowers the cap). ValSet must then be rows kept out of TrainSet
	// (CarveValidation), never the test set.
	Stop    *EarlyStop
	ValSet  *dataset.Dataset
	OnRound func(round int, m Metrics) // optional progress, called after each round
}

// SimResult is a simulation's outcome.
type SimResult struct {
	Final       Metrics
	PerRound    []Metrics
	Centralized Metrics
	Baseline    BaselineStats // how the centralized baseline converged (CentralizedEpochs 0)
	Model       *Model        // the final global model
	Rounds      int           // the rounds run (fewer than SimConfig.Rounds when Stop ended the run)
}

// ClientName is the client id Simulate gives client i.
func ClientName(i int) string { return fmt.Sprintf("client-%03d", i) }

// Partitions returns the row indices of every client of cfg, as Simulate splits cfg.TrainSet.
func Partitions(cfg SimConfig) ([][]int, error) {
	switch cfg.Partition {
	case PartitionIID, "":
		return dataset.PartitionIID(cfg.TrainSet.N, cfg.Clients, cfg.Seed), nil
	case PartitionDirichlet:
		return dataset.PartitionDirichlet(cfg.TrainSet.Y, cfg.Spec.Classes, cfg.Clients, cfg.Alpha, cfg.Seed)
	case PartitionTime:
		n, k := cfg.TrainSet.N, cfg.Clients
		parts := make([][]int, k)
		for i := range parts {
			for r := i * n / k; r < (i+1)*n/k; r++ {
				parts[i] = append(parts[i], r)
			}
		}
		return parts, nil
	}
	return nil, cohort.Errorf(cohort.EInvalid, "partition %q: want iid|dirichlet|time", cfg.Partition)
}

// InitialModel returns the global model of round 0: NewModel(spec, seed) rounded to float32, as the
// network would send it.
func InitialModel(spec ModelSpec, seed uint64) (*Model, error) {
	m, err := NewModel(spec, seed)
	if err != nil {
		return nil, err
	}
	RoundFloat32(m.Params)
	return m, nil
}

// Simulate runs a federated task in process. Every round, each client starts from the global
// parameters, trains cfg.Train.Epochs epochs on its partition with ClientConfig(cfg.Train, cfg.Strategy,
// cfg.Seed, round, ClientName(i)), and sends Delta = local - global rounded to float32; the strategy
// aggregates the updates and the new global parameters are rounded to float32. Rounds are numbered
// from 1. Clients train in parallel; the result does not depend on scheduling.
func Simulate(ctx context.Context, cfg SimConfig) (*SimResult, error) {
	if err := cfg.Spec.Validate(); err != nil {
		return nil, err
	}
	if err := cfg.Train.Validate(); err != nil {
		return nil, err
	}
	if cfg.Clients < 1 || cfg.Clients > 100000 || cfg.Rounds < 1 {
		return nil, cohort.Errorf(cohort.EInvalid, "simulate: %d clients, %d rounds", cfg.Clients, cfg.Rounds)
	}
	if err := checkData(cfg.Spec, cfg.TrainSet); err != nil {
		return nil, fmt.Errorf("training set: %w", err)
	}
	if err := checkData(cfg.Spec, cfg.TestSet); err != nil {
		return nil, fmt.Errorf("test set: %w", err)
	}
	var plateau *Plateau
	if cfg.Stop != nil {
		if err := checkData(cfg.Spec, cfg.ValSet); err != nil {
			return nil, fmt.Errorf("validation set (needed by automatic rounds): %w", err)
		}
		plateau = NewPlateau(*cfg.Stop, cfg.Rounds)
	}
	strat, err := NewStrategy(cfg.Strategy)
	if err != nil {
		return nil, err
	}
	if ag, ok := strat.(*Aggregator); ok && cfg.Strategy.DPNoise > 0 {
		ag.SetNoise(rand.New(rand.NewPCG(cfg.Seed, 0x3c6ef372fe94f82b))) // a simulation has no secrets
	}
	parts, err := Partitions(cfg)
	if err != nil {
		return nil, err
	}
	for i, p := range parts {
		if len(p) == 0 {
			return nil, cohort.Errorf(cohort.EInvalid, "simulate: client %d has no rows (fewer rows than clients?)", i)
		}
	}
	global, err := InitialModel(cfg.Spec, cfg.Seed)
	if err != nil {
		return nil, err
	}
	res := &SimResult{}
	workers := min(runtime.GOMAXPROCS(0), cfg.Clients)
	locals := make([]*Model, workers)
	for w := range locals {
		locals[w] = global.Clone()
	}
	updates := make([]Update, cfg.Clients)
	for round := 1; round <= cfg.Rounds; round++ {
		errs := make([]error, cfg.Clients)
		var wg sync.WaitGroup
		next := make(chan int)
		for w := range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				local := locals[w]
				for i := range next {
					name := ClientName(i)
					copy(local.Params, global.Params)
					tc := ClientConfig(cfg.Train, cfg.Strategy, cfg.Seed, round, name)
					if _, err := trainRows(ctx, local, cfg.TrainSet, parts[i], tc); err != nil {
						errs[i] = fmt.Errorf("round %d, %s: %w", round, name, err)
						continue
					}
					delta := make([]float64, len(global.Params))
					for k, v := range local.Params {
						delta[k] = v - global.Params[k]
					}
					RoundFloat32(delta)
					updates[i] = Update{Client: name, Delta: delta, Samples: len(parts[i])}
				}
			}()
		}
		for i := range cfg.Clients {
			next <- i
		}
		close(next)
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				return nil, err
			}
		}
		p, err := strat.Aggregate(global.Params, updates)
		if err != nil {
			return nil, fmt.Errorf("round %d: %w", round, err)
		}
		RoundFloat32(p)
		global.Params = p
		met := Evaluate(global, cfg.TestSet)
		res.PerRound = append(res.PerRound, met)
		if cfg.OnRound != nil {
			cfg.OnRound(round, met)
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if plateau != nil && plateau.Add(Evaluate(global, cfg.ValSet).LogLoss) {
			break
		}
	}
	res.Final = res.PerRound[len(res.PerRound)-1]
	res.Model = global
	res.Rounds = len(res.PerRound)
	if cfg.CentralizedEpochs >= 0 {
		if err := simBaseline(ctx, cfg, res); err != nil {
			return nil, err
		}
	}
	return res, nil
}

// simBaseline trains Simulate's centralized baseline and records it in res.
func simBaseline(ctx context.Context, cfg SimConfig, res *SimResult) error {
	var cm *Model
	var err error
	if cfg.CentralizedEpochs == 0 {
		cm, res.Baseline, err = TrainBaseline(ctx, cfg.Spec, cfg.TrainSet, cfg.Train, cfg.Seed, EarlyStop{})
	} else {
		tc := cfg.Train
		tc.ProxMu, tc.Adapt, tc.Epochs = 0, false, cfg.CentralizedEpochs
		cm, err = TrainCentralized(ctx, cfg.Spec, cfg.TrainSet, tc, cfg.Seed)
	}
	if err != nil {
		return fmt.Errorf("centralized baseline: %w", err)
	}
	res.Centralized = Evaluate(cm, cfg.TestSet)
	return nil
}

// CarveValidation splits off DefaultValFraction of train, stratified and seeded, as the validation
// set automatic rounds watch: the rest trains. Test rows never enter it.
func CarveValidation(train *dataset.Dataset, seed uint64) (rest, val *dataset.Dataset, err error) {
	keep, held, err := CarveValidationIndices(train, seed)
	if err != nil {
		return nil, nil, err
	}
	return train.Subset(keep), train.Subset(held), nil
}

// CarveValidationIndices is CarveValidation as the sorted row indices of each side.
func CarveValidationIndices(train *dataset.Dataset, seed uint64) (rest, val []int, err error) {
	rest, val, err = dataset.StratifiedIndices(train.Y, train.NumClasses(), DefaultValFraction, seed^0x6a09e667f3bcc909)
	if err != nil {
		return nil, nil, fmt.Errorf("carving a validation split from the training rows: %w", err)
	}
	return rest, val, nil
}

// TrainCentralized trains spec on the whole training set from NewModel(spec, seed) with cfg (its Seed
// replaced by seed): the baseline a federation is compared with.
func TrainCentralized(ctx context.Context, spec ModelSpec, train *dataset.Dataset, cfg TrainConfig, seed uint64) (*Model, error) {
	m, err := InitialModel(spec, seed)
	if err != nil {
		return nil, err
	}
	cfg.Seed = seed
	if _, err := Train(ctx, m, train, cfg); err != nil {
		return nil, err
	}
	return m, nil
}
