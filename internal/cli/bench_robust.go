package cli

import (
	"github.com/spf13/cobra"

	"github.com/cohort-net/cohort/internal/bench"
)

// benchRobustCmd is `cohort bench robust`.
func (a *app) benchRobustCmd() *cobra.Command {
	var o bench.RobustOptions
	cmd := &cobra.Command{
		Use:   "robust",
		Short: "Byzantine robustness: hostile trainers on the network path against fedavg, median, trimmed mean, Multi-Krum and norm clipping",
		Long: `robust runs a softmax model on the bundled digits data (80/20 stratified split per seed; the test
rows are only scored) with 10 trainers on IID shares, each a real trainer serving HTTP on loopback to a
real coordinator. 10 %, 20 % and 30 % of them are hostile: their update is rewritten before it is
signed (sign flip; scaled: a random direction with 100x the honest norm; gaussian: N(0,1) instead of
the update; "a little is enough", Baruch et al. 2019, colluding) or their data is poisoned (label flip
c -> 9-c; backdoor: a 2x2 trigger patch labelled 0, the update boosted n/k times, model replacement).
Every strategy (fedavg, median, trimmed-mean, krum, norm-clip and trimmed-mean+clip, the default robust
rule behind adaptive norm clipping) assumes --byzantine attackers (default 20 % of the participants).
Each entry reports accuracy beside the same strategy's clean accuracy (mean and sd over the seeds) and,
for the backdoor, backdoor_success. The full grid is about 115 runs per seed (a few minutes on 2 cores).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			o.Log = a.log
			var err error
			if o.DataDir, err = a.dataDir(o.DataDir); err != nil {
				return err
			}
			res, err := bench.RunRobust(cmd.Context(), o)
			if err != nil {
				return err
			}
			if a.json {
				return a.printReport(bench.NewReport("robust", res))
			}
			return bench.WriteRobustTable(a.stdout, res)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&o.Quick, "quick", false, "5 rounds and one seed: a smoke run whose figures say nothing about the targets")
	countVar(f, &o.Seeds, "seeds", 0, "seeds (splits, partitions, initial models), mean and sd reported (default 3, 1 with --quick)")
	countVar(f, &o.Rounds, "rounds", 0, "federated rounds (default: the digits preset, 20)")
	intRangeVar(f, &o.Trainers, "trainers", 10, 3, 100, "trainers, hostile ones included")
	byzantineVar(f, &o.Byzantine)
	f.StringSliceVar(&o.Strategies, "strategies", nil, "strategies to run (default fedavg,median,trimmed-mean,krum,norm-clip,trimmed-mean+clip)")
	f.StringSliceVar(&o.Attacks, "attacks", nil, "attacks to run (default sign_flip,scaled,gaussian,label_flip,backdoor,alie)")
	f.Float64SliceVar(&o.Fractions, "attackers", nil, "fractions of hostile trainers (default 0.1,0.2,0.3)")
	f.StringVar(&o.DataDir, "data", "", "directory holding digits.csv (default: the data sets bundled in the binary)")
	return cmd
}
