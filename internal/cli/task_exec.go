package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/cohort-net/cohort/internal/artifact"
	"github.com/cohort-net/cohort/internal/executor"
	"github.com/cohort-net/cohort/internal/task"
)

// Gas of the market's steps on the mainnet-like config (`cohort bench chain`, contracts/README.md):
// the dry run's estimates multiply them by the task's counts.
const (
	gasPublish     = 142_098
	gasBid         = 89_896
	gasSelect      = 252_755
	gasCommitRound = 73_104
	gasAttest      = 73_077
	gasSettleNode  = 38_882
	gasWithdraw    = 55_265
	dryRunQuorum   = 3 // validators a task needs attesting
)

// execDryRunReport is what `task submit --dry-run` reports of an executor task.
type execDryRunReport struct {
	DryRun      bool             `json:"dry_run"`
	Name        string           `json:"name"`
	SpecCID     string           `json:"spec_cid"`
	Command     []string         `json:"command"`
	ShardRows   int              `json:"shard_rows"`
	DataRows    int              `json:"data_rows"`
	WallS       float64          `json:"wall_s"`
	CPUS        float64          `json:"cpu_s"`
	PeakMemMB   float64          `json:"peak_memory_mb"`
	Outputs     map[string]int   `json:"outputs"` // bytes
	Metrics     json.RawMessage  `json:"metrics,omitempty"`
	Limits      task.ExecLimits  `json:"limits"`
	Limit       string           `json:"limit,omitempty"` // the limit the run went over
	Error       string           `json:"error,omitempty"`
	Nodes       int              `json:"nodes"`
	Epochs      int              `json:"epochs"`
	NodeHours   float64          `json:"node_hours"` // projected: epochs x this run's wall time x nodes
	MaxCost     string           `json:"max_cost_tokens"`
	Gas         map[string]int64 `json:"gas"`
	GasTotal    int64            `json:"gas_total"`
	GasEstimate string           `json:"gas_basis"`
}

// execDryRun runs an executor task's script here, once, on the shard of the publisher's data one node
// would get, under the task's limits, and reports what it measured, the full run's projection and the
// gas of its transactions. Nothing is stored or sent. A run over a limit is reported with the limit and
// makes the command fail.
func (a *app) execDryRun(ctx context.Context, f *task.File, path string) error {
	e := f.Executor
	rel := func(p string) string {
		if filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(filepath.Dir(path), p)
	}
	if e.Data.File == "" {
		return usagef("dry run: executor.data.file names no local data to run on")
	}
	data, err := os.ReadFile(rel(e.Data.File))
	if err != nil {
		return usagef("dry run: executor.data.file: %v", err)
	}
	shard, rows, total := executor.Shard(data, f.Market.MaxNodes, 0)
	job := executor.Job{Command: e.Command, Outputs: e.Outputs, Env: e.Env, Limits: limitsOf(e.Limits),
		Inputs: []executor.Input{{Name: e.Data.Name, Data: bytes.NewReader(shard)}}}
	for _, in := range e.Inputs {
		if in.File == "" {
			return usagef("dry run: input %s is named by CID only: give its file", in.Name)
		}
		b, err := os.ReadFile(rel(in.File))
		if err != nil {
			return usagef("dry run: input %s: %v", in.Name, err)
		}
		job.Inputs = append(job.Inputs, executor.Input{Name: in.Name, Data: bytes.NewReader(b)})
	}
	dir, err := os.MkdirTemp("", "cohort-dry-run-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	r, err := executor.New(executor.Config{Dir: dir, Hide: []string{a.home}})
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stderr, "dry run: %s on %d of %d rows (the shard of 1 of %d nodes), limits cpu %s, wall %s, memory %d MB, output %d MB\n",
		strings.Join(e.Command, " "), rows, total, f.Market.MaxNodes, e.Limits.CPUTime.D(), e.Limits.WallTime.D(), e.Limits.MemoryMB, e.Limits.OutputMB)
	res, runErr := r.Run(ctx, job)
	rep := dryRunReport(f, res, runErr, rows, total)
	if a.json {
		if err := a.printJSON(rep); err != nil {
			return err
		}
	} else {
		a.printDryRun(rep)
	}
	return runErr
}

func limitsOf(l task.ExecLimits) executor.Limits {
	return executor.Limits{CPU: l.CPUTime.D(), Wall: l.WallTime.D(), Memory: int64(l.MemoryMB) << 20, Output: int64(l.OutputMB) << 20}
}

func dryRunReport(f *task.File, res *executor.Result, runErr error, rows, total int) execDryRunReport {
	e := f.Executor
	n := f.Market.MaxNodes
	rep := execDryRunReport{DryRun: true, Name: f.Name, SpecCID: artifact.String(artifact.RawCID(f.Canonical())), Command: e.Command,
		ShardRows: rows, DataRows: total, Limits: e.Limits, Nodes: n, Epochs: e.Epochs, Outputs: map[string]int{},
		GasEstimate: "contracts/README.md's measured gas per step (mainnet-like config)"}
	var le *executor.LimitError
	if errors.As(runErr, &le) {
		rep.Limit = le.Limit
	}
	if runErr != nil {
		rep.Error = runErr.Error()
	}
	if res != nil {
		rep.WallS, rep.CPUS, rep.PeakMemMB = res.Wall.Seconds(), res.CPU.Seconds(), float64(res.PeakRSS)/(1<<20)
		for name, b := range res.Outputs {
			rep.Outputs[name] = len(b)
		}
		if m := res.Outputs[e.Metrics]; json.Valid(m) {
			rep.Metrics = m
		}
		rep.NodeHours = float64(e.Epochs) * res.Wall.Hours() * float64(n)
		rate, _ := strconv.ParseFloat(f.Market.MaxHourlyRate, 64)
		rep.MaxCost = strconv.FormatFloat(rep.NodeHours*rate, 'f', 4, 64)
	}
	rep.Gas = map[string]int64{
		"publish": gasPublish, "bids": int64(n) * gasBid, "select": gasSelect,
		"commit_rounds": int64(e.Epochs) * gasCommitRound, "attest": dryRunQuorum * gasAttest,
		"settle": int64(n) * gasSettleNode, "withdraw": int64(n+dryRunQuorum) * gasWithdraw,
	}
	for _, g := range rep.Gas {
		rep.GasTotal += g
	}
	return rep
}

func (a *app) printDryRun(r execDryRunReport) {
	w := a.stdout
	if r.Error != "" {
		fmt.Fprintf(w, "dry run failed: %s\n", r.Error)
	}
	fmt.Fprintf(w, "script:     %s on %d of %d rows: %.2f s wall, %.2f s CPU, peak memory %.1f MB\n",
		strings.Join(r.Command, " "), r.ShardRows, r.DataRows, r.WallS, r.CPUS, r.PeakMemMB)
	for _, name := range slices.Sorted(maps.Keys(r.Outputs)) {
		fmt.Fprintf(w, "output:     %s (%d bytes)\n", name, r.Outputs[name])
	}
	if len(r.Metrics) > 0 {
		fmt.Fprintf(w, "metrics:    %s\n", bytes.TrimSpace(r.Metrics))
	}
	fmt.Fprintf(w, "projection: %d epochs x %d nodes = %.4f node-hours, at most %s tokens at the max hourly rate\n",
		r.Epochs, r.Nodes, r.NodeHours, r.MaxCost)
	fmt.Fprintf(w, "gas:        %d in all (publish %d, %d bids %d, select %d, %d round commitments %d, attest %d, settle %d, withdraw %d)\n",
		r.GasTotal, r.Gas["publish"], r.Nodes, r.Gas["bids"], r.Gas["select"], r.Epochs, r.Gas["commit_rounds"],
		r.Gas["attest"], r.Gas["settle"], r.Gas["withdraw"])
	fmt.Fprintf(w, "spec:       %s (nothing stored or sent)\n", r.SpecCID)
}
