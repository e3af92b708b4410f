package cli

import (
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/cohort-net/cohort"
	"github.com/cohort-net/cohort/internal/bench"
)

func (a *app) benchFLCmd() *cobra.Command {
	var o bench.Options
	var skipOverhead bool
	cmd := &cobra.Command{
		Use:   "fl",
		Short: "Federated learning accuracy: breast cancer and Fashion-MNIST, federated beside centralized",
		Long: `fl simulates the federated tasks of issue 2 in process (no network): breast cancer logistic
regression on 10 Dirichlet(0.5) clients, and the Fashion-MNIST 784-128-10 MLP on 20 clients, IID and
Dirichlet(0.5), 30 rounds each, each beside a centralized model trained on the same split to
convergence (with a validation split of the training rows, never the test split: early stopping for
the MLP, the L2 for linear models). The
sets group trains every bundled set and every CSV in --sets DIR with the default settings on 10 IID
trainers and reports the share of sets within 2 points of centralized. Accuracies are the mean ± sd
over 3 seeds. The Fashion-MNIST entries take tens of minutes on 2 cores and are skipped when the data
is absent; --only picks groups (breast_cancer, dp, sets, fashion). A networked run gives the same numbers bit for bit (internal/node TestDevnetEqualsReference).

coordinator_overhead then runs a real coordinator on loopback with 100 trainers sending 100,000-parameter
updates, and reports the coordinator's time per round (signing and sending the model, authenticating,
checking and fsyncing every update, aggregating, persisting) and the process's peak memory.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			for _, g := range o.Only {
				if !slices.Contains(bench.FLGroups, g) {
					return cohort.Errorf(cohort.EInvalid, "--only %q: not one of %s", g, strings.Join(bench.FLGroups, ", "))
				}
			}
			o.Log = a.log
			var err error
			if o.DataDir, err = a.dataDir(o.DataDir); err != nil {
				return err
			}
			res, err := bench.RunFL(cmd.Context(), o)
			if err != nil {
				return err
			}
			if !skipOverhead {
				ov := bench.OverheadOptions{Log: a.log}
				if o.Quick {
					ov = bench.OverheadOptions{Trainers: 10, Params: 10_000, Rounds: 2, Log: a.log}
				}
				r, err := bench.RunCoordinatorOverhead(cmd.Context(), ov)
				if err != nil {
					return err
				}
				res = append(res, r)
			}
			return a.printReport(bench.NewReport("fl", res))
		},
	}
	f := cmd.Flags()
	f.BoolVar(&o.Quick, "quick", false, "a 3,000-image Fashion-MNIST subset and 2 rounds: a smoke run")
	f.StringVar(&o.DataDir, "data", "", "directory holding breast_cancer.csv (default: the data sets bundled in the binary)")
	f.StringVar(&o.FashionDir, "fashion", "/usr/share/datasets/fashion-mnist", "Fashion-MNIST IDX directory")
	f.StringVar(&o.SetsDir, "sets", "", "directory of more labelled CSVs (label last; scripts/export-sets.sh writes iris, wine and R's MASS sets) for the sets group")
	f.StringSliceVar(&o.Only, "only", nil, "run only these groups (comma-separated: breast_cancer, dp, sets, fashion); the coordinator-overhead entry runs unless --skip-overhead")
	f.BoolVar(&skipOverhead, "skip-overhead", false, "leave out the coordinator-overhead entry (100 trainers on loopback)")
	return cmd
}
