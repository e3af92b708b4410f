package cli

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/cohort-net/cohort/internal/bench"
	"github.com/cohort-net/cohort/internal/sim"
)

// simCmd is `cohort sim`.
func (a *app) simCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "sim",
		Short: "Simulations on the real contracts: what each cheating strategy gets caught at and earns",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(a.simIncentivesCmd())
	return cmd
}

// simReport is what `cohort sim incentives --json` prints: the engine's report with the run's time
// and peak memory.
type simReport struct {
	sim.Report
	Seconds   float64 `json:"seconds"`
	PeakRSSMB float64 `json:"peak_rss_mb"`
}

func (a *app) simIncentivesCmd() *cobra.Command {
	var c sim.Config
	var only string
	cmd := &cobra.Command{
		Use:   "incentives",
		Short: "Play each cheating strategy against honest nodes on the real contracts and report detection and profit against honest play",
		Long: `incentives deploys the contract suite on go-ethereum's simulated backend and plays, against honest
nodes, each strategy: honest, lazy_trainer (skips a step block of real checkpointed training),
colluding_validator_pair, weight_copying_validator, replaying_miner, cartel_20pct, sybil_bidder and
stake_escape_unbonding. Detection comes from the protocol's own mechanisms (spot checks at rate 0.1
from the on-chain round commitment, the TrainingDispute game and the market's slash, the attestation
median, ValidatorConsensus's commit-reveal and clip, InferenceOracle's proof binding, bonds and the
reputation floor); profit is each account's wealth change read on chain. profit_vs_honest is
(strategy profit - honest profit)/|honest profit| for the same role. The replaying miner needs the
oracle test fixtures of the source tree (run from a checkout, or --repo).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if c.Tasks < 1 || c.Epochs < 1 {
				return usagef("--tasks %d, --epochs %d: want >= 1", c.Tasks, c.Epochs)
			}
			if only != "" {
				c.Only = strings.Split(only, ",")
				for _, s := range c.Only {
					if !slices.Contains(sim.Strategies, s) {
						return usagef("--only: unknown strategy %q (have %s)", s, strings.Join(sim.Strategies, ", "))
					}
				}
			}
			c.Log = a.log
			bench.ResetPeakRSS()
			start := time.Now()
			rep, err := sim.Incentives(cmd.Context(), c)
			if err != nil {
				return err
			}
			out := simReport{Report: rep, Seconds: time.Since(start).Seconds(), PeakRSSMB: bench.PeakRSSMB()}
			if a.json {
				return a.printJSON(out)
			}
			return a.printSim(out)
		},
	}
	f := cmd.Flags()
	f.IntVar(&c.Tasks, "tasks", 30, "market tasks per task-based strategy")
	f.IntVar(&c.Epochs, "epochs", 8, "consensus epochs (copier, cartel) and oracle requests (replaying miner)")
	f.Uint64Var(&c.Seed, "seed", 1, "seed of the data, models and strategies' choices")
	f.StringVar(&only, "only", "", "comma-separated strategies to play (default all)")
	f.StringVar(&c.Repo, "repo", "", "source tree holding internal/chain/testdata (default: found from the working directory)")
	return cmd
}

func (a *app) printSim(r simReport) error {
	tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "STRATEGY\tROLE\tPLAYED\tDETECTION\tPROFIT\tHONEST\tVS HONEST\tSLASHED\tTARGET")
	for _, x := range r.Results {
		target := "-"
		if x.TargetMet != nil {
			target = map[bool]string{true: "met", false: "MISSED"}[*x.TargetMet]
		}
		if strings.HasPrefix(x.Note, "skipped") {
			target = "skipped"
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%.3f\t%.2f\t%.2f\t%+.3f\t%.2f\t%s\n", x.Strategy, x.Role, x.Attempts, x.DetectionRate,
			x.Profit, x.HonestProfit, x.ProfitVsHonest, x.Slashed, target)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, x := range r.Results {
		if x.Target != "" {
			fmt.Fprintf(a.stdout, "\n%s: %s\n  mechanism: %s\n", x.Strategy, x.Target, x.Mechanism)
		}
		if x.Note != "" {
			fmt.Fprintf(a.stdout, "  note: %s\n", x.Note)
		}
		for _, k := range slices.Sorted(maps.Keys(x.Extra)) {
			fmt.Fprintf(a.stdout, "  %s: %v\n", k, x.Extra[k])
		}
	}
	_, err := fmt.Fprintf(a.stdout, "\n%d tasks, %d epochs, p = %g, seed %d: %.1f s, peak RSS %.0f MB (profits in tokens over the run)\n",
		r.Tasks, r.Epochs, r.P, r.Seed, r.Seconds, r.PeakRSSMB)
	return err
}
